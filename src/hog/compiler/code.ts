// Bytecode under construction. Python builds its bytecode by concatenating lists; so does this
// compiler. A number operand whose text matters (floats, big integers) stays a NumberOperand
// until the end, where `finishBytecode` flattens everything to plain JSON values and remembers
// those texts by position for the .hoge printer.
import { DebugMark, type DebugInfo } from './debugMark';
import { NumberOperand } from './numbers';
import type { BytecodeValue } from './operations';
import { BytecodeSourceMap, SourceOperand, type SourceRange } from './sourceMap';

export type { BytecodeValue } from './operations';

/** One element of bytecode under construction (tagged with its source when a map is asked for). */
export type Operand = BytecodeValue | NumberOperand | SourceOperand | DebugMark;

export type Code = Operand[];

export interface Bytecode {
  /** `["_H", 1, ...]`: what PostHog's VM runs; floats and integers are plain numbers. */
  readonly bytecode: BytecodeValue[];
  /** Position → text Python writes for it, where `JSON.stringify` would write something else. */
  readonly numberTexts: ReadonlyMap<number, string>;
  /** Present when compiled with `sourceMap: true`: bytecode position → source range. */
  readonly sourceMap?: BytecodeSourceMap;
  /** Present when compiled with `debug: true`: the statements and functions of the debug bytecode. */
  readonly debugInfo?: DebugInfo;
}

export function finishBytecode(code: Code, withSourceMap = false): Bytecode {
  const bytecode: BytecodeValue[] = new Array(code.length);
  const numberTexts = new Map<number, string>();
  const ranges: (SourceRange | undefined)[] | null = withSourceMap ? new Array(code.length) : null;
  for (let i = 0; i < code.length; i++) {
    let item = code[i] as Operand;
    if (item instanceof SourceOperand) {
      if (ranges !== null) ranges[i] = item.range;
      item = item.value;
    }
    if (item instanceof DebugMark) {
      item.place(i);
      item = item.value;
    }
    if (item instanceof NumberOperand) {
      bytecode[i] = item.value;
      numberTexts.set(i, item.text);
    } else {
      bytecode[i] = item;
    }
  }
  return ranges === null ? { bytecode, numberTexts } : { bytecode, numberTexts, sourceMap: new BytecodeSourceMap(ranges) };
}

/** Below this, push(...part) is the fastest copy; above, spreading into arguments could overflow the stack. */
const SPREAD_LIMIT = 8192;

/** Appends `parts` to `code`, in place. */
export function append(code: Code, ...parts: Code[]): Code {
  for (const part of parts) {
    if (part.length <= SPREAD_LIMIT) {
      code.push(...part);
      continue;
    }
    for (let i = 0; i < part.length; i++) code.push(part[i] as Operand);
  }
  return code;
}
