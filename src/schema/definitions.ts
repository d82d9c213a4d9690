// Shapes shared by Hog functions and Hog flows: inputs schemas, input values, secrets, filters.
// Fields, enums and descriptions follow PostHog's serializers (posthog/cdp/validation.py and
// products/cdp/backend/api/hog_function.py; ../shared/reference/posthog-api.md §5.2, §5.3).
// Nested objects accept keys we do not list: PostHog adds fields over time, and a pulled file must
// never fail its own checks because the server knows a field this schema does not.
import type { JsonSchema } from './jsonSchema';

export const INPUT_TYPES = [
  'string', 'number', 'boolean', 'dictionary', 'choice', 'json', 'integration', 'integration_multi',
  'integration_field', 'email', 'native_email', 'posthog_assignee', 'posthog_ticket_tags',
  'posthog_business_hours', 'non_failure_status_codes', 'customer_analytics_account_properties',
  'customer_analytics_account_relationships', 'task_model', 'task_repository', 'task_mcp_installations',
] as const;

/** An environment variable name, as `fromEnv` takes it. */
export const ENV_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';

const inputSchemaItem: JsonSchema = {
  type: 'object',
  description: 'One configurable input of the function: what `inputs.<key>` holds in the code.',
  required: ['key', 'type'],
  properties: {
    key: { type: 'string', minLength: 1, description: 'Name of the input; the code reads it as `inputs.<key>`.' },
    type: { enum: INPUT_TYPES, description: 'Kind of value; PostHog checks values of string, number, boolean, dictionary, integration and email inputs.' },
    label: { type: 'string', description: 'Label shown in PostHog.' },
    description: { type: 'string', description: 'Help text shown in PostHog.' },
    required: { type: 'boolean', default: false, description: 'A value must be given (a `default` fills in when none is sent).' },
    default: { description: 'Value used when none is given.' },
    secret: { type: 'boolean', default: false, description: 'Stored encrypted and never returned: files hold `{secret: true}` instead of the value.' },
    hidden: { type: 'boolean', default: false, description: 'Not shown in PostHog\'s form.' },
    choices: { type: 'array', items: { type: 'object' }, description: 'Options of a `choice` input, e.g. `{label, value}`.' },
    searchable: { type: 'boolean', description: 'Whether the choices can be searched.' },
    templating: { anyOf: [{ type: 'boolean' }, { enum: ['hog', 'liquid'] }], description: 'Whether (and how) the value is a template: true or "hog" for Hog templates, "liquid" for Liquid.' },
    integration: { type: 'string', description: 'Integration kind of an `integration` input, e.g. "slack".' },
    integration_key: { type: 'string', description: 'The input that holds the integration this input reads from.' },
    integration_field: { type: 'string', description: 'Which field of the integration this input selects.' },
    requires_field: { type: 'string', description: 'An input that must be set before this one.' },
    requiredScopes: { type: 'string', description: 'OAuth scopes the integration needs.' },
  },
};

const secretInput: JsonSchema = {
  type: 'object',
  description: 'A secret input. PostHog keeps the stored value; `fromEnv` names an environment variable whose value is sent when the object is created or on `hog push --secrets`.',
  required: ['secret'],
  additionalProperties: false,
  properties: {
    secret: { const: true, description: 'Marks a stored secret; its value never appears in files.' },
    fromEnv: { type: 'string', pattern: ENV_NAME_PATTERN, description: 'Environment variable holding the value (sent on create and with `--secrets` only).' },
  },
};

const plainInput: JsonSchema = {
  type: 'object',
  description: 'The value of an input.',
  properties: {
    value: { description: 'The value; strings, dictionaries and JSON are Hog templates unless the schema item says otherwise.' },
    templating: { enum: ['hog', 'liquid'], description: 'Template language of the value.' },
  },
};

const propertyFilter: JsonSchema = {
  type: 'object',
  description: 'A property condition, e.g. `{key: $current_url, value: checkout, operator: icontains, type: event}`.',
  required: ['key'],
  properties: {
    key: { type: 'string', description: 'Property name (or cohort id for type cohort).' },
    value: { description: 'Value(s) to compare with.' },
    operator: { type: 'string', description: 'exact, is_not, icontains, not_icontains, regex, is_set, gt, lt, …' },
    type: { type: 'string', description: 'event, person, group, cohort, element, …' },
  },
};

const filterEntity: JsonSchema = {
  type: 'object',
  description: 'An event or action the function triggers on.',
  required: ['id'],
  properties: {
    id: { type: ['string', 'integer', 'null'], description: 'Event name (e.g. $pageview) or action id.' },
    name: { type: ['string', 'null'], description: 'Display name.' },
    type: { type: 'string', description: '"events" or "actions".' },
    order: { type: 'integer', description: 'Position in the list.' },
    properties: { type: 'array', items: { $ref: '#/$defs/propertyFilter' }, description: 'Conditions on this event.' },
  },
};

const filters: JsonSchema = {
  type: 'object',
  description: 'Which events (or person updates, or warehouse rows) trigger the function. PostHog compiles them to bytecode.',
  properties: {
    source: { enum: ['events', 'person-updates', 'data-warehouse-table', 'data-warehouse-view'], default: 'events', description: 'What the function listens to.' },
    events: { type: 'array', items: { $ref: '#/$defs/filterEntity' }, description: 'Events that trigger the function (any of them).' },
    actions: { type: 'array', items: { $ref: '#/$defs/filterEntity' }, description: 'Actions that trigger the function.' },
    properties: { type: 'array', items: { $ref: '#/$defs/propertyFilter' }, description: 'Conditions every triggering event must meet.' },
    data_warehouse: { type: 'array', items: { type: 'object' }, description: 'Warehouse tables, for data-warehouse sources.' },
    filter_test_accounts: { type: 'boolean', description: 'Ignore internal and test users.' },
  },
};

const masking: JsonSchema = {
  type: 'object',
  description: 'Runs the function at most once per hash value within the time to live.',
  required: ['ttl', 'hash'],
  properties: {
    ttl: { type: 'integer', minimum: 60, maximum: 86400, description: 'Time-to-live in seconds for the masking cache (60–86400).' },
    threshold: { type: ['integer', 'null'], description: 'Optional threshold count before masking applies.' },
    hash: { type: 'string', description: 'Hog expression used to compute the masking hash, e.g. {person.id}.' },
  },
};

const mapping: JsonSchema = {
  type: 'object',
  description: 'One mapping of a destination: its own inputs and filters, run in addition to the top level.',
  properties: {
    name: { type: 'string', description: 'Name of the mapping.' },
    inputs_schema: { type: 'array', items: { $ref: '#/$defs/inputSchemaItem' } },
    inputs: { $ref: '#/$defs/inputs' },
    filters: { $ref: '#/$defs/filters' },
  },
};

/** Definitions every document schema carries under `$defs`. */
export const SHARED_DEFINITIONS: Record<string, JsonSchema> = {
  inputSchemaItem,
  // A value holding `secret` is a secret marker and nothing else; any other value is a plain one.
  inputValue: { ...plainInput, if: { required: ['secret'] }, then: secretInput },
  inputs: {
    type: 'object',
    description: 'Values of the inputs, by key. Secret inputs stay `{secret: true}` (optionally with `fromEnv`).',
    additionalProperties: { $ref: '#/$defs/inputValue' },
  },
  filters,
  filterEntity,
  propertyFilter,
  masking,
  mapping,
};
