// Version history of functions and flows: written only when live content really changes (two rows
// the first time), newest first, paged as PostHog pages it, secrets never in a revision.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { envelope, useDraftEmulator } from './draftSupport';
import { CHECKOUT_ID, DIGEST_FLOW, FLOWS, FN, ONBOARDING_FLOW } from './helpers';

const CHECKOUT = `${FN}/${CHECKOUT_ID}`;
const FUNCTION_CONTENT_KEYS = ['filters', 'hog', 'inputs', 'inputs_schema', 'mappings', 'masking'];
const FLOW_CONTENT_KEYS = [
  'abort_action', 'actions', 'conversion', 'edges', 'email_sending_rate_limit', 'exit_condition', 'trigger',
  'trigger_masking', 'variables',
];

/** Keys reversed at every level: the same JSON to PostHog, different text to a naive comparison. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
}

describe('hog function revisions', () => {
  const api = useDraftEmulator();

  test('none before the first change; a metadata-only save writes none and keeps the version', async () => {
    const empty = await api.get(`${CHECKOUT}/revisions/`);
    assert.equal(empty.status, 200);
    assert.deepEqual(empty.body, { count: 0, next: null, previous: null, results: [] });
    const renamed = await api.call('PATCH', `${CHECKOUT}/`, { name: 'Renamed', description: 'Only metadata' });
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.body.version, 7);
    assert.equal((await api.get(`${CHECKOUT}/revisions/`)).body.count, 0);
  });

  test('the first content change bumps the version and writes the old state (no author) and the new', async () => {
    const before = (await api.get(`${CHECKOUT}/`)).body;
    const hog = `${before.hog}\nprint('second')`;
    const saved = await api.call('PATCH', `${CHECKOUT}/`, { hog });
    assert.equal(saved.body.version, 8);
    const list = await api.get(`${CHECKOUT}/revisions/`);
    assert.deepEqual(list.body.results.map((r: { version: number }) => r.version), [8, 7]);
    assert.deepEqual(Object.keys(list.body.results[0]).sort(), ['created_at', 'created_by', 'version']);
    assert.equal(list.body.results[1].created_by, null, 'the bootstrap snapshot has no author');
    assert.equal(list.body.results[0].created_by.email, before.created_by.email);

    const old = await api.get(`${CHECKOUT}/revisions/7/`);
    assert.equal(old.status, 200);
    assert.deepEqual(Object.keys(old.body.content).sort(), FUNCTION_CONTENT_KEYS);
    assert.equal(old.body.content.hog, before.hog);
    assert.equal((await api.get(`${CHECKOUT}/revisions/8/`)).body.content.hog, hog);
    assert.ok(!('api_key' in old.body.content.inputs), 'secret inputs are removed, not masked');
    assert.equal(old.body.content.inputs.url.value, before.inputs.url.value);
  });

  test('later changes add one row each; re-sending the same content (keys in another order) adds none', async () => {
    const fn = (await api.get(`${CHECKOUT}/`)).body;
    await api.call('PATCH', `${CHECKOUT}/`, { filters: { ...fn.filters, filter_test_accounts: false } });
    await api.call('PATCH', `${CHECKOUT}/`, { inputs: { ...fn.inputs, debug: { value: true } } });
    const current = (await api.get(`${CHECKOUT}/`)).body;
    assert.equal(current.version, 9);
    const same = await api.call('PATCH', `${CHECKOUT}/`, {
      hog: current.hog,
      filters: reversedKeys(current.filters),
      inputs: reversedKeys(current.inputs),
      inputs_schema: current.inputs_schema,
    });
    assert.equal(same.status, 200, same.text);
    assert.equal(same.body.version, 9);
    assert.notEqual(same.body.updated_at, current.updated_at, 'the save itself happened');
    const versions = (await api.get(`${CHECKOUT}/revisions/`)).body.results.map((r: { version: number }) => r.version);
    assert.deepEqual(versions, [9, 8, 7]);
  });

  test('unknown or non-numeric versions are 404, in the envelope', async () => {
    await api.call('PATCH', `${CHECKOUT}/`, { hog: "print('x')" });
    const unknown = await api.get(`${CHECKOUT}/revisions/99/`);
    assert.equal(unknown.status, 404);
    envelope('invalid_request', 'not_found', 'No such revision for this function.', null, unknown.body);
    assert.equal((await api.get(`${CHECKOUT}/revisions/latest/`)).status, 404);
    assert.equal((await api.get(`${FN}/00000000-0000-4000-8000-000000000000/revisions/`)).status, 404);
  });

  test('paged 100 at a time, newest first, with absolute next/previous links', async () => {
    const fn = (await api.get(`${CHECKOUT}/`)).body;
    for (let i = 0; i < 100; i++) {
      const saved = await api.call('PATCH', `${CHECKOUT}/`, { inputs: { ...fn.inputs, url: { value: `https://a.example/${i}` } } });
      assert.equal(saved.status, 200, saved.text);
    }
    const first = await api.get(`${CHECKOUT}/revisions/`);
    assert.equal(first.body.count, 101);
    assert.equal(first.body.results.length, 100);
    assert.equal(first.body.results[0].version, 107);
    assert.equal(first.body.next, `${api.emulator.url}${CHECKOUT}/revisions/?limit=100&offset=100`);
    const last = await api.get(first.body.next.slice(api.emulator.url.length));
    assert.deepEqual(last.body.results.map((r: { version: number }) => r.version), [7]);
    assert.equal(last.body.previous, `${api.emulator.url}${CHECKOUT}/revisions/?limit=100`);
    const small = await api.get(`${CHECKOUT}/revisions/?limit=2&offset=2`);
    assert.deepEqual(small.body.results.map((r: { version: number }) => r.version), [105, 104]);
  });
});

describe('hog flow revisions', () => {
  const api = useDraftEmulator();
  const DIGEST = `${FLOWS}/${DIGEST_FLOW}`;

  test('a content save writes two rows with the flow content, secrets removed; status and names write none', async () => {
    const flow = (await api.get(`${DIGEST}/`)).body;
    assert.equal((await api.call('PATCH', `${DIGEST}/`, { name: 'Digest renamed' })).body.version, flow.version);
    assert.equal((await api.get(`${DIGEST}/revisions/`)).body.count, 0);

    const variables = [{ key: 'campaign', type: 'string', default: 'weekly-digest-2' }];
    const saved = await api.call('PATCH', `${DIGEST}/`, { variables, actions: flow.actions });
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.body.version, flow.version + 1);
    const list = (await api.get(`${DIGEST}/revisions/`)).body;
    assert.deepEqual(list.results.map((r: { version: number }) => r.version), [flow.version + 1, flow.version]);

    const detail = (await api.get(`${DIGEST}/revisions/${flow.version}/`)).body;
    assert.deepEqual(Object.keys(detail.content).sort(), FLOW_CONTENT_KEYS);
    assert.equal(detail.content.variables[0].default, 'weekly-digest');
    assert.equal(detail.content.trigger.type, 'batch');
    const post = detail.content.actions.find((a: { id: string }) => a.id === 'post_digest');
    assert.deepEqual(Object.keys(post.config.inputs).sort(), ['channel', 'text'], 'the secret bot_token is gone');
  });

  test('404 for an unknown version; the list is capped at 500 a page', async () => {
    const flow = (await api.get(`${DIGEST}/`)).body;
    await api.call('PATCH', `${DIGEST}/`, { variables: [] });
    const missing = await api.get(`${DIGEST}/revisions/${flow.version + 5}/`);
    assert.equal(missing.status, 404);
    envelope('invalid_request', 'not_found', 'No such revision for this workflow.', null, missing.body);
    const capped = await api.get(`${DIGEST}/revisions/?limit=1000&offset=1`);
    assert.equal(capped.body.previous, `${api.emulator.url}${DIGEST}/revisions/?limit=500`);
  });

  test('an unchanged active flow saved again writes none', async () => {
    const flow = (await api.get(`${FLOWS}/${ONBOARDING_FLOW}/`)).body;
    const saved = await api.call('PATCH', `${FLOWS}/${ONBOARDING_FLOW}/`, { actions: flow.actions, edges: flow.edges });
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.body.version, flow.version);
    assert.equal((await api.get(`${FLOWS}/${ONBOARDING_FLOW}/revisions/`)).body.count, 0);
  });
});
