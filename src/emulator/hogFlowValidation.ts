// Validation of a Hog flow body; always strict, as PostHog is for personal-API-key callers (only
// drafts saved from a web session are checked leniently).
import { requiredError, validationError } from './errors';
import { parseAction } from './hogFlowActions';
import { isInteger, isRecord, type JsonObject, type JsonValue } from './json';
import { FLOW_STATUSES, type FlowAction, type FlowStatus, type StoredHogFlow } from './model';

const EXIT_CONDITIONS = [
  'exit_on_conversion',
  'exit_on_trigger_not_matched',
  'exit_on_trigger_not_matched_or_conversion',
  'exit_only_at_end',
];
const MAX_VARIABLES_BYTES = 5120;

/** Flow fields present in a body, validated. */
export type FlowFields = Partial<
  Pick<
    StoredHogFlow,
    | 'name' | 'description' | 'status' | 'originProduct' | 'triggerMasking' | 'conversion' | 'exitCondition'
    | 'emailSendingRateLimit' | 'edges' | 'actions' | 'variables'
  >
>;

export function parseFlowFields(body: JsonObject, existing: StoredHogFlow | undefined, nowMs: number): FlowFields {
  const f: FlowFields = {};
  if (body.name !== undefined) f.name = nullableString(body.name, 'name', 400);
  if (body.description !== undefined) f.description = nullableString(body.description, 'description') ?? '';
  if (body.status !== undefined) f.status = flowStatus(body.status);
  if (body.origin_product !== undefined) f.originProduct = originProduct(body.origin_product, existing);
  if (body.trigger_masking !== undefined) f.triggerMasking = withBytecode(body.trigger_masking, 'trigger_masking');
  if (body.conversion !== undefined) f.conversion = withBytecode(body.conversion, 'conversion');
  if (body.exit_condition !== undefined) f.exitCondition = choice(body.exit_condition, EXIT_CONDITIONS, 'exit_condition');
  if (body.email_sending_rate_limit !== undefined) f.emailSendingRateLimit = rateLimit(body.email_sending_rate_limit);
  if (body.edges !== undefined) f.edges = edges(body.edges);
  if (body.actions !== undefined) f.actions = actions(body.actions, existing?.actions ?? [], nowMs);
  if (body.variables !== undefined) f.variables = variables(body.variables);
  return f;
}

function nullableString(value: JsonValue, attr: string, max = Infinity): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') throw validationError('Not a valid string.', attr, 'invalid');
  if (value.length > max) throw validationError(`Ensure this field has no more than ${max} characters.`, attr, 'max_length');
  return value;
}

function choice(value: JsonValue, allowed: readonly string[], attr: string): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw validationError(`"${String(value)}" is not a valid choice.`, attr, 'invalid_choice');
  }
  return value;
}

function flowStatus(value: JsonValue): FlowStatus {
  return choice(value, FLOW_STATUSES, 'status') as FlowStatus;
}

function originProduct(value: JsonValue, existing: StoredHogFlow | undefined): string | null {
  const product = value === null ? null : choice(value, ['loops', 'broadcasts'], 'origin_product');
  if (existing && product !== existing.originProduct) {
    throw validationError('origin_product cannot be changed after creation.', 'origin_product');
  }
  return product;
}

function withBytecode(value: JsonValue, attr: string): JsonObject | null {
  if (value === null) return null;
  if (!isRecord(value)) throw validationError('Value must be a dictionary.', attr);
  return { ...structuredClone(value), bytecode: ['_H', 1, 29] };
}

function rateLimit(value: JsonValue): JsonObject | null {
  if (value === null) return null;
  if (!isRecord(value)) throw validationError('Value must be a dictionary.', 'email_sending_rate_limit');
  const missing = ['count', 'period'].filter((k) => value[k] === undefined || value[k] === null);
  if (missing.length) {
    throw validationError(`Both count and period are required, missing: ${missing.join(', ')}`, 'email_sending_rate_limit');
  }
  if (!isInteger(value.count) || value.count < 1 || value.count > 1_000_000) {
    throw validationError('Ensure this value is between 1 and 1000000.', 'email_sending_rate_limit__count');
  }
  return { count: value.count, period: choice(value.period ?? null, ['minute', 'hour'], 'email_sending_rate_limit__period') };
}

function edges(value: JsonValue): JsonValue[] {
  if (!Array.isArray(value)) throw validationError('Expected a list of items.', 'edges', 'not_a_list');
  value.forEach((edge, i) => {
    if (!isRecord(edge) || typeof edge.from !== 'string' || typeof edge.to !== 'string') {
      throw validationError('Each edge needs string "from" and "to".', `edges__${i}`);
    }
    choice(edge.type ?? null, ['continue', 'branch'], `edges__${i}__type`);
  });
  return structuredClone(value);
}

function actions(value: JsonValue, stored: FlowAction[], nowMs: number): FlowAction[] {
  if (!Array.isArray(value)) throw validationError('Expected a list of items.', 'actions', 'not_a_list');
  const byId = new Map(stored.map((a) => [a.id, a]));
  const parsed = value.map((raw, i) => parseAction(raw, i, isRecord(raw) ? byId.get(String(raw.id)) : undefined, nowMs));
  if (parsed.filter((a) => a.type === 'trigger').length !== 1) {
    throw validationError('Exactly one trigger action is required', 'actions');
  }
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const a of parsed) (seen.has(a.id) ? duplicates : seen).add(a.id);
  if (duplicates.size) throw validationError(`Duplicate action id(s): ${[...duplicates].join(', ')}`, 'actions');
  return parsed;
}

function variables(value: JsonValue): JsonObject[] {
  if (!Array.isArray(value)) throw validationError('Expected a list of items.', 'variables', 'not_a_list');
  const items = value.map((v, i) => {
    if (!isRecord(v) || typeof v.key !== 'string' || v.key === '') throw requiredError(`variables__${i}__key`);
    return { key: v.key, type: choice(v.type ?? 'string', ['string', 'number', 'boolean'], `variables__${i}__type`), default: v.default ?? null };
  });
  if (new Set(items.map((v) => v.key)).size !== items.length) {
    throw validationError('Variable keys must be unique', 'variables');
  }
  if (Buffer.byteLength(JSON.stringify(items)) >= MAX_VARIABLES_BYTES) {
    throw validationError('Total size of variables definition must be less than 5KB', 'variables');
  }
  return items;
}
