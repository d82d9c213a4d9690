// JSON Schema of a Hog function's configuration: the `functions/<slug>.yaml` file of a workspace
// and the configuration document VS Code opens. Fields and descriptions from PostHog's
// HogFunctionSerializer (products/cdp/backend/api/hog_function.py; reference §5.1).
import { SHARED_DEFINITIONS } from './definitions';
import type { JsonSchema } from './jsonSchema';

export const FUNCTION_TYPES = [
  'destination', 'site_destination', 'internal_destination', 'source_webhook', 'warehouse_source_webhook',
  'site_app', 'transformation', 'transformation_log',
] as const;

const properties: Record<string, JsonSchema> = {
  type: {
    enum: FUNCTION_TYPES,
    description: 'Function type. Set on create and immutable afterwards; site_destination and site_app hold TypeScript, the others Hog.',
  },
  name: { type: 'string', maxLength: 400, description: 'Display name for the function.' },
  description: { type: 'string', description: 'Human-readable description of what this function does.' },
  enabled: { type: 'boolean', default: false, description: 'Whether the function is active and processing events.' },
  template_id: {
    type: ['string', 'null'],
    description: 'ID of the template the function was created from (e.g. template-webhook). PostHog only reads it on create.',
  },
  execution_order: {
    type: ['integer', 'null'],
    description: 'Execution priority for transformations. Lower values run first.',
  },
  icon_url: { type: ['string', 'null'], description: "URL for the function's icon displayed in the UI." },
  inputs_schema: {
    type: 'array',
    items: { $ref: '#/$defs/inputSchemaItem' },
    description: 'Schema defining the configurable input parameters for this function.',
  },
  inputs: { $ref: '#/$defs/inputs' },
  filters: { $ref: '#/$defs/filters' },
  mappings: {
    anyOf: [{ type: 'array', items: { $ref: '#/$defs/mapping' } }, { type: 'null' }],
    description: 'Event-to-destination field mappings. Only for destination and site_destination types.',
  },
  masking: {
    anyOf: [{ $ref: '#/$defs/masking' }, { type: 'null' }],
    description: 'PII masking configuration with TTL, threshold, and hash expression.',
  },
};

/**
 * The configuration document as VS Code's JSON buffer holds it: every field optional (a document
 * sends only what it holds), `icon_url` editable.
 */
export const FUNCTION_CONFIG_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'PostHog Hog function configuration',
  description: "A Hog function's configuration; its code lives in a separate .hog document.",
  type: 'object',
  additionalProperties: false,
  properties,
  $defs: SHARED_DEFINITIONS,
};

/** `functions/<slug>.yaml`: what the workspace writes and pushes (no icon; type and name required). */
export const WORKSPACE_FUNCTION_SCHEMA: JsonSchema = {
  ...FUNCTION_CONFIG_SCHEMA,
  title: 'PostHog Hog function (functions/<slug>.yaml)',
  description: 'A Hog function kept in a workspace; its code is functions/<slug>.hog beside this file, its id is in posthog.lock.json.',
  required: ['type', 'name'],
  properties: Object.fromEntries(Object.entries(properties).filter(([key]) => key !== 'icon_url')),
};
