// A function's content (hog, inputs_schema, inputs, filters, mappings, masking): snapshots for drafts
// and revisions, their wire forms, and what a publish would change (reference §11; PostHog's
// products/cdp/backend/api/hog_function.py, DRAFT_CONTENT_FIELDS and draft_changed_fields).
import { serializeInputs } from './hogFunctionInputs';
import { jsonEqual, type JsonObject } from './json';
import type { FunctionContent, StoredHogFunction, StoredInputs } from './model';

/** Request keys that carry content; an agent PATCH with any of them stages a draft. */
export const FUNCTION_CONTENT_KEYS = ['hog', 'inputs_schema', 'inputs', 'filters', 'mappings', 'masking'] as const;

const STORED_KEY: Record<(typeof FUNCTION_CONTENT_KEYS)[number], keyof FunctionContent> = {
  hog: 'hog',
  inputs_schema: 'inputsSchema',
  inputs: 'inputs',
  filters: 'filters',
  mappings: 'mappings',
  masking: 'masking',
};

export function functionContentOf(fn: FunctionContent): FunctionContent {
  return structuredClone({
    hog: fn.hog,
    inputsSchema: fn.inputsSchema,
    inputs: fn.inputs,
    filters: fn.filters,
    mappings: fn.mappings,
    masking: fn.masking,
  });
}

/** A revision never holds secrets. */
export function withoutSecrets(content: FunctionContent): FunctionContent {
  const secret = new Set(content.inputsSchema.filter((item) => item.secret === true).map((item) => item.key));
  const inputs = Object.fromEntries(Object.entries(content.inputs).filter(([key]) => !secret.has(key)));
  return { ...structuredClone(content), inputs };
}

/** A revision restored into a draft takes its secrets from the live inputs, as PostHog's publish does. */
export function withLiveSecrets(content: FunctionContent, live: StoredInputs): FunctionContent {
  const inputs: StoredInputs = structuredClone(content.inputs);
  for (const item of content.inputsSchema) {
    const stored = live[item.key];
    if (item.secret === true && stored && !inputs[item.key]) inputs[item.key] = structuredClone(stored);
  }
  return { ...structuredClone(content), inputs };
}

/** The wire form; secrets still present come out as `{"secret": true}`. */
export function serializeFunctionContent(content: FunctionContent): JsonObject {
  return structuredClone({
    hog: content.hog,
    inputs_schema: content.inputsSchema,
    inputs: serializeInputs(content.inputsSchema, content.inputs),
    filters: content.filters,
    mappings: content.mappings,
    masking: content.masking,
  });
}

/** The content as a PATCH body, to validate it again (publish) or test it (use_draft). */
export function functionContentBody(content: FunctionContent): JsonObject {
  const inputs: JsonObject = {};
  for (const [key, input] of Object.entries(content.inputs)) {
    inputs[key] = input.templating ? { value: input.value, templating: input.templating } : { value: input.value };
  }
  return structuredClone({
    hog: content.hog,
    inputs_schema: content.inputsSchema,
    inputs,
    filters: content.filters,
    mappings: content.mappings,
    masking: content.masking,
  });
}

/** Sorted names of the fields publishing the draft would change. */
export function changedFields(fn: StoredHogFunction): string[] {
  const draft = fn.draft;
  if (!draft) return [];
  return FUNCTION_CONTENT_KEYS.filter((key) => !jsonEqual(draft[STORED_KEY[key]], fn[STORED_KEY[key]])).sort();
}
