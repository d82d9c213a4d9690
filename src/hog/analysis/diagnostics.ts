// Semantic checks on a resolved program: unknown functions, argument counts, globals the
// function's type does not provide, undefined inputs and undeclared variables. Conservative by
// design: a warning on a program PostHog runs fine is worse than a missed one.
import type { Position } from '../ast';
import type { FunctionInfo } from './context';
import { anyGlobal, DEFAULT_FUNCTION_TYPE, globalsFor, typesProviding } from './globals';
import { declaredLaterCall, declaredLaterReference, loopControlLimits, vmLimits, type LimitCode } from './posthogLimits';
import type { Analysis, CallUse, Reference } from './resolve';
import { describeArity, stdlibFunction } from './stdlib';
import type { Span } from './text';

export type Severity = 'error' | 'warning';

export type DiagnosticCode =
  | 'syntax'
  | 'unknown-function'
  | 'wrong-arity'
  | 'unknown-global'
  | 'unknown-input'
  | 'undeclared-variable'
  /** PostHog's compiler refuses the program (its own message). */
  | 'posthog-compile'
  | LimitCode;

export interface HogDiagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly start: Position;
  readonly end: Position;
}

export function semanticDiagnostics(analysis: Analysis, info?: FunctionInfo): HogDiagnostic[] {
  const type = info?.type ?? DEFAULT_FUNCTION_TYPE;
  const found: HogDiagnostic[] = [];
  const report = (severity: Severity, code: DiagnosticCode, message: string, at: Span): void => {
    found.push({ severity, code, message, start: analysis.lines.position(at.start), end: analysis.lines.position(at.end) });
  };
  for (const call of analysis.calls) {
    if (declaredLaterCall(call, report)) continue;
    checkCall(call, report);
    vmLimits(call, report);
  }
  for (const ref of analysis.references) {
    if (!declaredLaterReference(ref, report)) checkReference(ref, type, info, report);
  }
  loopControlLimits(analysis, report);
  return found.sort((a, b) => a.start.offset - b.start.offset);
}

type Report = (severity: Severity, code: DiagnosticCode, message: string, at: Span) => void;

function checkCall(call: CallUse, report: Report): void {
  // Synthesised calls come from syntax; parametric calls `f(p)(a)` are HogQL, not checked.
  if (!call.written || call.node.params) return;
  const name = call.node.name;
  const given = call.node.args.length;
  if (call.symbol) {
    const params = call.symbol.params;
    // The VM pads missing arguments of local functions with null; only extra ones fail.
    if (params && !call.symbol.reassigned && given > params.length) {
      const what = call.symbol.kind === 'function' ? 'Function' : 'Lambda';
      report('error', 'wrong-arity', `${what} '${name}' takes ${describeArity(params.length, params.length)}, got ${given}.`, call.nameSpan);
    }
    return;
  }
  const fn = stdlibFunction(name);
  if (!fn) {
    report('error', 'unknown-function', `Unknown function '${name}'.`, call.nameSpan);
    return;
  }
  if (given < fn.minArgs || (fn.maxArgs !== null && given > fn.maxArgs)) {
    report('error', 'wrong-arity', `'${name}' takes ${describeArity(fn.minArgs, fn.maxArgs)}, got ${given}.`, call.nameSpan);
  }
}

function checkReference(ref: Reference, type: string, info: FunctionInfo | undefined, report: Report): void {
  if (ref.symbol) return;
  const name = ref.chain[0];
  const nameSpan = ref.spans[0];
  if (globalsFor(type).some((g) => g.name === name)) {
    if (name === 'inputs' && info?.inputsSchema) checkInput(ref, info.inputsSchema, report);
    return;
  }
  if (anyGlobal(name)) {
    const where = typesProviding(name).join(', ');
    report('warning', 'unknown-global', `'${name}' is not available in ${type} functions (only in: ${where}).`, nameSpan);
    return;
  }
  const later = ref.scope.declaredLater(name, nameSpan.start);
  const message = later ? `'${name}' is used before its declaration.` : `'${name}' is not declared.`;
  report('warning', 'undeclared-variable', message, nameSpan);
}

function checkInput(ref: Reference, schema: NonNullable<FunctionInfo['inputsSchema']>, report: Report): void {
  const key = ref.chain[1];
  if (key === undefined || schema.some((item) => item.key === key)) return;
  const at = ref.spans[1] ?? ref.span;
  const known = schema.map((item) => item.key).join(', ') || 'none';
  report('warning', 'unknown-input', `Input '${key}' is not defined in this function's inputs_schema (defined: ${known}).`, at);
}
