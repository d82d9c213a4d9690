// What debug bytecode records: the statements the debugger can stop at and the functions, with
// marks that finishBytecode turns into final bytecode positions (kept apart from debugHooks.ts so
// code.ts and sourceMap.ts can use them without importing the hooks).
import type { Position } from '../ast';

/** One statement the debugger can stop at. */
export interface DebugStatement {
  readonly id: number;
  /** Index into `DebugInfo.functions`: the function whose body holds the statement. */
  readonly fn: number;
  readonly start: Position;
  readonly end: Position;
  /** Named locals visible before the statement runs, by stack slot (hidden slots are null). */
  readonly locals: readonly (string | null)[];
  /** How many of its function's upvalues its hook passes (those the function used before it). */
  readonly upvalues: number;
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
