// Where in the source a runtime error happened: the VM reports the instruction pointer of each
// call frame; the innermost frame in the program's own bytecode (not a bytecode-STL function)
// is looked up in the compiler's source map.
import type { VMState } from '@posthog/hogvm';
import type { BytecodeSourceMap } from '../compiler';

/** 1-based lines and columns; the end is exclusive. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function errorPosition(state: VMState | undefined, sourceMap: BytecodeSourceMap | undefined): SourcePosition | undefined {
  if (state === undefined || sourceMap === undefined) return undefined;
  for (let i = state.callStack.length - 1; i >= 0; i--) {
    const frame = state.callStack[i];
    if (frame === undefined || (frame.chunk !== 'root' && frame.chunk !== '')) continue;
    const range = sourceMap.rangeAt(frame.ip);
    if (range === undefined) return undefined;
    return { line: range.start.line, column: range.start.column + 1, endLine: range.end.line, endColumn: range.end.column + 1 };
  }
  return undefined;
}
