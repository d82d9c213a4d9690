// `inputs_schema` / `inputs` handling as PostHog's serializer does it: schema-driven replacement of
// the inputs map, required and type checks, and secrets (stored in clear here, returned only as
// {"secret": true}).
import { compileInputs, InputTemplateError, type CompiledInput } from '../hog/templates';
import { requiredError, validationError } from './errors';
import { isInteger, isRecord, type JsonObject, type JsonValue } from './json';
import type { InputSchemaItem, StoredInput, StoredInputs } from './model';

export const SECRET_MASK = '********';

const INPUT_TYPES = new Set([
  'string', 'number', 'boolean', 'dictionary', 'choice', 'json', 'integration', 'integration_multi',
  'integration_field', 'email', 'native_email', 'posthog_assignee', 'posthog_ticket_tags',
  'posthog_business_hours', 'non_failure_status_codes', 'customer_analytics_account_properties',
  'customer_analytics_account_relationships', 'task_model', 'task_repository', 'task_mcp_installations',
]);

/** Types whose values are Hog templates unless the schema says otherwise. */
const TEMPLATED_TYPES = new Set(['string', 'json', 'dictionary', 'email', 'native_email']);

export function parseInputsSchema(raw: unknown, attr = 'inputs_schema'): InputSchemaItem[] {
  if (!Array.isArray(raw)) throw validationError('Expected a list of items.', attr, 'not_a_list');
  return raw.map((item: unknown, i) => {
    if (!isRecord(item)) throw validationError('Expected a dictionary of items.', `${attr}__${i}`);
    if (typeof item.key !== 'string' || item.key === '') throw requiredError(`${attr}__${i}__key`);
    if (typeof item.type !== 'string' || !INPUT_TYPES.has(item.type)) {
      throw validationError(`"${String(item.type)}" is not a valid choice.`, `${attr}__${i}__type`, 'invalid_choice');
    }
    return { required: false, secret: false, hidden: false, ...item, key: item.key, type: item.type };
  });
}

/**
 * Builds the inputs to store from a request. `requested` undefined means the request omitted
 * `inputs`: the stored values are re-validated and kept. Keys outside the schema are dropped.
 */
export function resolveInputs(
  schema: InputSchemaItem[],
  requested: unknown,
  stored: StoredInputs,
  attrPrefix = 'inputs',
  functionType = 'destination',
): StoredInputs {
  if (requested !== undefined && requested !== null && !isRecord(requested)) {
    throw validationError('Value must be a dictionary.', attrPrefix);
  }
  const source: Record<string, unknown> = requested ?? stored;
  const result: StoredInputs = {};
  for (const item of schema) {
    const attr = `${attrPrefix}__${item.key}`;
    const resolved = item.secret === true
      ? resolveSecret(item, source[item.key], stored[item.key], attr)
      : resolvePlain(item, source[item.key], attr);
    if (resolved) result[item.key] = resolved;
  }
  compiledInputs(schema, result, functionType, attrPrefix);
  return result;
}

/** The inputs as PostHog stores them (bytecode of Hog templates, `order`); a template PostHog refuses is a 400. */
export function compiledInputs(schema: InputSchemaItem[], inputs: StoredInputs, functionType = 'destination', attrPrefix = 'inputs'): Record<string, CompiledInput> {
  try {
    return compileInputs(schema, inputs, functionType);
  } catch (error) {
    if (!(error instanceof InputTemplateError)) throw error;
    throw validationError(error.message, error.key === null ? attrPrefix : `${attrPrefix}__${error.key}`);
  }
}

function resolveSecret(item: InputSchemaItem, raw: unknown, stored: StoredInput | undefined, attr: string) {
  const sent = isRecord(raw) ? raw.value : undefined;
  const marker = isRecord(raw) && raw.secret === true && (sent === undefined || sent === SECRET_MASK);
  const keep = raw === undefined || (isRecord(raw) && Object.keys(raw).length === 0) || marker;
  if (keep && stored) return stored;
  if (marker) throw validationError('No value is saved for this secret input. Enter the value again.', attr);
  if (sent === SECRET_MASK) {
    throw validationError('This secret input was not updated correctly. Enter the value again.', attr);
  }
  return resolvePlain(item, raw, attr);
}

