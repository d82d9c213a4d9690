// Hog function drafts (reference §11): who gets one, staging, publish with preview and token,
// discard, restore into the draft, use_draft test runs and masked_secrets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { envelope, MCP, type DraftClient, useDraftEmulator } from './draftSupport';
import { CHECKOUT_ID, FN, RENAME_ID, SCRUB_ID, SLACK_ID } from './helpers';

const CHECKOUT = `${FN}/${CHECKOUT_ID}`;
const STAGED_HOG = "print('staged by an agent')";
const STALE = /changed since you previewed the publish/;

/** An agent stages new code on the enabled checkout destination. */
async function stage(api: DraftClient, body: Record<string, unknown> = { hog: STAGED_HOG }) {
  const staged = await api.as(MCP, 'PATCH', `${CHECKOUT}/`, body);
  assert.equal(staged.status, 200, staged.text);
  return staged.body;
}

async function preview(api: DraftClient) {
  const r = await api.call('POST', `${CHECKOUT}/publish/`, {});
  assert.equal(r.status, 200, r.text);
  return r.body;
}

describe('hog function drafts: who gets one and what is staged', () => {
  const api = useDraftEmulator();

  test('agent headers stage a draft; our own User-Agent and plain keys write live', async () => {
    const agents: Record<string, string>[] = [MCP, { 'user-agent': 'posthog/mcp-server 2.1' }, { 'user-agent': 'posthog/codex 1.0' }, { 'user-agent': 'posthog-cli/0.4' }];
    for (const headers of agents) {
      await api.admin('/_emulator/reset');
      const r = await api.as(headers, 'PATCH', `${CHECKOUT}/`, { hog: STAGED_HOG });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.body.draft?.hog, STAGED_HOG, JSON.stringify(headers));
      assert.notEqual(r.body.hog, STAGED_HOG);
    }
    const notAgents: Record<string, string>[] = [{ 'user-agent': 'posthog-hog-vscode' }, { 'x-posthog-client': 'web' }];
    for (const headers of notAgents) {
      await api.admin('/_emulator/reset');
      const r = await api.as(headers, 'PATCH', `${CHECKOUT}/`, { hog: STAGED_HOG });
      assert.equal(r.body.hog, STAGED_HOG, JSON.stringify(headers));
      assert.equal(r.body.draft, null);
      assert.equal(r.body.version, 8);
    }
  });

  test('content goes to a full draft snapshot; version and live content stay; updated_at moves only with metadata', async () => {
    const before = (await api.get(`${CHECKOUT}/`)).body;
    const staged = await stage(api);
    assert.equal(staged.version, before.version);
    assert.equal(staged.hog, before.hog);
    assert.equal(staged.updated_at, before.updated_at, 'content only: the live row is untouched');
    assert.deepEqual(Object.keys(staged.draft).sort(), ['filters', 'hog', 'inputs', 'inputs_schema', 'mappings', 'masking']);
    assert.deepEqual(staged.draft.inputs.api_key, { secret: true });
    assert.deepEqual(staged.draft.filters.events, before.filters.events);
    assert.match(staged.draft_updated_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    const listed = (await api.get(`${FN}/?limit=100`)).body.results.find((f: { id: string }) => f.id === CHECKOUT_ID);
    assert.equal(listed.draft_updated_at, staged.draft_updated_at, 'lists show "draft pending"');

    const second = await stage(api, { inputs: { ...before.inputs, debug: { value: true } }, name: 'Renamed by agent' });
    assert.equal(second.draft.hog, STAGED_HOG, 'the second edit lands on top of the first');
    assert.equal(second.draft.inputs.debug.value, true);
    assert.equal(second.name, 'Renamed by agent', 'metadata applies live');
    assert.notEqual(second.updated_at, before.updated_at);
    assert.equal(second.version, before.version);
  });

  test('disabled destinations and other types are edited live even by agents', async () => {
    const disabled = await api.as(MCP, 'PATCH', `${FN}/${RENAME_ID}/`, { hog: STAGED_HOG });
    assert.equal(disabled.body.hog, STAGED_HOG);
    assert.equal(disabled.body.draft, null);
    const transformation = (await api.get(`${FN}/${SCRUB_ID}/`)).body;
    const r = await api.as(MCP, 'PATCH', `${FN}/${SCRUB_ID}/`, { hog: `${transformation.hog}\n` });
    assert.equal(r.body.draft, null);
  });

  test('draft edits are fenced by draft_updated_at; a stale base is 409', async () => {
    const before = (await api.get(`${CHECKOUT}/`)).body;
    const staged = await stage(api, { hog: STAGED_HOG, base_updated_at: before.updated_at });
    const stale = await api.as(MCP, 'PATCH', `${CHECKOUT}/`, { hog: 'print(1)', base_updated_at: before.updated_at });
    assert.equal(stale.status, 409);
    envelope('server_error', 'stale_update', STALE, null, stale.body);
    const fresh = await api.as(MCP, 'PATCH', `${CHECKOUT}/`, { hog: 'print(2)', base_updated_at: staged.draft_updated_at });
    assert.equal(fresh.status, 200, fresh.text);
  });

  test('enabling a function with an open draft is 400 for every caller; agents creating enabled destinations too', async () => {
    await stage(api);
    assert.equal((await api.call('PATCH', `${CHECKOUT}/`, { enabled: false })).status, 200);
    const enable = await api.call('PATCH', `${CHECKOUT}/`, { enabled: true });
    assert.equal(enable.status, 400);
    envelope('validation_error', 'invalid_input', /staged for review. Publish or discard it before enabling/, 'enabled', enable.body);
    const created = await api.as(MCP, 'POST', `${FN}/`, { type: 'destination', hog: STAGED_HOG, enabled: true });
    assert.equal(created.status, 400);
    envelope('validation_error', 'invalid_input', /Create destinations disabled/, 'enabled', created.body);
    assert.equal((await api.call('POST', `${FN}/`, { type: 'destination', hog: STAGED_HOG, enabled: true })).status, 201);
  });
});

