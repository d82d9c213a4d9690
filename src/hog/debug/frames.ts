// The call stack of a suspended run, read from the VM's state: each frame of the program's own
// bytecode (the standard library's bytecode functions are left out) with its Hog function name,
// source position, locals by name and the upvalues its closure captured.
import type { VMState } from '@posthog/hogvm';
import type { DebugStatement } from '../compiler';
import type { DebugProgram } from './program';

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

type CallFrame = VMState['callStack'][number];

interface Closure {
  readonly callable: { readonly ip: number };
  readonly upvalues: readonly number[];
}

/** The program's frames, innermost first; the innermost is at `current` when the run stopped at a statement. */
export function readFrames(state: VMState, program: DebugProgram, current?: DebugStatement): DebugFrame[] {
  const frames: DebugFrame[] = [];
  const own = state.callStack.filter(isOwnFrame);
  own.forEach((frame, index) => {
    const innermost = index === own.length - 1;
    frames.push(readFrame(state, program, frame, innermost ? current : undefined, innermost));
  });
  return frames.reverse();
}

/** How many of the program's own functions are running (the program itself counts one). */
export function ownDepth(state: VMState): number {
  return state.callStack.filter(isOwnFrame).length;
}

function isOwnFrame(frame: CallFrame): boolean {
  return frame.chunk === 'root' || frame.chunk === '';
}

function readFrame(state: VMState, program: DebugProgram, frame: CallFrame, current: DebugStatement | undefined, innermost: boolean): DebugFrame {
  const closure = frame.closure as unknown as Closure;
  const fnIndex = program.functionAt(closure.callable.ip);
  const fn = program.fn(fnIndex);
  // A caller's `ip` is just past its call, which may be where the next statement starts.
  const ip = innermost ? frame.ip : frame.ip - 1;
  const statement = current ?? program.statementBefore(fnIndex, ip);
  const position = current?.start ?? program.sourceMap?.rangeAt(ip)?.start ?? statement?.start;
  const locals: Variable[] = [];
  (statement?.locals ?? []).forEach((name, slot) => {
    const at = frame.stackStart + slot;
    if (name !== null && at < state.stack.length) locals.push({ name, value: state.stack[at] });
  });
  const upvalues = closure.upvalues.map((id, index) => ({ name: fn?.upvalues[index] ?? `upvalue ${index}`, value: upvalueValue(state, id) }));
  return {
    name: fn === undefined || fnIndex === 0 ? null : fn.name,
    line: position?.line ?? 1,
    column: (position?.column ?? 0) + 1,
    locals: dedupe(locals),
    upvalues,
  };
}

function upvalueValue(state: VMState, id: number): unknown {
  const upvalue = state.upvalues.find((u) => u.id === id);
  if (upvalue === undefined) return null;
  return upvalue.closed ? upvalue.value : state.stack[upvalue.location];
}

/** An inner block's local hides an outer one of the same name: keep the innermost. */
function dedupe(locals: Variable[]): Variable[] {
  const byName = new Map<string, Variable>();
  for (const local of locals) byName.set(local.name, local);
  return [...byName.values()];
}
