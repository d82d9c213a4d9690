// Parse + analyse in one call: what the editor, the command line and the benchmark use.
import type { Program } from '../ast';
import { parseForCompile } from '../compiler';
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
  return [...semanticDiagnostics(result.analysis, info), ...compiled].sort((a, b) => a.start.offset - b.start.offset);
}
