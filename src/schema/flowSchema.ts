// JSON Schema of a Hog flow (workflow) document: `flows/<slug>.yaml` in a workspace and the flow
// document VS Code opens. Fields, enums and descriptions from PostHog's HogFlowSerializer and
// HogFlowActionSerializer (products/workflows/backend/api/hog_flow.py; reference §6).
import { SHARED_DEFINITIONS } from './definitions';
import type { JsonSchema } from './jsonSchema';

export const ACTION_TYPES = [
  'trigger', 'function', 'function_email', 'function_sms', 'function_push', 'delay', 'wait_until_condition',
  'wait_until_time_window', 'conditional_branch', 'random_cohort_branch', 'exit',
] as const;

export const TRIGGER_TYPES = [
  'event', 'webhook', 'manual', 'batch', 'schedule', 'tracking_pixel', 'data-warehouse-table',
  'data-warehouse-view', 'internal-event',
] as const;

export const EXIT_CONDITIONS = [
  'exit_on_conversion', 'exit_on_trigger_not_matched', 'exit_on_trigger_not_matched_or_conversion', 'exit_only_at_end',
] as const;

const DURATION = { type: 'string', pattern: '^\\d*\\.?\\d+[dhms]$', description: "'<number><unit>' with unit s|m|h|d, e.g. '30m' or '1.5d'." } as const;

/** Per action type, the shape of `config` (PostHog validates the rest). */
function configFor(type: string, config: JsonSchema): JsonSchema {
  return { if: { properties: { type: { const: type } }, required: ['type'] }, then: { properties: { config } } };
}

const functionConfig: JsonSchema = {
  type: 'object',
  properties: {
    template_id: { type: 'string', description: 'Template the step runs (fixed for email, SMS and push steps).' },
    inputs: { $ref: '#/$defs/inputs' },
  },
};

const action: JsonSchema = {
  type: 'object',
  description: 'One step of the workflow.',
  required: ['id', 'name', 'type', 'config'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 200, description: 'Unique node ID within the workflow.' },
    name: { type: 'string', minLength: 1, maxLength: 400, description: 'Display name.' },
    description: { type: 'string', default: '', description: 'Optional description.' },
    type: { enum: ACTION_TYPES, description: 'What the step does.' },
    on_error: { enum: ['continue', 'abort', null], description: 'On failure: continue (skip the action and proceed) or abort (stop the run).' },
    filters: { anyOf: [{ $ref: '#/$defs/filters' }, { type: 'null' }], description: 'Property filters gating this action.' },
    config: { type: 'object', description: 'Type-specific configuration.' },
    output_variable: {
      anyOf: [{ type: 'object', required: ['key'] }, { type: 'array', items: { type: 'object', required: ['key'] } }, { type: 'string' }, { type: 'null' }],
      description: 'Where the step stores its result for later steps: {key, result_path?, spread?, label?}.',
    },
    created_at: { type: 'integer', description: 'Created at (epoch ms). Frontend-managed.' },
    updated_at: { type: 'integer', description: 'Updated at (epoch ms). Frontend-managed.' },
  },
  allOf: [
    configFor('trigger', {
      type: 'object',
      required: ['type'],
      properties: {
        type: { enum: TRIGGER_TYPES, description: 'What starts the workflow.' },
        filters: { $ref: '#/$defs/filters' },
        template_id: { type: 'string', description: 'Template of a webhook, manual or tracking-pixel trigger.' },
        inputs: { $ref: '#/$defs/inputs' },
      },
    }),
    ...['function', 'function_email', 'function_sms', 'function_push'].map((type) => configFor(type, functionConfig)),
    configFor('delay', { type: 'object', properties: { delay_duration: DURATION, max_delay_duration: DURATION } }),
    configFor('wait_until_condition', { type: 'object', properties: { max_wait_duration: DURATION, events: { type: 'array' } } }),
    configFor('conditional_branch', {
      type: 'object',
      properties: { conditions: { type: 'array', items: { type: 'object', properties: { filters: { $ref: '#/$defs/filters' } } } } },
    }),
    configFor('random_cohort_branch', {
      type: 'object',
      properties: { cohorts: { type: 'array', items: { type: 'object', required: ['percentage'], properties: { percentage: { type: 'number', minimum: 0, maximum: 100 }, name: { type: 'string' } } } } },
    }),
    configFor('exit', { type: 'object', properties: { reason: { type: 'string' } } }),
  ],
};

