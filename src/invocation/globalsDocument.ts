// The editable globals document of a function or flow: JSON text in, a globals object out, with
// the position of any problem so the editor can point at it.
import type { InvocationGlobals } from '../api';
import { JsonSyntaxError, parseJsonTree, toValue } from '../documents/jsonTree';
import { isPlainObject } from '../documents/serverFields';

export type ParsedGlobals =
  | { ok: true; globals: InvocationGlobals }
  | { ok: false; message: string; offset: number };

export function renderGlobals(globals: InvocationGlobals): string {
  return JSON.stringify(globals, null, 2) + '\n';
}

export function parseGlobals(text: string): ParsedGlobals {
  try {
    const tree = parseJsonTree(text);
    const value = toValue(tree);
    if (!isPlainObject(value)) return { ok: false, message: 'The globals must be one JSON object, e.g. {"event": {...}}.', offset: tree.offset };
    return { ok: true, globals: value };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, message: `Invalid JSON in the globals: ${error.message}.`, offset: error.offset };
    throw error;
  }
}
