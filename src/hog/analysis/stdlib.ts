// The Hog standard library as the analysis sees it: arities for diagnostics, signatures and
// descriptions for completion, hover and signature help.
// Generated from the shared reference by generateStdlib.mjs; committed, since a user's clone lacks it.
import stdlibJson from './stdlib.json';

export interface StdlibParam {
  readonly name: string;
  readonly type: string;
  readonly optional?: boolean;
  readonly variadic?: boolean;
}

export interface StdlibFunction {
  readonly name: string;
  readonly params: readonly StdlibParam[];
  readonly returns: string;
  readonly minArgs: number;
  /** null: variadic. */
  readonly maxArgs: number | null;
  readonly description: string;
  readonly async: boolean;
  /** 'native', 'native-async', 'hog-bytecode' or 'host' (supplied by PostHog's CDP runtime). */
  readonly implementation: string;
  /** Where a host function is available, as free text ('destination', 'flow action', ...). */
  readonly contexts?: readonly string[];
}

const STDLIB_FUNCTIONS: readonly StdlibFunction[] = stdlibJson as StdlibFunction[];

const byName = new Map(STDLIB_FUNCTIONS.map((f) => [f.name, f]));

export function stdlibFunction(name: string): StdlibFunction | undefined {
  return byName.get(name);
}

export function allStdlibFunctions(): readonly StdlibFunction[] {
  return STDLIB_FUNCTIONS;
}

/** `name(param: type, [optional: type], ...rest: type): returns` */
export function formatSignature(f: StdlibFunction): string {
  return `${f.name}(${f.params.map(formatParam).join(', ')}): ${f.returns}`;
}

export function formatParam(p: StdlibParam): string {
  const text = `${p.variadic ? '...' : ''}${p.name}: ${p.type}`;
  return p.optional ? `[${text}]` : text;
}

/** "1 argument", "2 to 3 arguments", "at least 1 argument" */
export function describeArity(min: number, max: number | null): string {
  const noun = (n: number): string => `${n} argument${n === 1 ? '' : 's'}`;
  if (max === null) return `at least ${noun(min)}`;
  if (min === max) return noun(min);
  return `${min} to ${noun(max)}`;
}
