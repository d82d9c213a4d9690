import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FLOW_FIELDS, FUNCTION_CONFIG_FIELDS, parseDocument, renderDocument } from '../../../src/documents/formats';
import { locateAttr, positionAt } from '../../../src/documents/attrLocation';
import { sharedPath, sharedSkip } from '../support/shared';

function sample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(sharedPath('reference', 'samples', name), 'utf8')) as Record<string, unknown>;
}

describe('document formats', { skip: sharedSkip('reference/samples') }, () => {
  it('function configuration: writable fields only, stable order, 2-space indent, trailing newline', () => {
    const fn = sample('hog-function.destination.json');
    const text = renderDocument('functionConfig', fn);
    assert.ok(text.endsWith('}\n'));
    assert.ok(text.startsWith('{\n  "name": '));
    const parsed = JSON.parse(text) as Record<string, unknown>;
    assert.deepEqual(Object.keys(parsed), FUNCTION_CONFIG_FIELDS.filter((f) => f in fn));
    assert.ok(!('hog' in parsed) && !('id' in parsed) && !('updated_at' in parsed));
    const inputs = parsed.inputs as Record<string, Record<string, unknown>>;
    assert.deepEqual(inputs.api_key, { secret: true });
    assert.deepEqual(inputs.url, { value: 'https://orders.example.com/hooks/posthog', templating: 'hog' });
    const filters = parsed.filters as Record<string, unknown>;
    assert.ok(!('bytecode' in filters));
    assert.equal((filters.events as Array<Record<string, unknown>>)[0]!.order, 0, 'event order is user data');
    assert.equal(renderDocument('functionConfig', JSON.parse(JSON.stringify(fn))), text, 'deterministic');
  });

  it('function code is the hog source as is', () => {
    const fn = sample('hog-function.destination.json');
    assert.equal(renderDocument('functionCode', fn), fn.hog);
    assert.deepEqual(parseDocument('functionCode', 'print(1)'), { ok: true, fields: { hog: 'print(1)' } });
  });

  it('flow definition: writable fields, no derived trigger or read-only fields', () => {
    const flow = sample('hog-flow.json');
    const parsed = JSON.parse(renderDocument('flow', flow)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(parsed), [...FLOW_FIELDS]);
    const webhook = (parsed.actions as Array<{ id: string; config: { inputs?: Record<string, unknown> } }>).find(
      (a) => a.id === 'action_webhook_g7h8',
    )!;
    assert.deepEqual(webhook.config.inputs!.headers, { secret: true });
    assert.deepEqual(webhook.config.inputs!.url, { value: 'https://crm.example.com/hooks/signup', templating: 'hog' });
    assert.ok(!JSON.stringify(parsed).includes('"bytecode"'));
  });

  it('a rendered document parses back into exactly its fields', () => {
    const fn = sample('hog-function.destination.json');
    const text = renderDocument('functionConfig', fn);
    const parsed = parseDocument('functionConfig', text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.fields, JSON.parse(text));
  });

  it('rejects invalid JSON with the error position, and fields a document cannot save', () => {
    const broken = '{\n  "name": "x",\n  "enabled": tru\n}\n';
    const result = parseDocument('functionConfig', broken);
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(positionAt(broken, result.offset), { line: 2, character: 13 });
    const withHog = parseDocument('functionConfig', '{"name": "x", "hog": "print(1)"}');
    assert.ok(!withHog.ok && withHog.message.includes('.hog document'));
    const withId = parseDocument('flow', '{"id": "x"}');
    assert.ok(!withId.ok && withId.offset === 1);
    assert.equal(parseDocument('flow', '[]').ok, false);
  });

  it('refuses what the schema refuses, at the value, with the path', () => {
    const text = '{\n  "name": "x",\n  "enabled": "yes",\n  "inputs_schema": [{"key": "url", "type": "link"}]\n}\n';
    const result = parseDocument('functionConfig', text);
    assert.ok(!result.ok);
    assert.equal(result.message, 'enabled: must be a boolean, not string "yes".');
    assert.equal(text.slice(result.offset, result.offset + result.length), '"enabled"');
    const flow = parseDocument('flow', '{"status": "paused"}');
    assert.ok(!flow.ok && flow.message.startsWith('status: must be one of'));
  });

  it('keeps a __proto__ key as an ordinary field', () => {
    const parsed = parseDocument('functionConfig', '{"inputs": {"__proto__": {"value": 1}, "b": {"value": 2}}}');
    assert.ok(parsed.ok);
    const inputs = parsed.fields.inputs as Record<string, unknown>;
    assert.deepEqual(Object.keys(inputs), ['__proto__', 'b']);
    assert.equal(Object.getPrototypeOf(inputs), Object.prototype);
  });

  it('locates attrs: hog on the code, inputs__key on the JSON key', () => {
    const fn = sample('hog-function.destination.json');
    const config = renderDocument('functionConfig', fn);
    const at = locateAttr('functionConfig', config, 'inputs__url')!;
    assert.equal(config.slice(at.offset, at.offset + at.length), '"url"');
    assert.equal(positionAt(config, at.offset).line > 0, true);
    assert.deepEqual(locateAttr('functionCode', 'let a := 1\nprint(a)', 'hog'), { offset: 0, length: 10 });
    assert.equal(locateAttr('functionCode', 'x', 'inputs__url'), undefined);
  });
});
