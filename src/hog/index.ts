// Public API of the Hog language package: parse a program into a typed tree with all syntax
// errors, or into the official parser's JSON text.
import type { Position, Program } from './ast';
import { tokenize } from './lexer';
import { Parser } from './parser';
import { OfficialPositions } from './positions';
import { toOfficialJson } from './serialize';
import { DiagnosticList, SyntaxDiagnostic } from './syntaxErrors';

export type * from './ast';
export type { SyntaxDiagnostic } from './syntaxErrors';

export interface ParseResult {
  /** The tree; partial when there are errors; null only when nothing could be parsed. */
  program: Program | null;
  /** Every syntax error, in source order. Empty for a valid program. */
  errors: SyntaxDiagnostic[];
}

export interface ParseForCompileResult extends ParseResult {
  /** The literal texts by Constant node that tell the compiler floats (`1.0`) from integers (`1`). */
  numberTexts: ReadonlyMap<object, string>;
}

/** Parses a Hog program, recovering from errors. Never throws. */
export function parse(source: string): ParseResult {
  const { program, errors } = parseForCompile(source);
  return { program, errors };
}

/** `parse`, plus what the compiler needs beyond the tree: the number literals' texts. */
export function parseForCompile(source: string): ParseForCompileResult {
  const { program, errors, numberTexts } = parseInternal(source);
  const empty = program.declarations.length === 0 && errors.length > 0;
  return { program: empty ? null : program, errors, numberTexts };
}

/**
 * Drop-in replacement for the official `parseProgram`: the same JSON text for valid programs;
 * for invalid ones `{"error": true, "type": "SyntaxError", "message", "start", "end"}` for the
 * first error, with real line and column (the official parser reports 0 for both).
 */
export function parseProgram(source: string): string {
  const { program, errors, tokens, numberTexts } = parseInternal(source);
  const first = errors[0];
  if (first !== undefined) return errorJson(first, source, tokens);
  const officialPositions = OfficialPositions.needed(source, tokens) ? new OfficialPositions(source, tokens) : null;
  return toOfficialJson(program, { numberTexts, officialPositions, source });
}

function parseInternal(source: string) {
  const diagnostics = new DiagnosticList();
  const tokens = tokenize(source, diagnostics);
  const parser = new Parser(source, tokens, diagnostics);
  const program = parser.parseProgram();
  return { program, errors: diagnostics.sorted(), tokens, numberTexts: parser.numberTexts };
}

function errorJson(error: SyntaxDiagnostic, source: string, tokens: Parameters<typeof OfficialPositions.needed>[1]): string {
  const positions = OfficialPositions.needed(source, tokens) ? new OfficialPositions(source, tokens) : null;
  const convert = (position: Position): Position => (positions === null ? position : positions.start(position));
  const start = convert(error.start);
  const end = convert(error.end);
  return JSON.stringify({ end, error: true, message: error.message, start, type: 'SyntaxError' });
}
