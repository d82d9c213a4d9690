// Hog functions as PostHog's serializers write them (reference §5.1; products/cdp/backend/api/
// hog_function.py): the minimal list form and the full form. Nullable where PostHog's model is
// (name, icon_url, bytecode, transpiled, filters, masking, mappings, execution_order).
import type { HogFunctionTemplate } from '../types/template';
import type { HogFunction, HogFunctionSummary } from '../types/hogFunction';
import {
  anything, boolean, type Check, fields, fieldsOf, integer, listOf, nullable, number, optional, string,
} from './check';
import {
  inputsSchema, inputValues, nullableList, nullableObject, presentInputs, schemaOrEmpty, templateId, timestamp, userBasic, uuid,
} from './common';
import { shape } from './shape';

/** A template nested in a function: shown, not used, so only its identity is checked. */
const nestedTemplate: Check = nullable(fields({ id: string, name: string }));

const summaryFields = {
  id: uuid,
  // Required on create and immutable; a function without a type cannot be opened or saved.
  type: string,
  name: nullable(string),
  description: string,
  created_at: timestamp,
  created_by: userBasic,
  updated_at: timestamp,
  enabled: boolean,
  hog: string,
  filters: nullableObject,
  icon_url: nullable(string),
  template: nestedTemplate,
  status: nullable(fields({ state: integer, tokens: number })),
  execution_order: nullable(integer),
  search_match_type: optional(nullable(string)),
  draft_updated_at: optional(nullable(timestamp)),
};

export const hogFunctionSummary = shape<HogFunctionSummary>('hog function', fieldsOf<HogFunctionSummary>(summaryFields));

export const hogFunction = shape<HogFunction>(
  'hog function',
  fieldsOf<HogFunction>({
    ...summaryFields,
    bytecode: nullable(listOf(anything)),
    transpiled: nullable(string),
    inputs_schema: inputsSchema,
    inputs: inputValues,
    masking: nullableObject,
    mappings: nullableList,
    batch_export_id: optional(nullable(string)),
    version: optional(integer),
    draft: optional(nullableObject),
  }),
  (value) => ({ ...value, inputs_schema: schemaOrEmpty(value.inputs_schema), inputs: presentInputs(value.inputs) }) as unknown as HogFunction,
);

export const template = shape<HogFunctionTemplate>(
  'template',
  fieldsOf<HogFunctionTemplate>({
    id: templateId,
    name: string,
    description: nullable(string),
    code: string,
    code_language: optional(string),
    inputs_schema: inputsSchema,
    type: string,
    status: string,
    category: listOf(string),
    free: optional(boolean),
    icon_url: optional(nullable(string)),
    filters: optional(nullableObject),
    masking: optional(nullableObject),
    mapping_templates: optional(nullableList),
  }),
  (value) => ({ ...value, inputs_schema: schemaOrEmpty(value.inputs_schema) }) as unknown as HogFunctionTemplate,
);
