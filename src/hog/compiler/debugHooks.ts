// The compiler's debug mode. PostHog's VM has no breakpoints, so debug bytecode calls reserved
// synchronous functions the debugger provides, and never suspends: `exec` suspending and resuming
// converts every stack value afresh (dictionaries shared by two locals come back as two copies,
// tuples as lists). Before each statement `STATEMENT id locals… upvalues…` hands the debugger the
// frame's variables (as references: the debugger registers the hooks in the VM's standard library,
// whose functions take the VM's values unconverted); a stop blocks inside that call. Function entry
// (with all its upvalues), return and try/catch report too, so the debugger keeps its own model of
// the call stack: caller frames, step over / out, unwinding to a catch.
import type { Position } from '../ast';
import type { Code } from './code';
import { DebugMark, type DebugFunction, type DebugInfo, type DebugStatement } from './debugMark';
import { Op } from './operations';

export { DebugMark, type DebugFunction, type DebugInfo, type DebugStatement };

export const DEBUG_STATEMENT = '__hogDebugStatement__';
export const DEBUG_ENTER = '__hogDebugEnter__';
export const DEBUG_LEAVE = '__hogDebugLeave__';
export const DEBUG_TRY = '__hogDebugTry__';
export const DEBUG_POP_TRY = '__hogDebugPopTry__';
export const DEBUG_CATCH = '__hogDebugCatch__';

/** The VM's limit on a call's arguments: locals beyond it are not shown. */
const MAX_HOOK_ARGS = 300;

/** `STATEMENT id named-locals… upvalues…; POP`: the stack is as before, the statement's locals untouched. */
export function statementHook(statement: DebugStatement): Code {
  const slots = statement.locals.flatMap((name, slot) => (name === null ? [] : [slot]));
  const upvalues = Math.min(statement.upvalues, MAX_HOOK_ARGS - 1);
  const locals = slots.slice(0, MAX_HOOK_ARGS - 1 - upvalues);
  const args: Code = [...locals.flatMap((slot) => [Op.GET_LOCAL, slot]), ...range(upvalues).flatMap((i) => [Op.GET_UPVALUE, i])];
  return [new DebugMark(Op.INTEGER, statement), statement.id, ...args, Op.CALL_GLOBAL, DEBUG_STATEMENT, 1 + locals.length + upvalues, Op.POP];
}

/** `ENTER fn upvalues…; POP` at a function's start: its index and every upvalue it captured. */
export function enterHook(fn: number, upvalues: number): Code {
  const count = Math.min(upvalues, MAX_HOOK_ARGS - 1);
  return [Op.INTEGER, fn, ...range(count).flatMap((i) => [Op.GET_UPVALUE, i]), Op.CALL_GLOBAL, DEBUG_ENTER, 1 + count, Op.POP];
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** A call of a reserved synchronous function with no arguments, its null answer dropped. */
export function notifyHook(name: string): Code {
  return [Op.CALL_GLOBAL, name, 0, Op.POP];
}

/** Marks a closure's CALLABLE element (`code[0]`) as the start of `fn`. */
export function markCallable(code: Code, fn: DebugFunction): void {
  code[0] = new DebugMark(Op.CALLABLE, fn);
}

/** Collects the statements and functions of one debug compilation. */
export class DebugRecorder {
  readonly statements: DebugStatement[] = [];
  readonly functions: DebugFunction[] = [];

  indexOf(fn: DebugFunction): number {
    return this.functions.indexOf(fn);
  }

  fn(name: string): DebugFunction {
    const fn: DebugFunction = { name, upvalues: [], bodyIp: 0 };
    this.functions.push(fn);
    return fn;
  }

  statement(fn: DebugFunction, start: Position, end: Position, locals: readonly (string | null)[], upvalues: number): DebugStatement {
    const statement: DebugStatement = { id: this.statements.length, fn: this.functions.indexOf(fn), start, end, locals, upvalues, ip: -1 };
    this.statements.push(statement);
    return statement;
  }

  info(): DebugInfo {
    return { statements: this.statements, functions: this.functions };
  }
}

/** Statements get a hook; blocks do not (their statements do). */
export const HOOKED_NODES: ReadonlySet<string> = new Set([
  'ExprStatement',
  'ReturnStatement',
  'ThrowStatement',
  'IfStatement',
  'WhileStatement',
  'ForStatement',
  'ForInStatement',
  'VariableDeclaration',
  'VariableAssignment',
  'Function',
  'TryCatchStatement',
]);
