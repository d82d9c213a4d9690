// JSON value types and small guards for parsing request bodies (`unknown`) into typed values.

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** A deep copy, so stored state never aliases request bodies or responses. */
export function clone<T extends JsonValue>(value: T): T {
  return structuredClone(value);
}

/** Equality of JSON values with object key order ignored, as PostgreSQL's jsonb and Python's dicts compare. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortedKeys(a)) === JSON.stringify(sortedKeys(b));
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys(value[key])]));
}

/** PostgreSQL-style JSON containment (`a @> b`), used by the `filters` and `trigger` list filters. */
export function jsonContains(container: unknown, contained: unknown): boolean {
  if (Array.isArray(contained)) {
    return Array.isArray(container) && contained.every((item) => container.some((c) => jsonContains(c, item)));
  }
  if (isRecord(contained)) {
    return isRecord(container) && Object.entries(contained).every(([k, v]) => k in container && jsonContains(container[k], v));
  }
  return container === contained;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}