describe('hog function drafts: publish and discard', () => {
  const api = useDraftEmulator();

  test('nothing staged: publish is 400; preview changes nothing and lists the changed fields', async () => {
    const none = await api.call('POST', `${CHECKOUT}/publish/`, {});
    assert.equal(none.status, 400);
    envelope('validation_error', 'invalid_input', 'This function has no staged draft to publish.', null, none.body);
    const before = await stage(api, { hog: STAGED_HOG, masking: { ttl: 60, hash: '{person.id}', threshold: null } });
    const p = await preview(api);
    assert.deepEqual(Object.keys(p).sort(), ['changed_fields', 'confirm_token', 'draft_updated_at', 'function', 'published']);
    assert.equal(p.published, false);
    assert.equal(p.function, null);
    assert.equal(p.draft_updated_at, before.draft_updated_at);
    assert.deepEqual(p.changed_fields, ['hog', 'masking']);
    assert.equal(typeof p.confirm_token, 'string');
    const after = (await api.get(`${CHECKOUT}/`)).body;
    assert.deepEqual([after.hog, after.version, after.updated_at], [before.hog, before.version, before.updated_at]);
  });

  test('confirm with the token publishes: version +1, revisions written, draft cleared', async () => {
    const before = await stage(api);
    const p = await preview(api);
    const published = await api.call('POST', `${CHECKOUT}/publish/`, { confirm: true, confirm_token: p.confirm_token });
    assert.equal(published.status, 200, published.text);
    assert.deepEqual(
      { ...published.body, function: null },
      { published: true, draft_updated_at: null, confirm_token: null, changed_fields: null, function: null },
    );
    const fn = published.body.function;
    assert.equal(fn.hog, STAGED_HOG);
    assert.equal(fn.version, before.version + 1);
    assert.equal(fn.draft, null);
    assert.equal(fn.draft_updated_at, null);
    assert.deepEqual(fn.inputs.api_key, { secret: true }, 'the live secret survived');
    const versions = (await api.get(`${CHECKOUT}/revisions/`)).body.results.map((r: { version: number }) => r.version);
    assert.deepEqual(versions, [before.version + 1, before.version]);
    const again = await api.call('POST', `${CHECKOUT}/publish/`, { confirm: true, confirm_token: p.confirm_token });
    assert.equal(again.status, 400, 'nothing is staged any more');
  });

  test('token problems: missing, invalid and expired are 400 on confirm_token; a change since the preview is 409', async () => {
    await stage(api);
    const missing = await api.call('POST', `${CHECKOUT}/publish/`, { confirm: true });
    assert.equal(missing.status, 400);
    envelope('validation_error', 'invalid_input', /^Required when confirming a publish/, 'confirm_token', missing.body);
    const invalid = await api.call('POST', `${CHECKOUT}/publish/`, { confirm: true, confirm_token: 'forged:token' });
    envelope('validation_error', 'invalid_input', /^Invalid\./, 'confirm_token', invalid.body);

    const expiring = await preview(api);
    await api.admin('/_emulator/expire-publish-tokens');
    const expired = await api.call('POST', `${CHECKOUT}/publish/`, { confirm: true, confirm_token: expiring.confirm_token });
    assert.equal(expired.status, 400);
    envelope('validation_error', 'invalid_input', 'Expired. Preview the publish again to get a fresh token.', 'confirm_token', expired.body);

    const draftEdited = await preview(api);
    await stage(api, { hog: 'print(3)' });
    const stale = await api.call('POST', `${CHECKOUT}/publish/`, { confirm: true, confirm_token: draftEdited.confirm_token });
    assert.equal(stale.status, 409);
    envelope('server_error', 'stale_update', STALE, null, stale.body);

    const liveEdited = await preview(api);
    await api.call('PATCH', `${CHECKOUT}/`, { description: 'edited live meanwhile' });
    const staleLive = await api.call('POST', `${CHECKOUT}/publish/`, { confirm: true, confirm_token: liveEdited.confirm_token });
    assert.equal(staleLive.status, 409);
    assert.equal((await api.get(`${CHECKOUT}/`)).body.draft.hog, 'print(3)', 'nothing was published');
  });

  test('a disabled function publishes without a token', async () => {
    await stage(api);
    await api.call('PATCH', `${CHECKOUT}/`, { enabled: false });
    const published = await api.call('POST', `${CHECKOUT}/publish/`, { confirm: true });
    assert.equal(published.status, 200, published.text);
    assert.equal(published.body.function.hog, STAGED_HOG);
    assert.equal(published.body.function.enabled, false);
  });

  test('discard drops the draft, is idempotent and keeps updated_at', async () => {
    const staged = await stage(api);
    for (let i = 0; i < 2; i++) {
      const discarded = await api.call('POST', `${CHECKOUT}/discard_draft/`);
      assert.equal(discarded.status, 200, discarded.text);
      assert.equal(discarded.body.draft, null);
      assert.equal(discarded.body.draft_updated_at, null);
      assert.equal(discarded.body.updated_at, staged.updated_at);
      assert.notEqual(discarded.body.hog, STAGED_HOG);
    }
  });
});

