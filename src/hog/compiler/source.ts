// Source text to bytecode: our parser, then the compiler. The parser's number texts tell the
// compiler which literals are floats (`1.0`) and which integers (`1`).
import type { Program } from '../ast';
import { tokenize } from '../lexer';
import { Parser } from '../parser';
import { DiagnosticList, type SyntaxDiagnostic } from '../syntaxErrors';
import { compileProgram, type CompileResult } from './program';

export interface ParsedForCompile {
  /** Null only when nothing could be parsed (as `parse` in ../index.ts). */
  readonly program: Program | null;
  readonly errors: readonly SyntaxDiagnostic[];
  /** For `compileProgram`'s options: the literal texts that tell floats from integers. */
  readonly numberTexts: ReadonlyMap<object, string>;
}

/** `parse` (../index.ts), plus the number texts the compiler needs. */
export function parseForCompile(source: string): ParsedForCompile {
  const diagnostics = new DiagnosticList();
  const parser = new Parser(source, tokenize(source, diagnostics), diagnostics);
  const program = parser.parseProgram();
  const errors = diagnostics.sorted();
  const empty = program.declarations.length === 0 && errors.length > 0;
  return { program: empty ? null : program, errors, numberTexts: parser.numberTexts };
}

/** Parses and compiles `source`; every syntax error, or the compile error, when it fails. */
export function compileSource(source: string, options: { readonly sourceMap?: boolean } = {}): CompileResult {
  const { program, errors, numberTexts } = parseForCompile(source);
  if (errors.length > 0 || program === null) {
    return { errors: errors.map((e) => ({ kind: 'syntax', message: e.message, start: e.start, end: e.end })) };
  }
  return compileProgram(program, { numberTexts, sourceMap: options.sourceMap });
}
