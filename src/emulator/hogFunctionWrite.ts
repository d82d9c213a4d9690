// Validation and field handling shared by create, update and test invocations of hog functions.
import { randomUUID } from 'node:crypto';
import { requiredError, validationError } from './errors';
import { parseInputsSchema, resolveInputs } from './hogFunctionInputs';
import { validateHog } from './hogValidation';
import { isInteger, isRecord, jsonEqual, type JsonObject, type JsonValue } from './json';
import {
  isHogFunctionType,
  isSiteType,
  isTransformationType,
  type FunctionContent,
  type HogFunctionType,
  type InputSchemaItem,
  type StoredHogFunction,
  type StoredInputs,
} from './model';
import type { EmulatorState } from './state';
import { findTemplate } from './templates';

const MAX_HOG_BYTES = 100 * 1024;
const MAX_ENABLED_TRANSFORMATIONS = 20;

/** Writable fields present in a request body, each already type-checked. */
interface WritableFields {
  name?: string;
  description?: string;
  enabled?: boolean;
  hog?: string;
  inputsSchema?: InputSchemaItem[];
  filters?: JsonObject;
  masking?: JsonObject | null;
  mappings?: JsonValue[] | null;
  iconUrl?: string | null;
  executionOrder?: number | null;
}

function readWritable(body: JsonObject): WritableFields {
  const fields: WritableFields = {};
  if (body.name !== undefined) fields.name = stringField(body.name, 'name', 400);
  if (body.description !== undefined) fields.description = stringField(body.description ?? '', 'description');
  if (body.enabled !== undefined) {
    if (typeof body.enabled !== 'boolean') throw validationError('Must be a valid boolean.', 'enabled', 'invalid');
    fields.enabled = body.enabled;
  }
  // PostHog's serializer trims the code (DRF CharField's default), so stored code never starts or
  // ends with whitespace.
  if (body.hog !== undefined) fields.hog = stringField(body.hog, 'hog').trim();
  if (body.inputs_schema !== undefined) fields.inputsSchema = parseInputsSchema(body.inputs_schema ?? []);
  if (body.filters !== undefined) fields.filters = objectField(body.filters ?? {}, 'filters');
  if (body.masking !== undefined) fields.masking = body.masking === null ? null : objectField(body.masking, 'masking');
  if (body.mappings !== undefined) {
    if (body.mappings !== null && !Array.isArray(body.mappings)) throw validationError('Expected a list of items.', 'mappings');
    fields.mappings = body.mappings;
  }
  if (body.icon_url !== undefined) fields.iconUrl = body.icon_url === null ? null : stringField(body.icon_url, 'icon_url');
  if (body.execution_order !== undefined) {
    if (body.execution_order !== null && !isInteger(body.execution_order)) {
      throw validationError('A valid integer is required.', 'execution_order', 'invalid');
    }
    fields.executionOrder = body.execution_order;
  }
  return fields;
}

function stringField(value: JsonValue, attr: string, maxLength = Infinity): string {
  if (typeof value !== 'string') throw validationError('Not a valid string.', attr, 'invalid');
  if (value.length > maxLength) {
    throw validationError(`Ensure this field has no more than ${maxLength} characters.`, attr, 'max_length');
  }
  return value;
}

function objectField(value: JsonValue, attr: string): JsonObject {
  if (!isRecord(value)) throw validationError('Value must be a dictionary.', attr);
  return value;
}

export function parseFunctionType(raw: JsonValue | undefined): HogFunctionType {
  const type = raw ?? 'destination';
  if (!isHogFunctionType(type)) {
    throw validationError(`"${String(type)}" is not a valid choice.`, 'type', 'invalid_choice');
  }
  if (type === 'warehouse_source_webhook') {
    throw validationError('Cannot create or modify warehouse source webhook functions via this API.', 'type');
  }
  if (type === 'transformation_log') throw validationError('Log transformations are not enabled for this team.', 'type');
  return type;
}

/** A new function record from a create-style payload (also used to validate test invocations). */
export async function buildFunction(
  state: EmulatorState,
  projectId: number,
  body: JsonObject,
  storedInputs: StoredInputs = {},
): Promise<StoredHogFunction> {
  const type = parseFunctionType(body.type);
  const template = templateFor(body.template_id);
  const fields = readWritable(body);
  const hog = fields.hog ?? template?.code.trim();
  if (hog === undefined) throw requiredError('hog', 'Required.');
  const schema = fields.inputsSchema ?? template?.inputs_schema ?? [];
  const now = state.clock.nowIso();
  const fn: StoredHogFunction = {
    id: randomUUID(),
    projectId,
    type,
    name: fields.name ?? template?.name ?? '',
    description: fields.description ?? template?.description ?? '',
    createdAt: now,
    createdBy: state.basicUser(),
    updatedAt: now,
    enabled: fields.enabled ?? false,
    deleted: false,
    hog,
    inputsSchema: schema,
    inputs: resolveInputs(schema, body.inputs ?? undefined, storedInputs, 'inputs', type),
    filters: normalizeFilters(fields.filters ?? template?.filters ?? {}),
    masking: normalizeMasking(fields.masking ?? null),
    mappings: fields.mappings ?? null,
    iconUrl: fields.iconUrl ?? template?.icon_url ?? null,
    templateId: template?.id ?? null,
    health: 1,
    executionOrder: fields.executionOrder ?? null,
    version: 1,
    draft: null,
    draftUpdatedAt: null,
  };
  await checkConfig(state, fn);
  if (isTransformationType(type) && fields.executionOrder === undefined) fn.executionOrder = nextExecutionOrder(state, fn);
  return fn;
}

