// The compiler's debug mode. PostHog's VM has no breakpoints, so debug bytecode calls reserved
// functions the debugger provides: before each statement a cheap synchronous check (`CHECK id`)
// and, only when it answers true, an async call (`BREAK`) at which `exec` suspends and hands back
// its state. Suspending is kept for real stops because resuming converts every stack value afresh
// (dictionaries shared by two locals come back as two copies). Function entry, return and try/catch
// report to the debugger too, so it knows the call depth without suspending (step over / out).
import type { Position } from '../ast';
import type { Code } from './code';
import { DebugMark, type DebugFunction, type DebugInfo, type DebugStatement } from './debugMark';
import { Op } from './operations';

export { DebugMark, type DebugFunction, type DebugInfo, type DebugStatement };

export const DEBUG_CHECK = '__hogDebugCheck__';
export const DEBUG_BREAK = '__hogDebugBreak__';
export const DEBUG_ENTER = '__hogDebugEnter__';
export const DEBUG_LEAVE = '__hogDebugLeave__';
export const DEBUG_TRY = '__hogDebugTry__';
export const DEBUG_POP_TRY = '__hogDebugPopTry__';
export const DEBUG_CATCH = '__hogDebugCatch__';

/** `CHECK id; if true: BREAK; POP`: the stack is as before, the statement's locals untouched. */
export function statementHook(statement: DebugStatement): Code {
  const skipBreak = 4;
  return [new DebugMark(Op.INTEGER, statement), statement.id, Op.CALL_GLOBAL, DEBUG_CHECK, 1, Op.JUMP_IF_FALSE, skipBreak, Op.CALL_GLOBAL, DEBUG_BREAK, 0, Op.POP];
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

  fn(name: string): DebugFunction {
    const fn: DebugFunction = { name, upvalues: [], bodyIp: 0 };
    this.functions.push(fn);
    return fn;
  }

  statement(fn: DebugFunction, start: Position, end: Position, locals: readonly (string | null)[]): DebugStatement {
    const statement: DebugStatement = { id: this.statements.length, fn: this.functions.indexOf(fn), start, end, locals, ip: -1 };
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
