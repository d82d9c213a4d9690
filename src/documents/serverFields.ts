// PostHog returns values it computes itself (compiled bytecode, transpiled code, input ordering)
// next to what a user writes. The editable documents leave those out: they are noise to a reader,
// and the server recomputes them on every save anyway.

const COMPUTED_KEYS = new Set(['bytecode', 'transpiled', 'bytecode_error']);
/** Read-only keys of an input value (`{value, templating, bytecode, order}`). */
const COMPUTED_INPUT_KEYS = new Set(['order']);

/**
 * Returns a copy without server-computed keys. It never looks inside a `value` (an input's value or
 * a property filter's value is user data, whatever keys it has), and drops `order` only from the
 * values of an `inputs` map (an event filter's `order` is user data).
 */
export function withoutComputedFields(value: unknown): unknown {
  return strip(value, false);
}

function strip(value: unknown, isInputValue: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => strip(item, false));
  if (!isPlainObject(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (COMPUTED_KEYS.has(key)) continue;
    if (isInputValue && COMPUTED_INPUT_KEYS.has(key)) continue;
    if (key === 'value') result[key] = child;
    else if (key === 'inputs' && isPlainObject(child)) result[key] = stripInputs(child);
    else result[key] = strip(child, false);
  }
  return result;
}

function stripInputs(inputs: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, input] of Object.entries(inputs)) result[key] = strip(input, true);
  return result;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