const properties: Record<string, JsonSchema> = {
  name: { type: ['string', 'null'], maxLength: 400, description: 'Name of the workflow.' },
  description: { type: 'string', description: 'What the workflow does.' },
  status: { enum: ['draft', 'active', 'archived'], default: 'draft', description: 'Only active workflows run; activating re-validates every step.' },
  exit_condition: { enum: EXIT_CONDITIONS, default: 'exit_on_conversion', description: 'When a person leaves the workflow early.' },
  trigger_masking: {
    anyOf: [{
      type: 'object',
      required: ['hash'],
      properties: {
        hash: { type: 'string', description: 'Hog template whose value identifies repeats, e.g. {person.id}.' },
        ttl: { type: ['integer', 'null'], minimum: 60, maximum: 94608000, description: 'Seconds a hash value blocks re-entry.' },
        threshold: { type: ['integer', 'null'] },
      },
    }, { type: 'null' }],
    description: 'Lets a person enter at most once per hash value within the time to live.',
  },
  conversion: {
    anyOf: [{
      type: 'object',
      properties: {
        filters: { type: 'array', items: { $ref: '#/$defs/propertyFilter' } },
        events: { type: 'array', items: { type: 'object' } },
        window_minutes: { type: ['integer', 'null'] },
      },
    }, { type: 'null' }],
    description: 'What counts as converting (ends the workflow with exit_on_conversion).',
  },
  email_sending_rate_limit: {
    anyOf: [{
      type: 'object',
      required: ['count', 'period'],
      properties: { count: { type: 'integer', minimum: 1, maximum: 1000000 }, period: { enum: ['minute', 'hour'] } },
    }, { type: 'null' }],
    description: 'At most `count` emails per `period`.',
  },
  variables: {
    type: 'array',
    items: {
      type: 'object',
      required: ['key'],
      properties: {
        key: { type: 'string', minLength: 1, description: 'Unique name; steps read it as variables.<key>.' },
        type: { enum: ['string', 'number', 'boolean'], default: 'string' },
        default: { description: 'Value when a run does not set it.' },
      },
    },
    description: 'Workflow variables (keys unique, total under 5 KB).',
  },
  actions: { type: 'array', items: { $ref: '#/$defs/action' }, description: 'The steps; exactly one has type trigger.' },
  edges: {
    type: 'array',
    items: {
      type: 'object',
      required: ['from', 'to', 'type'],
      properties: {
        from: { type: 'string', description: 'Source action id.' },
        to: { type: 'string', description: 'Target action id.' },
        type: { enum: ['continue', 'branch'], description: 'continue: fall-through; branch: needs index.' },
        index: { type: 'integer', description: 'For type branch: index into config.conditions (wait_until_condition uses 0).' },
      },
    },
    description: 'How the steps connect.',
  },
};

/** The flow document (VS Code's JSON buffer): every field optional. */
export const FLOW_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'PostHog Hog flow (workflow)',
  description: 'A Hog flow: trigger, steps and edges.',
  type: 'object',
  additionalProperties: false,
  properties,
  $defs: { ...SHARED_DEFINITIONS, action },
};

/** `flows/<slug>.yaml`: name and actions required (PostHog needs actions to create a flow). */
export const WORKSPACE_FLOW_SCHEMA: JsonSchema = {
  ...FLOW_SCHEMA,
  title: 'PostHog Hog flow (flows/<slug>.yaml)',
  description: 'A Hog flow kept in a workspace; its id is in posthog.lock.json.',
  required: ['name', 'actions'],
};
