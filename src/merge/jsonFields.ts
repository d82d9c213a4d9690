// The per-field decision of a JSON merge. Each top-level field is one value: PostHog replaces fields
// such as `inputs` whole, so two edits inside one field are a conflict, not something to combine.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A field's merged value (undefined: absent), or both sides' values when they disagree. */
export type FieldOutcome =
  | { key: string; kind: 'resolved'; value: Json | undefined }
  | { key: string; kind: 'conflict'; ours: Json | undefined; theirs: Json | undefined };

/** Changed on one side only: that side wins; changed on both: the same value merges, different ones conflict. */
export function mergeFields(base: JsonObject, ours: JsonObject, theirs: JsonObject): FieldOutcome[] {
  return fieldOrder(ours, theirs).map((key): FieldOutcome => {
    const [b, o, t] = [field(base, key), field(ours, key), field(theirs, key)];
    if (same(o, t) || same(t, b)) return { key, kind: 'resolved', value: o };
    if (same(o, b)) return { key, kind: 'resolved', value: t };
    return { key, kind: 'conflict', ours: o, theirs: t };
  });
}

/** The buffer's order; a field only PostHog has goes after the field it follows there. */
function fieldOrder(ours: JsonObject, theirs: JsonObject): string[] {
  const order = Object.keys(ours);
  let previous: string | undefined;
  for (const key of Object.keys(theirs)) {
    if (!order.includes(key)) order.splice(previous === undefined ? 0 : order.indexOf(previous) + 1, 0, key);
    previous = key;
  }
  return order;
}

function field(object: JsonObject, key: string): Json | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Equal as JSON: object key order does not matter, array order does. */
export function same(a: Json | undefined, b: Json | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonical(a) === canonical(b);
}

function canonical(value: Json): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key] as Json)]));
}

export function parseObject(text: string): JsonObject | null {
  try {
    const value = JSON.parse(text) as Json;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
