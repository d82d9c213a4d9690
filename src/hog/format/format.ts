// Whole programs: `formatSource` prints a program in the one house style (README, "Formatting
// Hog"). A program with syntax errors is never formatted, and a result that would not parse to
// the same tree is never returned.
import { parse, type Program, type SyntaxDiagnostic } from '../index';
import { collectionFamilies } from './collections';
import { controlFlowFamilies } from './controlFlow';
import { operatorFamilies } from './operators';
import { type Families, Printer } from './printer';
import { render } from './render';
import { sameTree } from './sameTree';
import { program, statementFamilies } from './statements';
import { formatTokens } from './tokens';

export interface FormatOptions {
  /** Columns per indentation level (default 4). */
  indentSize?: number;
  /** Indent with tabs instead of spaces (default false). */
  useTabs?: boolean;
  /** The line width the printer aims for (default 120). */
  width?: number;
  /** Keep trailing commas as written (used when dropping one would change the program). */
  keepTrailingCommas?: boolean;
}

export type FormatResult = { ok: true; text: string } | { ok: false; errors: SyntaxDiagnostic[] };

/** The formatter produced a program that differs from its input: a bug, never a user error. */
export class FormatterBug extends Error {}

export const DEFAULT_WIDTH = 120;
export const DEFAULT_INDENT_SIZE = 4;

/** The printer function of each node kind; a kind missing here prints as its source text. */
export const HOG_FAMILIES: Families = { ...statementFamilies, ...controlFlowFamilies, ...operatorFamilies, ...collectionFamilies };

/** For tests and diagnostics: other printer functions, and who printed verbatim. */
export interface PrintHooks {
  families?: Families;
  /** Called with each node kind printed as its source text. */
  onVerbatim?: (kind: string) => void;
}

/** The formatted program, or its syntax errors. */
export function formatSource(source: string, options: FormatOptions = {}): FormatResult {
  const parsed = parse(source);
  if (parsed.errors.length > 0 || parsed.program === null) return { ok: false, errors: parsed.errors };
  return { ok: true, text: printChecked(source, parsed.program, options) };
}

/**
 * Prints `tree` and checks the result. Where dropping a trailing comma changes how the parser
 * reads a bracket group (its lookahead decides whether `a\n[x, y,]` indexes `a`), the trailing
 * commas stay as written.
 */
export function printChecked(source: string, tree: Program, options: FormatOptions, baseIndent = ''): string {
  const text = printProgram(source, tree, options, baseIndent);
  if (isSameProgram(tree, text)) return text;
  const conservative = printProgram(source, tree, { ...options, keepTrailingCommas: true }, baseIndent);
  assertSameProgram(tree, conservative);
  return conservative;
}

/** Throws FormatterBug unless `text` parses to `tree`. */
export function assertSameProgram(tree: Program, text: string): void {
  if (!isSameProgram(tree, text)) {
    throw new FormatterBug('formatting would change the program; nothing was changed (please report this as a bug)');
  }
}

function isSameProgram(tree: Program, text: string): boolean {
  const check = parse(text);
  return check.errors.length === 0 && sameTree(check.program, tree);
}

/**
 * Prints a valid program. Every line after the first starts with `baseIndent` (formatting
 * statements nested in a document); the text ends with a line break unless it is empty.
 */
export function printProgram(source: string, tree: Program, options: FormatOptions = {}, baseIndent = '', hooks: PrintHooks = {}): string {
  const tokens = formatTokens(source);
  const printer = new Printer(source, tokens, hooks.families ?? HOG_FAMILIES, options.keepTrailingCommas === true, hooks.onVerbatim);
  const eof = tokens[tokens.length - 1];
  if (eof === undefined) return '';
  const doc = program(printer.index.partsOf(tree), eof, printer);
  const indentSize = options.indentSize ?? DEFAULT_INDENT_SIZE;
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const text = render(doc, {
    width: options.width ?? DEFAULT_WIDTH,
    indentUnit: options.useTabs ? '\t' : ' '.repeat(indentSize),
    indentWidth: indentSize,
    eol,
    baseIndent,
  });
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  return text === '' ? bom : bom + text + eol;
}