describe('hog function drafts: restore, use_draft, masked_secrets', () => {
  const api = useDraftEmulator();

  test('restore copies a revision into the draft; an open draft needs overwrite (409 draft_exists)', async () => {
    const original = (await api.get(`${CHECKOUT}/`)).body;
    await api.call('PATCH', `${CHECKOUT}/`, { hog: "print('v8')" });
    const restored = await api.call('POST', `${CHECKOUT}/revisions/7/restore/`, { overwrite: false });
    assert.equal(restored.status, 200, restored.text);
    assert.equal(restored.body.hog, "print('v8')", 'live untouched');
    assert.equal(restored.body.draft.hog, original.hog);
    assert.deepEqual(restored.body.draft.inputs.api_key, { secret: true }, 'the live secret re-attaches');
    assert.ok(restored.body.draft_updated_at);

    const conflict = await api.call('POST', `${CHECKOUT}/revisions/8/restore/`, {});
    assert.equal(conflict.status, 409);
    envelope('server_error', 'draft_exists', /open draft.*overwrite=true/, null, conflict.body);
    const overwritten = await api.call('POST', `${CHECKOUT}/revisions/8/restore/`, { overwrite: true });
    assert.equal(overwritten.body.draft.hog, "print('v8')");
    assert.equal((await api.call('POST', `${CHECKOUT}/revisions/3/restore/`, { overwrite: true })).status, 404);

    const p = await preview(api);
    assert.deepEqual(p.changed_fields, [], 'the draft equals live');
  });

  test('use_draft runs the draft; without one it is 400 on use_draft', async () => {
    const none = await api.call('POST', `${CHECKOUT}/invocations/`, { use_draft: true, globals: {} });
    assert.equal(none.status, 400);
    envelope('validation_error', 'invalid_input', 'This function has no staged draft to test.', 'use_draft', none.body);
    const broken = await api.as(MCP, 'PATCH', `${CHECKOUT}/`, { hog: 'let := broken' });
    assert.equal(broken.status, 400, 'a draft edit is validated like a save');
    assert.equal((await api.get(`${CHECKOUT}/`)).body.draft, null);
    const live = (await api.get(`${CHECKOUT}/`)).body;
    const schema = live.inputs_schema.filter((item: { key: string }) => item.key !== 'debug');
    await stage(api, { inputs_schema: schema, inputs: { url: { value: 'https://orders.example.com/draft-hook' }, api_key: { secret: true } } });
    const globals = { event: { uuid: 'e-1', event: '$pageview', properties: {} } };
    const ran = await api.call('POST', `${CHECKOUT}/invocations/`, { use_draft: true, globals });
    assert.equal(ran.status, 200, ran.text);
    assert.equal(ran.body.status, 'success');
    const ranLines = ran.body.logs.map((log: { message: string }) => log.message);
    assert.match(ranLines[1], /^fetch\('https:\/\/orders\.example\.com\/draft-hook'/, 'the draft ran');
    assert.match(ranLines[1], /"Authorization": "Bearer \*\*\*REDACTED\*\*\*"/, 'with its secret');
    const liveRun = await api.call('POST', `${CHECKOUT}/invocations/`, { configuration: { hog: live.hog, inputs_schema: live.inputs_schema, inputs: live.inputs }, globals });
    assert.match(liveRun.body.logs[1].message, /^fetch\('https:\/\/orders\.example\.com\/hooks\/posthog'/, 'the live configuration runs without use_draft');
  });

  test('masked_secrets lists functions storing the mask, live and in the draft, as a bare array', async () => {
    assert.deepEqual((await api.get(`${FN}/masked_secrets/`)).body, []);
    await stage(api, { hog: STAGED_HOG });
    await api.admin('/_emulator/mask-secret', { id: CHECKOUT_ID, key: 'api_key' });
    assert.equal((await api.as(MCP, 'PATCH', `${FN}/${SLACK_ID}/`, { hog: STAGED_HOG })).status, 200);
    await api.admin('/_emulator/mask-secret', { id: SLACK_ID, key: 'bot_token', draft: true });
    const listed = await api.get(`${FN}/masked_secrets/`);
    assert.equal(listed.status, 200);
    const byId = Object.fromEntries(listed.body.map((item: { id: string }) => [item.id, item]));
    assert.deepEqual(byId[CHECKOUT_ID], {
      id: CHECKOUT_ID, name: 'Checkout pageviews to webhook', type: 'destination', enabled: true, input_keys: ['api_key'], draft_input_keys: [],
    });
    assert.deepEqual([byId[SLACK_ID].input_keys, byId[SLACK_ID].draft_input_keys], [[], ['bot_token']]);
    assert.equal(listed.body.length, 2);
  });
});
