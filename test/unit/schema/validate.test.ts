// The JSON Schema validator: each keyword it supports, and errors that carry the path of the value.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validate, type JsonSchema } from '../../../src/schema';

const schema: JsonSchema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 5 },
    count: { type: 'integer', minimum: 1, maximum: 3 },
    kind: { enum: ['a', 'b'] },
    tags: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z]+$' } },
    nested: { $ref: '#/$defs/nested' },
    either: { anyOf: [{ type: 'string' }, { type: 'object', required: ['x'], properties: { x: { type: 'number' } } }] },
    fixed: { const: true },
  },
  $defs: { nested: { type: ['object', 'null'], properties: { deep: { type: 'boolean' } } } },
  if: { properties: { kind: { const: 'b' } }, required: ['kind'] },
  then: { required: ['count'] },
};

function messages(value: unknown): string[] {
  return validate(schema, value).map((error) => `${error.path.join('.')}: ${error.message}`);
}

describe('schema validator', () => {
  test('a valid value has no errors', () => {
    assert.deepEqual(messages({ name: 'ok', count: 2, kind: 'b', tags: ['x'], nested: null, either: { x: 1 }, fixed: true }), []);
  });

  test('types, with the path of the value', () => {
    assert.deepEqual(messages({ name: 3, nested: { deep: 'yes' } }), [
      'name: must be a string, not number 3',
      'nested.deep: must be a boolean, not string "yes"',
    ]);
    assert.deepEqual(messages([]), [': must be a mapping, not a list']);
    assert.deepEqual(messages({ name: 'x', count: 1.5 }), ['count: must be an integer, not number 1.5']);
  });

  test('required and unknown fields', () => {
    assert.deepEqual(messages({ nme: 'x' }), [
      ": is missing the required field 'name'",
      "nme: unknown field 'nme' (allowed: name, count, kind, tags, nested, either, fixed)",
    ]);
  });

  test('enum, const, bounds, lengths, patterns, minItems', () => {
    assert.deepEqual(messages({ name: '', count: 9, kind: 'c', tags: [], fixed: false }), [
      'name: must have at least 1 characters',
      'count: must be at most 3',
      'kind: must be one of: "a", "b"',
      'tags: must have at least 1 item',
      'fixed: must be true',
    ]);
    assert.deepEqual(messages({ name: 'toolong', count: 0, tags: ['ok', 'Not'] }), [
      'name: must have at most 5 characters',
      'count: must be at least 1',
      'tags.1: must match ^[a-z]+$',
    ]);
  });

  test('anyOf reports the alternative that got furthest', () => {
    assert.deepEqual(messages({ name: 'x', either: { x: 'one' } }), ['either.x: must be a number, not string "one"']);
    assert.deepEqual(messages({ name: 'x', either: 5 }), ['either: must be a string, not number 5']);
  });

  test('if/then applies only when the condition holds', () => {
    assert.deepEqual(messages({ name: 'x', kind: 'a' }), []);
    assert.deepEqual(messages({ name: 'x', kind: 'b' }), [": is missing the required field 'count'"]);
  });

  test('an unknown reference is a programming error', () => {
    assert.throws(() => validate({ $ref: '#/$defs/missing' }, 1), /Unresolvable schema reference/);
  });
});