function resolvePlain(item: InputSchemaItem, raw: unknown, attr: string): StoredInput | undefined {
  let value = isRecord(raw) ? raw.value : undefined;
  if (value === undefined || value === null || (value === '' && item.required === true)) {
    if (item.required !== true) return undefined;
    if (item.default === undefined) throw validationError('This field is required.', attr);
    value = item.default;
  }
  const problem = typeProblem(item.type, value);
  if (problem) throw validationError(problem, attr);
  return { value, ...templatingOf(item, raw) };
}

function templatingOf(item: InputSchemaItem, raw: unknown): Pick<StoredInput, 'templating'> {
  const sent = isRecord(raw) ? raw.templating : undefined;
  if (sent === 'hog' || sent === 'liquid') return { templating: sent };
  if (item.templating === false) return {};
  if (item.templating === 'liquid') return { templating: 'liquid' };
  return TEMPLATED_TYPES.has(item.type) || item.templating === true || item.templating === 'hog'
    ? { templating: 'hog' }
    : {};
}

function typeProblem(type: string, value: JsonValue): string | null {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? null : 'Value must be a string.';
    case 'number':
      return typeof value === 'number' ? null : 'Value must be a number.';
    case 'boolean':
      return typeof value === 'boolean' || (typeof value === 'string' && !value.includes('{{'))
        ? null
        : 'Value must be a boolean.';
    case 'dictionary':
      return isRecord(value) ? null : 'Value must be a dictionary.';
    case 'integration':
      return isInteger(value) ? null : 'Value must be an Integration ID.';
    case 'integration_multi':
      return Array.isArray(value) && value.every(isInteger) ? null : 'Value must be a list of Integration IDs.';
    case 'email':
    case 'native_email':
      return emailProblem(value);
    case 'non_failure_status_codes':
      return Array.isArray(value) && value.every(isStatusCodeRule)
        ? null
        : 'Value must be a list of status codes between 400 and 599, or "4xx" / "5xx".';
    default:
      return null;
  }
}

function emailProblem(value: JsonValue): string | null {
  if (!isRecord(value)) return 'Value must be a dictionary.';
  const missing = ['from', 'to', 'subject'].find((field) => !value[field]);
  if (missing) return `Missing required field '${missing}'.`;
  return value.text || value.html ? null : "Missing required field 'text' or 'html'.";
}

function isStatusCodeRule(value: JsonValue): boolean {
  return value === '4xx' || value === '5xx' || (isInteger(value) && value >= 400 && value <= 599);
}

/** The wire form, in `order`: secrets masked, Hog templates with their bytecode. */
export function serializeInputs(schema: InputSchemaItem[], inputs: StoredInputs, functionType = 'destination'): JsonObject {
  const secret = new Set(schema.filter((item) => item.secret === true).map((item) => item.key));
  const out: JsonObject = {};
  for (const [key, input] of Object.entries(compiledOrPlain(schema, inputs, functionType))) {
    if (secret.has(key)) {
      out[key] = { secret: true };
      continue;
    }
    const wire: JsonObject = { value: input.value as JsonValue };
    if (input.templating) wire.templating = input.templating;
    if (input.bytecode !== undefined) wire.bytecode = input.bytecode as JsonValue;
    wire.order = input.order;
    out[key] = wire;
  }
  return out;
}

/** Stored inputs were validated on save; a seed's that PostHog would refuse are shown without bytecode. */
function compiledOrPlain(schema: InputSchemaItem[], inputs: StoredInputs, functionType: string): Record<string, CompiledInput> {
  try {
    return compileInputs(schema, inputs, functionType);
  } catch {
    const keys = schema.map((item) => item.key).filter((key) => inputs[key] !== undefined);
    return Object.fromEntries(keys.map((key, order) => [key, { ...(inputs[key] as StoredInput), order }]));
  }
}
