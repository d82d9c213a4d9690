// A validator for the JSON Schema subset in jsonSchema.ts. Our own rather than Ajv: the schemas use a
// dozen keywords, errors must carry a path (keys and indices) that the YAML checks turn into
// file:line:column, and messages should read like PostHog's ("must be one of: …", "unknown field").
// Ajv would add a large dependency that compiles schemas with `new Function` for no gain here.
import type { JsonSchema, JsonType } from './jsonSchema';

export type SchemaPath = readonly (string | number)[];

export interface SchemaError {
  /** Where in the value: object keys and array indices from the root. */
  path: SchemaPath;
  message: string;
}

/** Every problem of `value` against `schema` (empty when it is valid). */
export function validate(schema: JsonSchema, value: unknown): SchemaError[] {
  return check(schema, value, [], schema);
}

function check(schema: JsonSchema, value: unknown, path: SchemaPath, root: JsonSchema): SchemaError[] {
  if (schema.$ref !== undefined) return check(resolveRef(root, schema.$ref), value, path, root);
  const typeError = checkType(schema, value, path);
  if (typeError) return [typeError];
  const errors = [...checkValue(schema, value, path)];
  if (isObject(value)) errors.push(...checkObject(schema, value, path, root));
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => errors.push(...check(schema.items as JsonSchema, item, [...path, index], root)));
  }
  for (const part of schema.allOf ?? []) errors.push(...check(part, value, path, root));
  if (schema.anyOf) errors.push(...checkAnyOf(schema.anyOf, value, path, root));
  if (schema.if && schema.then && check(schema.if, value, path, root).length === 0) {
    errors.push(...check(schema.then, value, path, root));
  }
  return errors;
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const target = name === undefined ? undefined : root.$defs?.[name];
  if (!target) throw new Error(`Unresolvable schema reference ${ref}`);
  return target;
}

function checkType(schema: JsonSchema, value: unknown, path: SchemaPath): SchemaError | undefined {
  if (schema.type === undefined) return undefined;
  const allowed: readonly JsonType[] = typeof schema.type === 'string' ? [schema.type] : schema.type;
  if (allowed.some((type) => hasType(value, type))) return undefined;
  return { path, message: `must be ${allowed.map(describeType).join(' or ')}, not ${describeValue(value)}` };
}

function checkValue(schema: JsonSchema, value: unknown, path: SchemaPath): SchemaError[] {
  const errors: SchemaError[] = [];
  const fail = (message: string): void => void errors.push({ path, message });
  if (schema.const !== undefined && !sameJson(schema.const, value)) fail(`must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.some((allowed) => sameJson(allowed, value))) {
    fail(`must be one of: ${schema.enum.map((allowed) => JSON.stringify(allowed)).join(', ')}`);
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) fail(`must have at least ${schema.minLength} characters`);
    if (schema.maxLength !== undefined && length > schema.maxLength) fail(`must have at most ${schema.maxLength} characters`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) fail(`must match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`must be at least ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`must be at most ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.minItems !== undefined && value.length < schema.minItems) {
    fail(`must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
  }
  return errors;
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, path: SchemaPath, root: JsonSchema): SchemaError[] {
  const errors: SchemaError[] = [];
  for (const key of schema.required ?? []) {
    if (!(key in value)) errors.push({ path, message: `is missing the required field '${key}'` });
  }
  const properties = schema.properties ?? {};
  for (const [key, child] of Object.entries(value)) {
    const childSchema = properties[key];
    if (childSchema) {
      errors.push(...check(childSchema, child, [...path, key], root));
    } else if (schema.additionalProperties === false) {
      errors.push({ path: [...path, key], message: `unknown field '${key}' (allowed: ${Object.keys(properties).join(', ')})` });
    } else if (typeof schema.additionalProperties === 'object') {
      errors.push(...check(schema.additionalProperties, child, [...path, key], root));
    }
  }
  return errors;
}

/**
 * Valid when one alternative accepts the value. Otherwise the errors of the alternative that got
 * furthest (deepest error path, then fewest errors): usually the one the author meant.
 */
function checkAnyOf(options: readonly JsonSchema[], value: unknown, path: SchemaPath, root: JsonSchema): SchemaError[] {
  let best: SchemaError[] | undefined;
  for (const option of options) {
    const errors = check(option, value, path, root);
    if (errors.length === 0) return [];
    if (!best || isCloser(errors, best)) best = errors;
  }
  return best ?? [];
}

function isCloser(candidate: SchemaError[], current: SchemaError[]): boolean {
  const depth = (errors: SchemaError[]): number => Math.max(...errors.map((e) => e.path.length));
  if (depth(candidate) !== depth(current)) return depth(candidate) > depth(current);
  return candidate.length < current.length;
}

function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function describeType(type: JsonType): string {
  return type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : type === 'integer' ? 'an integer' : type === 'null' ? 'null' : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return 'a mapping';
  const text = JSON.stringify(value) ?? String(value);
  return `${typeof value} ${text.length > 40 ? `${text.slice(0, 37)}...` : text}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
