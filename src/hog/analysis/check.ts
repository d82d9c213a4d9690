// Parse + analyse in one call: what the editor, the command line and the benchmark use.
import type { Program } from '../ast';
import { parseForCompile } from '../index';
import { compileDiagnostics } from './compileCheck';
import type { FunctionInfo } from './context';
import { semanticDiagnostics, type HogDiagnostic } from './diagnostics';
import { analyze, type Analysis } from './resolve';

export interface SourceAnalysis {
  readonly program: Program | null;
  /** Syntax errors (code 'syntax'), in source order. */
  readonly syntaxErrors: readonly HogDiagnostic[];
  /** Scopes and resolved names of `program` (empty when it is null). */
  readonly analysis: Analysis;
  /** The number literals' texts, for the compiler (floats and integers compile differently). */
  readonly numberTexts: ReadonlyMap<object, string>;
}

export function analyzeSource(source: string): SourceAnalysis {
  const { program, errors, numberTexts } = parseForCompile(source);
  const syntaxErrors = errors.map((e): HogDiagnostic => ({ ...e, severity: 'error', code: 'syntax' }));
  return { program, syntaxErrors, analysis: analyze(source, program), numberTexts };
}

/**
 * Every diagnostic for `source`: all syntax errors, then (only when there are none, since a
 * recovered tree can miss declarations and cause false warnings) the semantic checks and what
 * PostHog's compiler refuses.
 * `info` undefined: a plain .hog file, checked as a destination without input checks.
 */
export function checkProgram(source: string, info?: FunctionInfo): HogDiagnostic[] {
  return diagnosticsOf(analyzeSource(source), info);
}

export function diagnosticsOf(result: SourceAnalysis, info?: FunctionInfo): HogDiagnostic[] {
  if (result.syntaxErrors.length > 0) return [...result.syntaxErrors];
  const compiled = result.program ? compileDiagnostics(result.analysis.source, result.program, result.numberTexts) : [];
  return bySourceOrder([...semanticDiagnostics(result.analysis, info), ...compiled]);
}

// The same list in two steps, for the first diagnostics of a document: running PostHog's compiler
// for the first time in a process is a third of the first check, so the editor shows the rest
// before it and adds its errors right after. withCompilerDiagnostics(firstDiagnostics(r, i), r)
// equals diagnosticsOf(r, i) (unit-tested on the whole corpus).

/** Every diagnostic except what PostHog's compiler refuses: the syntax errors, or the semantic checks. */
export function firstDiagnostics(result: SourceAnalysis, info?: FunctionInfo): HogDiagnostic[] {
  if (result.syntaxErrors.length > 0) return [...result.syntaxErrors];
  return semanticDiagnostics(result.analysis, info);
}

/** `first` (from firstDiagnostics) completed with the compiler's errors: diagnosticsOf's list. */
export function withCompilerDiagnostics(first: readonly HogDiagnostic[], result: SourceAnalysis): HogDiagnostic[] {
  if (result.syntaxErrors.length > 0 || !result.program) return [...first];
  return bySourceOrder([...first, ...compileDiagnostics(result.analysis.source, result.program, result.numberTexts)]);
}

function bySourceOrder(diagnostics: HogDiagnostic[]): HogDiagnostic[] {
  return diagnostics.sort((a, b) => a.start.offset - b.start.offset);
}
