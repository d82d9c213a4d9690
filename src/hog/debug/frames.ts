// A frame of a stopped run as the debugger shows it: the program's own functions (the standard
// library's bytecode functions are left out), with the Hog function name, source position, locals
// by name and the upvalues its closure captured. callStack.ts builds them.
export interface Variable {
  readonly name: string;
  readonly value: unknown;
}

export interface DebugFrame {
  /** The Hog function's name; null for the program itself. */
  readonly name: string | null;
  /** 1-based line and column. */
  readonly line: number;
  readonly column: number;
  readonly locals: readonly Variable[];
  readonly upvalues: readonly Variable[];
}
