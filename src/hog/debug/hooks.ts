// The debug bytecode's reserved functions, registered in PostHog's standard library table (only
// in the debugger's worker thread, whose VM module is its own): the VM calls a library function
// inline with its own values, where a host function (`exec`'s `functions`) would get converted
// copies. Each answers null, which the hook's POP drops.
import { STL, type STLFunction } from '@posthog/hogvm';
import { DEBUG_CATCH, DEBUG_ENTER, DEBUG_LEAVE, DEBUG_POP_TRY, DEBUG_STATEMENT, DEBUG_TRY } from '../compiler';

/** Hands an evaluation the paused frame's values (evaluate.ts). */
export const DEBUG_VALUE = '__hogDebugValue__';

export interface DebugHooks {
  enter(upvalues: readonly unknown[]): void;
  leave(): void;
  statement(id: number, values: readonly unknown[]): void;
  try(): void;
  popTry(): void;
  catch(): void;
}

let hooks: DebugHooks | null = null;
let values: readonly unknown[] = [];

/** Routes the reserved functions to `target` (one run at a time: a worker runs one program). */
export function installHooks(target: DebugHooks): void {
  hooks = target;
  register(DEBUG_STATEMENT, ([id, ...rest]) => hooks?.statement(Number(id), rest));
  register(DEBUG_ENTER, ([, ...upvalues]) => hooks?.enter(upvalues));
  register(DEBUG_LEAVE, () => hooks?.leave());
  register(DEBUG_TRY, () => hooks?.try());
  register(DEBUG_POP_TRY, () => hooks?.popTry());
  register(DEBUG_CATCH, () => hooks?.catch());
  STL[DEBUG_VALUE] = { fn: ([index]) => values[Number(index)] ?? null, description: 'debugger', example: '' };
}

/** Runs `body` with `DEBUG_VALUE(i)` answering `given[i]`. */
export function withValues<T>(given: readonly unknown[], body: () => T): T {
  const previous = values;
  values = given;
  try {
    return body();
  } finally {
    values = previous;
  }
}

function register(name: string, effect: (args: unknown[]) => void): void {
  const fn: STLFunction['fn'] = (args) => {
    effect(args);
    return null;
  };
  STL[name] = { fn, description: 'debugger', example: '' };
}
