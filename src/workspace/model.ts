// The managed fields of functions and flows: which ones the files hold, in what order, what a
// missing one stands for, and which PostHog only reads on create.
import type { JsonObject, JsonValue } from './json';

export type ObjectKind = 'function' | 'flow';
export const OBJECT_KINDS: readonly ObjectKind[] = ['function', 'flow'];

/** What a workspace holds of one object: the YAML fields and, for a function, its code. */
export interface ObjectContent {
  fields: JsonObject;
  /** Function code with surrounding whitespace trimmed (as PostHog stores it); undefined for flows. */
  hog?: string;
}

/** The fields of `<slug>.yaml`, in the order files show them. */
export const MANAGED_FIELDS: Record<ObjectKind, readonly string[]> = {
  function: [
    'type', 'name', 'description', 'enabled', 'template_id', 'execution_order', 'inputs_schema', 'inputs',
    'filters', 'mappings', 'masking',
  ],
  flow: [
    'name', 'description', 'status', 'exit_condition', 'trigger_masking', 'conversion', 'email_sending_rate_limit',
    'variables', 'actions', 'edges',
  ],
};

/** What a missing (or null, where null is not a value of its own) field stands for. */
export const FIELD_DEFAULTS: Record<ObjectKind, JsonObject> = {
  function: {
    name: '', description: '', enabled: false, template_id: null, execution_order: null, inputs_schema: [], inputs: {},
    filters: {}, mappings: null, masking: null,
  },
  flow: {
    name: null, description: '', status: 'draft', exit_condition: 'exit_on_conversion', trigger_masking: null,
    conversion: null, email_sending_rate_limit: null, variables: [], actions: [], edges: [],
  },
};

/** Fields files leave out while they are null. */
export const OMITTED_WHEN_NULL: Record<ObjectKind, readonly string[]> = {
  function: ['template_id', 'execution_order', 'mappings', 'masking'],
  flow: ['trigger_masking', 'conversion', 'email_sending_rate_limit'],
};

/** PostHog reads these on create only (it keeps the stored template id): sent then, never compared. */
export const CREATE_ONLY_FIELDS: Record<ObjectKind, readonly string[]> = {
  function: ['template_id'],
  flow: [],
};

/** PostHog trims these strings (DRF CharField's default), so comparisons do too. */
export const TRIMMED_FIELDS: readonly string[] = ['name', 'description'];

/** The fields of an object that comparisons, hashes and PATCH bodies cover (`hog` included). */
export function comparedFields(kind: ObjectKind): string[] {
  const fields = MANAGED_FIELDS[kind].filter((field) => !CREATE_ONLY_FIELDS[kind].includes(field));
  return kind === 'function' ? [...fields, 'hog'] : fields;
}

export function defaultOf(kind: ObjectKind, field: string): JsonValue {
  return FIELD_DEFAULTS[kind][field] ?? null;
}

/** PostHog trims the code; files end with exactly one newline (none when the code is empty). */
export function trimHog(hog: string): string {
  return hog.trim();
}

export function hogFileText(hog: string): string {
  const trimmed = trimHog(hog);
  return trimmed === '' ? '' : `${trimmed}\n`;
}
