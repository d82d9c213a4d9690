// The debugger's own model of the run's call stack, kept from the debug bytecode's reports (entry
// with the upvalues, each statement with the frame's variables, return, try, catch): PostHog's VM
// does not show its stack to a synchronous function. It holds the VM's values themselves, never
// copies, so a frame shows what its variables hold (a dictionary changed by a callee included).
import { convertHogToJS } from '@posthog/hogvm';
import type { DebugStatement } from '../compiler';
import type { DebugFrame, Variable } from './frames';
import type { DebugProgram } from './program';

interface ModelFrame {
  statement: DebugStatement | undefined;
  locals: readonly unknown[];
  /** By upvalue index; entry gives them all, each statement the ones its function used so far. */
  readonly upvalues: unknown[];
}

/** A frame's variables as the VM holds them (for evaluation in the worker). */
export interface LiveVariables {
  readonly locals: readonly Variable[];
  readonly upvalues: readonly Variable[];
}

export class CallStack {
  private readonly frames: ModelFrame[] = [{ statement: undefined, locals: [], upvalues: [] }];
  private readonly tryDepths: number[] = [];

  constructor(private readonly program: DebugProgram) {}

  /** The program itself is depth 1. */
  get depth(): number {
    return this.frames.length;
  }

  /** The statement about to run in the innermost frame. */
  get current(): DebugStatement | undefined {
    return this.top.statement;
  }

  enter(upvalues: readonly unknown[]): void {
    this.frames.push({ statement: undefined, locals: [], upvalues: [...upvalues] });
  }

  leave(): void {
    if (this.frames.length > 1) this.frames.pop();
  }

  statement(id: number, values: readonly unknown[]): void {
    const frame = this.top;
    const statement = this.program.statement(id);
    const named = statement?.locals.filter((name) => name !== null).length ?? 0;
    frame.statement = statement;
    frame.locals = values.slice(0, named);
    values.slice(named).forEach((value, index) => (frame.upvalues[index] = value));
  }

  try(): void {
    this.tryDepths.push(this.depth);
  }

  popTry(): void {
    this.tryDepths.pop();
  }

  /** A caught error unwinds to the depth of its try. */
  catch(): void {
    this.frames.length = this.tryDepths.pop() ?? this.frames.length;
  }

  /** Frame `index` (0: innermost) with the VM's own values. */
  live(index: number): LiveVariables | undefined {
    const frame = this.frames[this.frames.length - 1 - index];
    return frame === undefined ? undefined : { locals: this.locals(frame), upvalues: this.upvalues(frame) };
  }

  /** The frames as shown, innermost first: values converted to plain JavaScript copies. */
  display(): DebugFrame[] {
    return [...this.frames].reverse().map((frame) => {
      const fn = this.program.fn(frame.statement?.fn ?? 0);
      const converted = (v: Variable) => ({ name: v.name, value: convertHogToJS(v.value) });
      return {
        name: fn === undefined || frame.statement?.fn === 0 || frame.statement === undefined ? null : fn.name,
        line: frame.statement?.start.line ?? 1,
        column: (frame.statement?.start.column ?? 0) + 1,
        locals: this.locals(frame).map(converted),
        upvalues: this.upvalues(frame).map(converted),
      };
    });
  }

  private get top(): ModelFrame {
    return this.frames[this.frames.length - 1] as ModelFrame;
  }

  private locals(frame: ModelFrame): Variable[] {
    const names = (frame.statement?.locals ?? []).filter((name): name is string => name !== null);
    const byName = new Map<string, Variable>();
    // An inner block's local hides an outer one of the same name: the last wins.
    names.forEach((name, i) => byName.set(name, { name, value: frame.locals[i] ?? null }));
    return [...byName.values()];
  }

  private upvalues(frame: ModelFrame): Variable[] {
    const names = this.program.fn(frame.statement?.fn ?? 0)?.upvalues ?? [];
    return names.map((name, i) => ({ name, value: frame.upvalues[i] ?? null }));
  }
}