/** The stored function after a PATCH/PUT body, validated; the caller stores it. */
export async function updateFunction(
  state: EmulatorState,
  stored: StoredHogFunction,
  body: JsonObject,
): Promise<StoredHogFunction> {
  if (body.type !== undefined && body.type !== stored.type) {
    throw validationError('Cannot modify the type of an existing function', 'type');
  }
  const fields = readWritable(body);
  const next: StoredHogFunction = structuredClone(stored);
  Object.assign(next, definedOnly({ ...fields, filters: undefined, masking: undefined }));
  if (fields.filters !== undefined) next.filters = normalizeFilters(fields.filters);
  if (fields.masking !== undefined) next.masking = normalizeMasking(fields.masking);
  next.inputs = resolveInputs(next.inputsSchema, body.inputs ?? undefined, stored.inputs, 'inputs', next.type);
  if (typeof body.deleted === 'boolean') next.deleted = body.deleted;
  if (next.hog !== stored.hog || next.type !== stored.type) await checkConfig(state, next);
  else checkStructure(state, next);

  const revived = (next.enabled && !stored.enabled) || (!next.deleted && stored.deleted);
  if (isTransformationType(next.type) && revived && fields.executionOrder === undefined) {
    next.executionOrder = nextExecutionOrder(state, next);
  }
  if (next.enabled && !stored.enabled && stored.health === 3) next.health = 2;
  if (configChanged(stored, next)) next.version = stored.version + 1;
  next.updatedAt = state.clock.nowIso();
  return next;
}

function definedOnly(fields: WritableFields): Partial<StoredHogFunction> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

function templateFor(raw: JsonValue | undefined) {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const template = typeof raw === 'string' ? findTemplate(raw) : undefined;
  if (!template) throw validationError(`No template found for id '${String(raw)}'`, 'template_id');
  return template;
}

async function checkConfig(state: EmulatorState, fn: StoredHogFunction): Promise<void> {
  checkStructure(state, fn);
  if (Buffer.byteLength(fn.hog, 'utf8') > MAX_HOG_BYTES) {
    throw validationError('HOG code exceeds maximum size of 100KB. Please simplify your code.', 'hog');
  }
  if (isSiteType(fn.type)) return; // TypeScript: not validated by the emulator
  const result = await validateHog(fn.hog);
  if (!result.ok) throw validationError('Hog code has errors.', 'hog');
}

function checkStructure(state: EmulatorState, fn: StoredHogFunction): void {
  if (fn.mappings !== null && fn.type !== 'destination' && fn.type !== 'site_destination') {
    throw validationError('Mappings are only allowed for destinations.', 'mappings');
  }
  if (fn.type === 'transformation' && fn.enabled && !fn.deleted) {
    const others = state
      .liveFunctions(fn.projectId)
      .filter((f) => f.type === 'transformation' && f.enabled && f.id !== fn.id);
    if (others.length >= MAX_ENABLED_TRANSFORMATIONS) {
      throw validationError(
        `Maximum of ${MAX_ENABLED_TRANSFORMATIONS} enabled transformation functions allowed per team. Please disable an existing transformation before enabling a new one.`,
        'type',
      );
    }
  }
}

function normalizeFilters(filters: JsonObject): JsonObject {
  const { bytecode: _bytecode, bytecode_error: _error, ...rest } = structuredClone(filters);
  const source = typeof rest.source === 'string' ? rest.source : 'events';
  if (source === 'person-updates') {
    delete rest.events;
    delete rest.actions;
    delete rest.data_warehouse;
  }
  // Placeholder for the compiled filter bytecode (a constant "true").
  return { ...rest, source, bytecode: ['_H', 1, 29] };
}

function normalizeMasking(masking: JsonObject | null): JsonObject | null {
  if (masking === null) return null;
  const { ttl, hash } = masking;
  if (!isInteger(ttl)) throw requiredError('masking__ttl');
  if (ttl < 60) throw validationError('Ensure this value is greater than or equal to 60.', 'masking__ttl', 'min_value');
  if (ttl > 86400) throw validationError('Ensure this value is less than or equal to 86400.', 'masking__ttl', 'max_value');
  if (typeof hash !== 'string' || hash === '') throw requiredError('masking__hash');
  const threshold = isInteger(masking.threshold) ? masking.threshold : null;
  return { ttl, threshold, hash, bytecode: ['_H', 1, 32, hash] };
}

function nextExecutionOrder(state: EmulatorState, fn: StoredHogFunction): number {
  const orders = state
    .liveFunctions(fn.projectId)
    .filter((f) => f.type === fn.type && f.id !== fn.id && f.executionOrder !== null)
    .map((f) => f.executionOrder ?? 0);
  return Math.max(0, ...orders) + 1;
}

const CONFIG_FIELDS = ['hog', 'inputsSchema', 'inputs', 'filters', 'mappings', 'masking'] as const;

function configChanged(before: FunctionContent, after: FunctionContent): boolean {
  return CONFIG_FIELDS.some((k) => !jsonEqual(before[k], after[k]));
}
