// What PostHog's parser accepts but its compiler or VM will not run, found before saving:
//   * break / continue: PostHog's compiler reads them as global variables of that name, so the
//     loop stops the function with "Global variable not found: break";
//   * names used before their declaration inside function bodies and calls of functions declared
//     further down: PostHog resolves a name when it compiles the code that uses it, in program
//     order, so such a use reads a global (or calls a global function) that does not exist;
//   * syntax that compiles to a function PostHog's VM does not have.
// Compile errors (finally, cohorts, `a[0]`, ...) come from the compiler itself: see check.ts.
import type { Call } from '../ast';
import type { Analysis, CallUse, Reference } from './resolve';
import type { HogSymbol } from './scopes';
import type { Span } from './text';
import vmFunctions from './vmFunctions.json';

export type LimitCode = 'loop-control' | 'declared-later' | 'not-in-vm';

export type LimitReport = (severity: 'error' | 'warning', code: LimitCode, message: string, at: Span) => void;

const VM_FUNCTIONS = new Set([...vmFunctions.native, ...vmFunctions.async, ...vmFunctions.bytecode]);

/** Whether PostHog's VM (or the compiler, for `sql`) knows the function `name`. */
export function inPostHogVm(name: string): boolean {
  return VM_FUNCTIONS.has(name) || name === 'sql';
}

export function loopControlLimits(analysis: Analysis, report: LimitReport): void {
  for (const { name, span } of analysis.loopControls) {
    const message =
      `PostHog has no '${name}': its compiler reads '${name}' as a global variable, ` +
      `so running this stops the function with "Global variable not found: ${name}".`;
    report('error', 'loop-control', message, span);
  }
}

/** A local used where PostHog has not compiled its declaration yet; true when reported. */
export function declaredLaterReference(ref: Reference, report: LimitReport): boolean {
  const symbol = ref.symbol;
  if (!symbol || !declaredAfter(symbol, ref.span.start)) return false;
  const name = ref.chain[0];
  const message =
    `'${name}' is declared further down: PostHog looks names up when it compiles the code using them, ` +
    `so this reads a global '${name}' that does not exist ("Global variable not found: ${ref.chain.join('.')}").`;
  report('error', 'declared-later', message, ref.spans[0] ?? ref.span);
  return true;
}

/** A call of a local function declared further down; true when reported. */
export function declaredLaterCall(call: CallUse, report: LimitReport): boolean {
  const symbol = call.symbol;
  if (!symbol || !declaredAfter(symbol, call.nameSpan.start)) return false;
  const name = call.node.name;
  const message =
    `'${name}' is declared further down: PostHog looks functions up when it compiles the call, ` +
    `so this call fails at run time ("Unsupported function call: ${name}"). Declare '${name}' before this code.`;
  report('error', 'declared-later', message, call.nameSpan);
  return true;
}

function declaredAfter(symbol: HogSymbol, offset: number): boolean {
  return offset < symbol.declarationSpan.start;
}

/**
 * A call the parser builds from syntax (`case x when …`, `interval 1 week`) of a function PostHog's
 * VM does not have. Written calls need no check here: every documented function is in the VM or
 * provided by PostHog's CDP runtime (test/unit/hog/analysisVm.test.ts), and other names are
 * reported as unknown functions.
 */
export function vmLimits(call: CallUse, report: LimitReport): void {
  const { name, args } = call.node;
  if (call.written || call.symbol || compiledAway(name, args) || inPostHogVm(name)) return;
  report('warning', 'not-in-vm', `This compiles to ${name}(), which PostHog's VM does not have: it fails at run time.`, call.nameSpan);
}

/** Calls PostHog's compiler turns into operators and jumps. */
function compiledAway(name: string, args: Call['args']): boolean {
  switch (name) {
    case 'not':
      return args.length === 1;
    case 'and':
    case 'or':
      return args.length > 1;
    case 'if':
    case 'multiIf':
      return args.length >= 2;
    case 'ifNull':
      return args.length === 2;
    default:
      return false;
  }
}
