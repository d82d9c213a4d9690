// Locals and upvalues of one function being compiled, as PostHog's BytecodeCompiler tracks them:
// locals live in stack slots numbered in declaration order; a variable of an enclosing function
// becomes an upvalue, captured locals are closed (CLOSE_UPVALUE) instead of popped at scope end.
import type { Code } from './code';
import { CompileError } from './errors';
import { Op } from './operations';

interface Local {
  readonly name: string;
  readonly depth: number;
  captured: boolean;
}

interface UpValue {
  /** A slot of the enclosing function's locals (isLocal) or one of its upvalues. */
  readonly index: number;
  readonly isLocal: boolean;
}

export class FunctionScope {
  private readonly locals: Local[] = [];
  readonly upvalues: UpValue[] = [];
  private depth = 0;

  /** `params` are the function's arguments, the first locals (none for the program). */
  constructor(
    private readonly enclosing: FunctionScope | null,
    params: readonly string[] = [],
  ) {
    for (const param of params) this.declareLocal(param);
  }

  startScope(): void {
    this.depth++;
  }

  /** Leaves a scope; the code that drops its locals from the stack. */
  endScope(): Code {
    this.depth--;
    const code: Code = [];
    while (this.locals.length > 0) {
      const local = this.locals[this.locals.length - 1] as Local;
      if (local.depth <= this.depth) break;
      this.locals.pop();
      code.push(local.captured ? Op.CLOSE_UPVALUE : Op.POP);
    }
    return code;
  }

  /** Declares a local in the current scope; its slot. */
  declareLocal(name: string): number {
    for (let i = this.locals.length - 1; i >= 0; i--) {
      const local = this.locals[i] as Local;
      if (local.depth < this.depth) break;
      if (local.name === name) throw new CompileError(`Variable \`${name}\` already declared in this scope`);
    }
    this.locals.push({ name, depth: this.depth, captured: false });
    return this.locals.length - 1;
  }

  /** A nameless slot for a value being computed; `releaseHiddenLocal` forgets it without a POP. */
  declareHiddenLocal(): number {
    this.locals.push({ name: '', depth: this.depth, captured: false });
    return this.locals.length - 1;
  }

  releaseHiddenLocal(): void {
    this.locals.pop();
  }

  /** The slot of the innermost local called `name`, or -1. */
  findLocal(name: string): number {
    for (let i = this.locals.length - 1; i >= 0; i--) {
      if ((this.locals[i] as Local).name === name) return i;
    }
    return -1;
  }

  /** The upvalue index of `name` from the enclosing functions, registering it; -1 when none has it. */
  resolveUpvalue(name: string): number {
    if (this.enclosing === null) return -1;
    const slot = this.enclosing.findLocal(name);
    if (slot !== -1) {
      (this.enclosing.locals[slot] as Local).captured = true;
      return this.addUpvalue(slot, true);
    }
    const outer = this.enclosing.resolveUpvalue(name);
    if (outer !== -1) return this.addUpvalue(outer, false);
    return -1;
  }

  private addUpvalue(index: number, isLocal: boolean): number {
    const existing = this.upvalues.findIndex((u) => u.index === index && u.isLocal === isLocal);
    if (existing !== -1) return existing;
    this.upvalues.push({ index, isLocal });
    return this.upvalues.length - 1;
  }
}
