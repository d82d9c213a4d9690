// Where each bytecode element came from, for runtime errors: an optional side table the compiler
// fills when asked (`CompileOptions.sourceMap`), without changing a single emitted element.
//
// The compiler builds code by concatenating arrays, so offsets are lost on the way up. Instead each
// element travels as a tagged operand: when a node's visitor returns, every element not yet tagged
// by an inner node is wrapped with that node's range. Wrapping keeps array lengths (jump offsets are
// computed from lengths) and identity survives the copies; `finishBytecode` unwraps the tags into a
// table by final position.
import type { Position } from '../ast';
import type { DebugMark } from './debugMark';
import type { NumberOperand } from './numbers';
import type { BytecodeValue } from './operations';

/** A source range: where the node that emitted an element starts and ends. */
export interface SourceRange {
  readonly start: Position;
  readonly end: Position;
}

/** An element under construction, with the innermost node that emitted it. */
export class SourceOperand {
  constructor(
    readonly value: BytecodeValue | NumberOperand | DebugMark,
    readonly range: SourceRange,
  ) {}
}

/** Tags the elements of `code` that no inner node has claimed with `range` (in place). */
export function tagCode(code: unknown[], range: SourceRange): void {
  for (let i = 0; i < code.length; i++) {
    const item = code[i];
    if (!(item instanceof SourceOperand)) code[i] = new SourceOperand(item as BytecodeValue | NumberOperand | DebugMark, range);
  }
}

/** Bytecode position → the source range of the node that emitted it. */
export class BytecodeSourceMap {
  constructor(private readonly ranges: readonly (SourceRange | undefined)[]) {}

  /** The range for the element at `ip`, or for the nearest element before it that has one. */
  rangeAt(ip: number): SourceRange | undefined {
    for (let i = Math.min(ip, this.ranges.length - 1); i >= 0; i--) {
      const range = this.ranges[i];
      if (range !== undefined) return range;
    }
    return undefined;
  }
}
