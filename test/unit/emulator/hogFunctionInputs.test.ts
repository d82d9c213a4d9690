// Inputs and secrets: schema-driven replacement, required/default/unknown keys, type checks,
// the secret round trip, and test invocations (run for real).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { compileSource } from '../../../src/hog/compiler';
import { CHECKOUT_ID, FN, SCRUB_ID, useEmulator, VALID_HOG } from './helpers';

const SCHEMA = [
  { key: 'url', type: 'string', label: 'URL', required: true },
  { key: 'api_key', type: 'string', label: 'API key', required: true, secret: true },
  { key: 'retries', type: 'number', label: 'Retries', required: true, default: 3 },
  { key: 'headers', type: 'dictionary', label: 'Headers' },
  { key: 'debug', type: 'boolean', label: 'Debug' },
];

describe('hog function inputs and secrets', () => {
  const api = useEmulator();

  async function create(inputs: unknown) {
    return api.call('POST', `${FN}/`, { type: 'destination', name: 'Inputs', hog: VALID_HOG, inputs_schema: SCHEMA, inputs });
  }

  test('secrets are returned as {"secret": true} and never in clear', async () => {
    const created = await create({ url: { value: 'https://a.example' }, api_key: { value: 'sk_very_secret_1' } });
    assert.equal(created.status, 201, created.text);
    assert.deepEqual(created.body.inputs.api_key, { secret: true });
    assert.ok(!created.text.includes('sk_very_secret_1'));
    const full = await api.get(`${FN}/?full=true&limit=100`);
    assert.ok(!full.text.includes('sk_very_secret_1'));
    const seeded = await api.get(`${FN}/${CHECKOUT_ID}/`);
    assert.deepEqual(seeded.body.inputs.api_key, { secret: true });
  });

  test('marker, {} and omission keep the stored secret; {"value"} rotates it', async () => {
    const id = (await create({ url: { value: 'https://a.example' }, api_key: { value: 'sk_one' } })).body.id;
    for (const apiKey of [{ secret: true }, { secret: true, value: '********' }, {}, undefined]) {
      const inputs = { url: { value: 'https://b.example' }, ...(apiKey === undefined ? {} : { api_key: apiKey }) };
      const r = await api.call('PATCH', `${FN}/${id}/`, { inputs });
      assert.equal(r.status, 200, `${JSON.stringify(apiKey)}: ${r.text}`);
      assert.deepEqual(r.body.inputs.api_key, { secret: true });
    }
    const rotated = await api.call('PATCH', `${FN}/${id}/`, { inputs: { url: { value: 'https://b.example' }, api_key: { value: 'sk_two' } } });
    assert.equal(rotated.status, 200);
    assert.ok(!rotated.text.includes('sk_two'));
    const masked = await api.call('PATCH', `${FN}/${id}/`, { inputs: { url: { value: 'x' }, api_key: { value: '********' } } });
    assert.equal(masked.status, 400);
    assert.equal(masked.body.attr, 'inputs__api_key');
  });

  test('a marker with nothing stored is a 400 on inputs__<key>', async () => {
    const r = await create({ url: { value: 'https://a.example' }, api_key: { secret: true } });
    assert.equal(r.status, 400);
    assert.equal(r.body.attr, 'inputs__api_key');
    assert.equal(r.body.detail, 'No value is saved for this secret input. Enter the value again.');
  });

  test('inputs are replaced as a whole map driven by the schema', async () => {
    const created = await create({
      url: { value: 'https://a.example' },
      api_key: { value: 'sk_x' },
      headers: { value: { 'X-A': '1' } },
      debug: { value: true },
      unknown_key: { value: 'dropped' },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.inputs.unknown_key, undefined, 'unknown keys are dropped');
    assert.equal(created.body.inputs.retries.value, 3, 'required input with a default is filled in');
    assert.equal(created.body.inputs.url.templating, 'hog');
    assert.deepEqual(created.body.inputs.url.bytecode, ['_H', 1, 32, 'https://a.example']);
    const patched = await api.call('PATCH', `${FN}/${created.body.id}/`, { inputs: { url: { value: 'https://c.example' } } });
    assert.equal(patched.status, 200, patched.text);
    assert.equal(patched.body.inputs.headers, undefined, 'omitted non-secret keys are dropped');
    assert.equal(patched.body.inputs.debug, undefined);
    assert.deepEqual(patched.body.inputs.api_key, { secret: true }, 'omitted secrets are kept');
    const untouched = await api.call('PATCH', `${FN}/${created.body.id}/`, { name: 'no inputs key' });
    assert.equal(untouched.body.inputs.url.value, 'https://c.example', 'omitting inputs keeps them');
  });

  test('required inputs and type checks', async () => {
    const missing = await create({ api_key: { value: 'k' } });
    assert.deepEqual(missing.body, {
      type: 'validation_error',
      code: 'invalid_input',
      detail: 'This field is required.',
      attr: 'inputs__url',
    });
    const empty = await create({ url: { value: '' }, api_key: { value: 'k' } });
    assert.equal(empty.body.attr, 'inputs__url');
    const cases: Array<[string, unknown, string]> = [
      ['url', 42, 'Value must be a string.'],
      ['retries', 'three', 'Value must be a number.'],
      ['headers', ['a'], 'Value must be a dictionary.'],
      ['debug', 5, 'Value must be a boolean.'],
    ];
    for (const [key, value, detail] of cases) {
      const r = await create({ url: { value: 'https://a.example' }, api_key: { value: 'k' }, [key]: { value } });
      assert.equal(r.status, 400, key);
      assert.equal(r.body.attr, `inputs__${key}`);
      assert.equal(r.body.detail, detail);
    }
    const badSchema = await api.call('POST', `${FN}/`, { hog: VALID_HOG, inputs_schema: [{ key: 'x', type: 'color' }] });
    assert.equal(badSchema.body.attr, 'inputs_schema__0__type');
  });

  test("a saved function carries PostHog's bytecode, and its inputs their template bytecode in order", async () => {
    const created = await create({
      url: { value: 'https://a.example/{event.event}' },
      api_key: { value: 'sk_x' },
      headers: { value: { 'X-Id': '{inputs.url}' } },
    });
    assert.equal(created.status, 201, created.text);
    assert.deepEqual(created.body.bytecode, compileSource(VALID_HOG).bytecode);
    assert.deepEqual(created.body.inputs.url.bytecode, ['_H', 1, 32, 'https://a.example/', 32, 'event', 32, 'event', 1, 2, 2, 'concat', 2]);
    assert.deepEqual(created.body.inputs.headers.bytecode, { 'X-Id': ['_H', 1, 32, 'url', 32, 'inputs', 1, 2] });
    assert.deepEqual(
      Object.entries(created.body.inputs).map(([key, input]) => [key, (input as { order?: number }).order]),
      [['url', 0], ['api_key', undefined], ['retries', 2], ['headers', 3]],
      'in order (headers reads url); secrets show only {secret: true}',
    );
    const refused = await create({ url: { value: 'Hi {{ person.name }}' }, api_key: { value: 'k' } });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.attr, 'inputs__url');
    assert.match(refused.body.detail, /^Invalid template: .*Liquid-style/);
  });

  test('invocation: a transformation returns the event its code computed; a destination its logs', async () => {
    const event = { uuid: 'e-77', event: '$pageview', distinct_id: 'd-1', properties: { $ip: '10.0.0.1', email: 'ada@example.com', plan: 'pro' } };
    const fn = (await api.get(`${FN}/${SCRUB_ID}/`)).body;
    const inputs = { propertiesToHash: { value: ['email'] }, salt: { value: 'pepper' }, dropIp: { value: true } };
    const r = await api.call('POST', `${FN}/${SCRUB_ID}/invocations/`, {
      configuration: { hog: fn.hog, inputs_schema: fn.inputs_schema, inputs, type: 'transformation', name: 'Scrub' },
      globals: { event, project: { id: 1, url: 'https://ph.example/project/1' } },
    });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(Object.keys(r.body), ['result', 'status', 'errors', 'logs']);
    assert.equal(r.body.status, 'success');
    assert.deepEqual(r.body.errors, []);
    const hashed = createHash('sha256').update('pepperada@example.com').digest('hex');
    assert.deepEqual(r.body.result.properties.email, hashed, 'the code hashed the e-mail with the salt');
    assert.equal(r.body.result.properties.$ip, null, 'and dropped the IP');
    assert.equal(r.body.result.properties.plan, 'pro');
    assert.match(r.body.result.properties.$transformations_succeeded[0], /^Scrub \([0-9a-f-]{36}\)$/);
    assert.match(r.body.logs.at(-1).message, /^Function completed in [\d.]+ms\. Sync: [\d.]+ms\. Mem: [\d.]+kb\. Ops: \d+\. Event: ''$/);
    const destination = await api.call('POST', `${FN}/new/invocations/`, {
      configuration: { type: 'destination', hog: VALID_HOG, inputs_schema: [{ key: 'url', type: 'string' }], inputs: { url: { value: 'https://hooks.example/{event.event}' } } },
      globals: { event },
    });
    assert.equal(destination.status, 200, destination.text);
    assert.equal(destination.body.result, null);
    assert.deepEqual(destination.body.logs.slice(0, 3).map((l: { message: string }) => l.message), [
      "Async function 'fetch' was mocked with arguments:",
      `fetch('https://hooks.example/$pageview', {\n  "method": "POST"\n})`,
      '200',
    ]);
    const source = await api.call('POST', `${FN}/new/invocations/`, { configuration: { type: 'source_webhook', hog: VALID_HOG }, globals: { event } });
    assert.equal(source.status, 400, "PostHog's worker runs no source_webhook test invocation");
    assert.deepEqual(source.body, { status: 'error' });
  });

  test('invocation validation: configuration required, raw serializer errors, secret recovery', async () => {
    const missing = await api.call('POST', `${FN}/${CHECKOUT_ID}/invocations/`, { globals: {} });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body, {
      type: 'validation_error',
      code: 'invalid_input',
      detail: 'Required unless use_draft is true.',
      attr: 'configuration',
    });
    const badHog = await api.call('POST', `${FN}/${CHECKOUT_ID}/invocations/`, { configuration: { hog: 'let := 1' } });
    assert.equal(badHog.status, 400);
    assert.deepEqual(badHog.body, { configuration: { hog: ['Hog code has errors.'] } });
    const fn = (await api.get(`${FN}/${CHECKOUT_ID}/`)).body;
    const recovered = await api.call('POST', `${FN}/${CHECKOUT_ID}/invocations/`, {
      configuration: { hog: fn.hog, inputs_schema: fn.inputs_schema, inputs: fn.inputs },
      globals: { event: { uuid: 'e-1', event: '$pageview', properties: {} } },
    });
    assert.equal(recovered.status, 200, recovered.text);
    assert.match(recovered.body.logs[1].message, /Bearer \*\*\*REDACTED\*\*\*/, 'the stored secret was recovered, and redacted in the log');
    const noEvent = await api.call('POST', `${FN}/${CHECKOUT_ID}/invocations/`, { configuration: { hog: fn.hog, inputs_schema: fn.inputs_schema, inputs: fn.inputs } });
    assert.equal(noEvent.status, 400, 'the worker needs an event');
    assert.deepEqual(noEvent.body, { status: 'error' });
    const unsaved = await api.call('POST', `${FN}/new/invocations/`, {
      configuration: { hog: fn.hog, inputs_schema: fn.inputs_schema, inputs: fn.inputs },
    });
    assert.equal(unsaved.status, 400, 'a new function has no stored secret to recover');
    assert.deepEqual(unsaved.body, { configuration: { inputs: { api_key: ['No value is saved for this secret input. Enter the value again.'] } } });
  });
});
