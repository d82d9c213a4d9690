// PostHog returns values it computes itself (compiled bytecode, transpiled code, input order) next to
// what a person writes; files never hold them and comparisons ignore them. Input values are where
// secrets live, so every walk over a document passes each value of an `inputs` map through one
// function that decides what a secret becomes in that form (a marker, an environment value, nothing).
import { isJsonObject, type JsonObject, type JsonValue } from './json';

const COMPUTED_KEYS = new Set(['bytecode', 'bytecode_error', 'transpiled']);
/** Read-only keys of an input value (`{value, templating, bytecode, transpiled, order}`). */
const COMPUTED_INPUT_KEYS = new Set(['order']);
/** Keys whose contents are user data (an input's value, a schema default, a property value). */
const DATA_KEYS = new Set(['value', 'default']);

/** What an input value becomes; undefined leaves it out of its `inputs` map. */
export type InputTransform = (input: JsonObject) => JsonObject | undefined;

/** A copy without computed keys, with every input value of every `inputs` map through `transform`. */
export function normalizeTree(value: JsonValue, transform: InputTransform): JsonValue {
  if (Array.isArray(value)) return value.map((item) => normalizeTree(item, transform));
  if (!isJsonObject(value)) return value;
  const result: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (COMPUTED_KEYS.has(key)) continue;
    if (DATA_KEYS.has(key)) result[key] = child;
    else if (key === 'inputs' && isJsonObject(child)) result[key] = normalizeInputs(child, transform);
    else result[key] = normalizeTree(child, transform);
  }
  return result;
}

/** `normalizeTree` of one top-level field's value (so a field named `inputs` is an inputs map). */
export function normalizeField(field: string, value: JsonValue, transform: InputTransform): JsonValue {
  return (normalizeTree({ [field]: value }, transform) as JsonObject)[field] ?? null;
}

function normalizeInputs(inputs: JsonObject, transform: InputTransform): JsonObject {
  const result: JsonObject = {};
  for (const [key, input] of Object.entries(inputs)) {
    if (!isJsonObject(input)) {
      result[key] = input;
      continue;
    }
    const stripped = normalizeTree(input, transform) as JsonObject;
    for (const computed of COMPUTED_INPUT_KEYS) delete stripped[computed];
    const transformed = transform(stripped);
    if (transformed !== undefined) result[key] = transformed;
  }
  return result;
}

/** `{secret: true, …}`: a stored secret, in any of the forms PostHog or a file holds it. */
export function isSecretInput(input: JsonObject): boolean {
  return input.secret === true;
}

/** The environment variable a secret input names, if any. */
export function secretEnvName(input: JsonObject): string | undefined {
  return isSecretInput(input) && typeof input.fromEnv === 'string' ? input.fromEnv : undefined;
}

/** Secrets as PostHog shows them: `{secret: true}` (a `fromEnv` note is the file's business). */
export const SECRET_AS_MARKER: InputTransform = (input) => (isSecretInput(input) ? { secret: true } : input);

/** Every environment variable named by a secret input anywhere in `value`. */
export function secretEnvNames(value: JsonValue): string[] {
  const names: string[] = [];
  normalizeTree(value, (input) => {
    const name = secretEnvName(input);
    if (name !== undefined) names.push(name);
    return input;
  });
  return names;
}
