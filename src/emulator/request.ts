// Helpers for reading request bodies and query parameters.
import { validationError } from './errors';
import { isRecord, type JsonObject } from './json';

/** DRF's python type names, for "Expected a dictionary, but got list." style messages. */
function pythonTypeName(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return typeof value;
}

export function requireObject(body: unknown): JsonObject {
  if (!isRecord(body)) {
    throw validationError(`Invalid data. Expected a dictionary, but got ${pythonTypeName(body)}.`, 'non_field_errors');
  }
  return body;
}

/** A query parameter holding JSON (`filters`, `trigger`). */
export function jsonQueryParam(raw: string, attr: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw validationError('Value must be valid JSON.', attr);
  }
}

const TRUE_VALUES = new Set<unknown>([true, 1, '1', 'true', 'True', 'TRUE', 'yes', 'on']);
const FALSE_VALUES = new Set<unknown>([false, 0, '0', 'false', 'False', 'FALSE', 'no', 'off']);

/** A DRF BooleanField with a default of false (`confirm`, `overwrite`). */
export function booleanParam(value: unknown, attr: string): boolean {
  if (value === undefined) return false;
  if (TRUE_VALUES.has(value)) return true;
  if (FALSE_VALUES.has(value)) return false;
  throw validationError(value === null ? 'This field may not be null.' : 'Must be a valid boolean.', attr);
}
