// Reads the official parser's JSON text (`@posthog/hogql-parser`'s parseProgram) for the
// compiler. JSON.parse alone would lose what decides INTEGER or FLOAT: `1.0` and `1` parse to the
// same number; so number literals whose text is not JSON.stringify's are kept aside by node.
import type { Program } from '../ast';

export interface OfficialTree {
  readonly program: Program;
  /** The JSON text of Constant values that `JSON.stringify(value)` would print differently. */
  readonly numberTexts: ReadonlyMap<object, string>;
}

// A lone low surrogate starts no string the official parser writes (it escapes them as text).
const MARKER = '\udc00#';

export function readOfficialJson(text: string): OfficialTree {
  const numbers: string[] = [];
  let marked = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') {
      i = endOfString(text, i);
      continue;
    }
    if (ch !== '-' && (ch < '0' || ch > '9')) continue;
    const match = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64)) as RegExpExecArray;
    const token = match[0];
    if (JSON.stringify(JSON.parse(token)) !== token) {
      marked += text.slice(last, i) + JSON.stringify(MARKER + numbers.length);
      numbers.push(token);
      last = i + token.length;
    }
    i += token.length - 1;
  }
  marked += text.slice(last);
  const numberTexts = new Map<object, string>();
  const program = restoreNumbers(JSON.parse(marked), numbers, numberTexts) as Program;
  return { program, numberTexts };
}

function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}

function restoreNumbers(value: unknown, numbers: readonly string[], texts: Map<object, string>): unknown {
  if (typeof value === 'string' && value.startsWith(MARKER)) return JSON.parse(numbers[Number(value.slice(MARKER.length))] as string);
  if (Array.isArray(value)) return value.map((item) => restoreNumbers(item, numbers, texts));
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    const item = object[key];
    if (typeof item === 'string' && item.startsWith(MARKER)) {
      const token = numbers[Number(item.slice(MARKER.length))] as string;
      object[key] = JSON.parse(token);
      if (key === 'value' && object.node === 'Constant') texts.set(object, token);
    } else {
      object[key] = restoreNumbers(item, numbers, texts);
    }
  }
  return object;
}
