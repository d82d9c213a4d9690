// JSON Schema of `functions/<slug>.test.yaml`: test cases of one Hog function, run locally by
// `hog test`. Which expectations compare exactly and which partially is said per field (and in the
// README, "Tests as files").
import type { JsonSchema } from './jsonSchema';

const OBJECT_OR_NULL: JsonSchema = { type: ['object', 'null'] };

const globals: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'What the function sees as globals in this case (the inputs come from the function and the case).',
  properties: {
    event: { type: 'object', description: 'The event: uuid, event, distinct_id, properties, timestamp, elements_chain, url.' },
    person: { ...OBJECT_OR_NULL, description: 'The person: id, properties, name, url.' },
    groups: { type: 'object', description: 'Groups by type: id, type, index, properties, url.' },
    project: { type: 'object', description: 'The project: id, name, url.' },
    request: {
      type: 'object',
      description: 'The HTTP request of a source webhook. `stringBody` defaults to the JSON of `body`, `method` to POST.',
      properties: {
        method: { type: 'string' },
        headers: { type: 'object', additionalProperties: { type: 'string' }, description: 'Header names in lower case, as the worker gives them.' },
        body: { description: 'The parsed body.' },
        stringBody: { type: 'string', description: 'The raw body (what a signature is computed over).' },
        query: { type: 'object' },
        ip: { type: 'string' },
      },
    },
  },
};

const mockedResponse: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'The answer to one fetch() call. Calls take the first unused answer whose url matches.',
  properties: {
    url: { type: 'string', minLength: 1, description: 'Only a call to this URL takes this answer; `*` matches any characters. Absent: any call.' },
    status: { type: 'integer', minimum: 100, maximum: 599, default: 200 },
    body: { description: 'The response body Hog receives (default {}).' },
  },
};

const logEntry: JsonSchema = {
  anyOf: [
    { type: 'string', description: 'A log line containing this text.' },
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        level: { enum: ['debug', 'info', 'warn', 'error'] },
        message: { type: 'string', description: 'Text the line contains.' },
      },
    },
  ],
};

const expectations: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { enum: ['success', 'error', 'skipped'], description: 'Exact. Default: error when `errors` lists any, else success.' },
    result: { description: 'Deep-equal: a transformation\'s resulting event (null: dropped), else the return value (null: none).' },
    print: { type: 'array', items: { type: 'string' }, description: 'Exact and in order: every print() line, as PostHog logs it (arguments joined by ", ").' },
    logs: { type: 'array', items: logEntry, description: 'Partial: each entry matches a later log line than the one before (level equal, message contained).' },
    errors: { type: 'array', items: { type: 'string' }, description: 'Exact and in order: the run\'s error messages.' },
    captured: {
      type: 'array',
      description: 'Exact count and order: the events postHogCapture() captured; each given field deep-equal.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { event: { type: 'string' }, distinct_id: { type: 'string' }, properties: { type: 'object' } },
      },
    },
    fetches: {
      type: 'array',
      description: 'Exact count and order: the fetch() calls; url, method (default POST) and body equal, the headers given present.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          url: { type: 'string' },
          method: { type: 'string' },
          headers: { type: 'object', additionalProperties: { type: 'string' } },
          body: {},
        },
      },
    },
  },
};

const testCase: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1, description: 'Unique in the file; `hog test --grep` matches it.' },
    globals: { $ref: '#/$defs/globals' },
    inputs: {
      type: 'object',
      description: 'Input values by key, replacing the function\'s `value` (its templating stays); how secret inputs get a value here.',
    },
    fetch: { type: 'array', items: { $ref: '#/$defs/mockedResponse' }, description: 'Mocked answers to fetch(), in call order.' },
    expect: { $ref: '#/$defs/expectations' },
  },
};

export const WORKSPACE_TEST_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Hog function tests (functions/<slug>.test.yaml)',
  description: 'Cases run locally by `hog test` against functions/<slug>.hog and functions/<slug>.yaml.',
  type: 'object',
  additionalProperties: false,
  required: ['cases'],
  properties: { cases: { type: 'array', minItems: 1, items: { $ref: '#/$defs/testCase' } } },
  $defs: { testCase, globals, mockedResponse, expectations },
};
