// The compiler's debug mode. PostHog's VM has no breakpoints, so debug bytecode calls reserved
// functions the debugger provides: before each statement a cheap synchronous check (`CHECK id`)
// and, only when it answers true, an async call (`BREAK`) at which `exec` suspends and hands back
// its state. Suspending is kept for real stops because resuming converts every stack value afresh
// (dictionaries shared by two locals come back as two copies). Function entry, return and try/catch
// report to the debugger too, so it knows the call depth without suspending (step over / out).
import type { Position } from '../ast';
import type { Code } from './code';
import { Op } from './operations';

export const DEBUG_CHECK = '__hogDebugCheck__';
export const DEBUG_BREAK = '__hogDebugBreak__';
export const DEBUG_ENTER = '__hogDebugEnter__';
export const DEBUG_LEAVE = '__hogDebugLeave__';
export const DEBUG_TRY = '__hogDebugTry__';
export const DEBUG_POP_TRY = '__hogDebugPopTry__';
export const DEBUG_CATCH = '__hogDebugCatch__';

/** One statement the debugger can stop at. */
export interface DebugStatement {
  readonly id: number;
  /** Index into `DebugInfo.functions`: the function whose body holds the statement. */
  readonly fn: number;
  readonly start: Position;
  readonly end: Position;
  /** Named locals visible before the statement runs, by stack slot (hidden slots are null). */
  readonly locals: readonly (string | null)[];
  /** Bytecode position of the statement's first element (its check). */
  ip: number;
}

/** One compiled function (index 0: the program). */
export interface DebugFunction {
  readonly name: string;
  /** Its upvalues' names, by upvalue index (final once compiling ends). */
  readonly upvalues: string[];
  /** Bytecode position of its body's first element: the callable's `ip` at run time. */
  bodyIp: number;
}

export interface DebugInfo {
  readonly statements: readonly DebugStatement[];
  readonly functions: readonly DebugFunction[];
}

/**
 * An element marking a statement's first element or a function's CALLABLE; finishBytecode unwraps
 * it and writes the final position into the target.
 */
export class DebugMark {
  constructor(
    readonly value: number,
    readonly target: DebugStatement | DebugFunction,
  ) {}

  /** Records where the marked element ended up. */
  place(position: number): void {
    if ('id' in this.target) this.target.ip = position;
    else this.target.bodyIp = position + CALLABLE_HEADER;
  }
}

/** CALLABLE name argc upvaluec length: the body starts right after. */
const CALLABLE_HEADER = 5;

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
