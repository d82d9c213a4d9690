// Deterministic key order for the YAML files: known structures in the order PostHog's UI reads
// them (key before type, id before name...), everything else alphabetical. Whatever order the
// server or a person used, the same data always renders the same text.
import { isJsonObject, type JsonObject, type JsonValue } from './json';
import { MANAGED_FIELDS } from './model';

type Context =
  | 'function' | 'flow' | 'schemaItem' | 'inputs' | 'input' | 'filters' | 'filterEntity' | 'propertyFilter'
  | 'masking' | 'mapping' | 'action' | 'config' | 'edge' | 'variable' | 'choice' | 'data';

const LEADING_KEYS: Partial<Record<Context, readonly string[]>> = {
  function: MANAGED_FIELDS.function,
  flow: MANAGED_FIELDS.flow,
  schemaItem: [
    'key', 'type', 'label', 'description', 'required', 'default', 'secret', 'hidden', 'templating', 'choices',
    'searchable', 'integration', 'integration_key', 'integration_field', 'requires_field', 'requiredScopes',
  ],
  input: ['value', 'templating', 'secret', 'fromEnv'],
  filters: ['source', 'events', 'actions', 'properties', 'data_warehouse', 'filter_test_accounts'],
  filterEntity: ['id', 'name', 'type', 'order', 'properties'],
  propertyFilter: ['key', 'type', 'operator', 'value'],
  masking: ['ttl', 'threshold', 'hash'],
  mapping: ['name', 'inputs_schema', 'inputs', 'filters'],
  action: ['id', 'name', 'description', 'type', 'on_error', 'filters', 'config', 'output_variable', 'created_at', 'updated_at'],
  config: ['type', 'template_id', 'inputs', 'filters'],
  edge: ['from', 'to', 'type', 'index'],
  variable: ['key', 'type', 'default'],
  choice: ['label', 'value'],
};

const CHILD_CONTEXT: Partial<Record<Context, Record<string, Context>>> = {
  function: { inputs_schema: 'schemaItem', inputs: 'inputs', filters: 'filters', mappings: 'mapping', masking: 'masking' },
  mapping: { inputs_schema: 'schemaItem', inputs: 'inputs', filters: 'filters' },
  flow: { trigger_masking: 'masking', actions: 'action', edges: 'edge', variables: 'variable' },
  schemaItem: { choices: 'choice' },
  action: { filters: 'filters', config: 'config' },
  config: { inputs: 'inputs', filters: 'filters' },
  filters: { events: 'filterEntity', actions: 'filterEntity', properties: 'propertyFilter' },
  filterEntity: { properties: 'propertyFilter' },
};

/** A copy of a function's or flow's YAML fields with every mapping's keys in file order. */
export function orderForFile(kind: 'function' | 'flow', fields: JsonObject): JsonObject {
  return order(fields, kind, []) as JsonObject;
}

function order(value: JsonValue, context: Context, inputKeys: readonly string[]): JsonValue {
  if (Array.isArray(value)) return value.map((item) => order(item, context, inputKeys));
  if (!isJsonObject(value)) return value;
  const keys = sortKeys(Object.keys(value), context === 'inputs' ? inputKeys : LEADING_KEYS[context] ?? []);
  const ownInputKeys = schemaKeys(value.inputs_schema);
  const result: JsonObject = {};
  for (const key of keys) {
    const child = value[key] as JsonValue;
    result[key] = order(child, childContext(context, key), ownInputKeys);
  }
  return result;
}

function childContext(context: Context, key: string): Context {
  if (context === 'inputs') return 'input';
  return CHILD_CONTEXT[context]?.[key] ?? 'data';
}

/** `leading` keys first, in that order; the others alphabetically. */
function sortKeys(keys: string[], leading: readonly string[]): string[] {
  const first = leading.filter((key) => keys.includes(key));
  const rest = keys.filter((key) => !leading.includes(key)).sort();
  return [...first, ...rest];
}

/** Inputs are listed in the order of their schema. */
function schemaKeys(schema: JsonValue | undefined): string[] {
  if (!Array.isArray(schema)) return [];
  return schema.flatMap((item) => (isJsonObject(item) && typeof item.key === 'string' ? [item.key] : []));
}
