// Validation of one Hog flow action (id unique in the flow, name required, its config), including
// function-step inputs checked
// against the step's template, with secrets kept per action id.
import { requiredError, validationError } from './errors';
import { resolveInputs, serializeInputs } from './hogFunctionInputs';
import { isInteger, isRecord, type JsonObject, type JsonValue } from './json';
import type { FlowAction, StoredInputs } from './model';
import { findTemplate } from './templates';

export const ACTION_TYPES = [
  'trigger', 'function', 'function_email', 'function_sms', 'function_push', 'delay', 'wait_until_condition',
  'wait_until_time_window', 'conditional_branch', 'random_cohort_branch', 'exit',
];

const TRIGGER_TYPES = [
  'event', 'webhook', 'manual', 'batch', 'schedule', 'tracking_pixel', 'data-warehouse-table',
  'data-warehouse-view', 'internal-event',
];

const FIXED_TEMPLATES: Record<string, string> = {
  function_email: 'template-email',
  function_sms: 'template-twilio',
  function_push: 'template-native-push',
};

export const FUNCTION_ACTION_TYPES = ['function', 'function_email', 'function_sms', 'function_push'];

const DELAY_PATTERN = /^\d*\.?\d+[dhms]$/;
const MAX_DELAY_SECONDS = 30 * 24 * 3600;

/** A validated action; `stored` is the action with the same id before this save (for secrets). */
export function parseAction(raw: unknown, i: number, stored: FlowAction | undefined, nowMs: number): FlowAction {
  const attr = `actions__${i}`;
  if (!isRecord(raw)) throw validationError('Expected a dictionary of items.', attr);
  if (typeof raw.id !== 'string' || raw.id === '') throw requiredError(`${attr}__id`);
  if (raw.id.length > 200) throw validationError('Ensure this field has no more than 200 characters.', `${attr}__id`);
  if (typeof raw.name !== 'string' || raw.name === '') throw requiredError(`${attr}__name`);
  if (typeof raw.type !== 'string' || !ACTION_TYPES.includes(raw.type)) {
    throw validationError(
      `Unsupported action type "${String(raw.type)}". Valid types are: ${ACTION_TYPES.join(', ')}`,
      `${attr}__type`,
    );
  }
  if (!isRecord(raw.config)) throw requiredError(`${attr}__config`);
  const onError = raw.on_error ?? null;
  if (onError !== null && onError !== 'continue' && onError !== 'abort') {
    throw validationError(`"${String(onError)}" is not a valid choice.`, `${attr}__on_error`, 'invalid_choice');
  }
  const action: FlowAction = {
    id: raw.id,
    name: raw.name,
    description: typeof raw.description === 'string' ? raw.description : '',
    on_error: onError,
    created_at: isInteger(raw.created_at) ? raw.created_at : nowMs,
    updated_at: isInteger(raw.updated_at) ? raw.updated_at : nowMs,
    filters: isRecord(raw.filters) ? raw.filters : null,
    type: raw.type,
    config: structuredClone(raw.config),
    output_variable: outputVariable(raw.output_variable ?? null),
  };
  checkConfig(action, attr, stored);
  return action;
}

function outputVariable(raw: JsonValue): JsonValue {
  return typeof raw === 'string' ? { key: raw } : raw;
}

function checkConfig(action: FlowAction, attr: string, stored: FlowAction | undefined): void {
  const config = action.config;
  if (action.type === 'trigger') checkTrigger(config, attr, stored);
  if (action.type === 'delay') checkDelay(config, attr);
  if (FUNCTION_ACTION_TYPES.includes(action.type)) {
    config.template_id = FIXED_TEMPLATES[action.type] ?? config.template_id ?? null;
    resolveStepInputs(config, attr, stored);
  }
}

function checkTrigger(config: JsonObject, attr: string, stored: FlowAction | undefined): void {
  if (typeof config.type !== 'string' || !TRIGGER_TYPES.includes(config.type)) {
    throw validationError(`"${String(config.type)}" is not a valid trigger type.`, `${attr}__config__type`);
  }
  if (config.type === 'batch' && !isRecord(config.filters)) {
    throw validationError('Filters are required for batch triggers.', `${attr}__filters`);
  }
  if (isRecord(config.filters)) {
    const { bytecode: _ignored, ...filters } = config.filters;
    config.filters = { ...filters, bytecode: ['_H', 1, 29] };
  }
  if (typeof config.template_id === 'string') resolveStepInputs(config, attr, stored);
}

function checkDelay(config: JsonObject, attr: string): void {
  const duration = config.delay_duration;
  if (duration === undefined && isRecord(config.delay_until)) return;
  if (typeof duration !== 'string' || !DELAY_PATTERN.test(duration)) {
    throw validationError(
      'delay_duration must be a string matching ^\\d*\\.?\\d+[dhms]$ (e.g. "30m", "1.5d")',
      `${attr}__config`,
    );
  }
  if (durationSeconds(duration) > MAX_DELAY_SECONDS) config.delay_duration = '30d';
}

function durationSeconds(duration: string): number {
  const unit = duration.slice(-1);
  const factor = unit === 'd' ? 86400 : unit === 'h' ? 3600 : unit === 'm' ? 60 : 1;
  return Number(duration.slice(0, -1)) * factor;
}

function resolveStepInputs(config: JsonObject, attr: string, stored: FlowAction | undefined): void {
  const templateId = config.template_id;
  const template = typeof templateId === 'string' ? findTemplate(templateId) : undefined;
  if (!template) {
    throw validationError(`Template not found: ${String(templateId)}`, `${attr}__config__template_id`);
  }
  const storedInputs = storedStepInputs(stored);
  const inputs = resolveInputs(template.inputs_schema, config.inputs ?? {}, storedInputs, `${attr}__config__inputs`);
  const wire: JsonObject = {};
  for (const [key, input] of Object.entries(inputs)) {
    wire[key] = input.templating ? { value: input.value, templating: input.templating } : { value: input.value };
  }
  config.inputs = structuredClone(wire);
}

function storedStepInputs(stored: FlowAction | undefined): StoredInputs {
  const inputs = stored?.config.inputs;
  return isRecord(inputs) ? storedStepInputsOf(inputs) : {};
}

/** The wire form of an action: step inputs serialized through the template schema (secrets masked). */
export function serializeAction(action: FlowAction): JsonObject {
  const copy = structuredClone(action);
  const templateId = copy.config.template_id;
  const template = typeof templateId === 'string' ? findTemplate(templateId) : undefined;
  if (template && isRecord(copy.config.inputs)) {
    copy.config.inputs = serializeInputs(template.inputs_schema, storedStepInputsOf(copy.config.inputs));
  }
  return copy;
}

function storedStepInputsOf(inputs: JsonObject): StoredInputs {
  const out: StoredInputs = {};
  for (const [key, value] of Object.entries(inputs)) {
    if (!isRecord(value)) continue;
    const templating = value.templating === 'hog' || value.templating === 'liquid' ? value.templating : undefined;
    out[key] = templating ? { value: value.value ?? null, templating } : { value: value.value ?? null };
  }
  return out;
}
