// Hog function endpoints: list (pagination, filters, ordering), create, retrieve, update
// (409, versioning, type immutability, soft delete), DELETE 405, rearrange.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CHECKOUT_ID, DELETED_ID, DROP_ID, FN, MASK_ID, RENAME_ID, SCRUB_ID, SLACK_ID, STAGING_ID, request, shiftMicros, useEmulator, VALID_HOG,
} from './helpers';

describe('hog functions', () => {
  const api = useEmulator();

  test('pagination with limit/offset and absolute next/previous URLs', async () => {
    const first = await api.get(`${FN}/?limit=5`);
    assert.equal(first.status, 200);
    assert.equal(first.body.count, 12);
    assert.equal(first.body.results.length, 5);
    assert.equal(first.body.previous, null);
    assert.equal(first.body.next, `${api.emulator.url}${FN}/?limit=5&offset=5`);
    const seen = new Set<string>(first.body.results.map((f: { id: string }) => f.id));
    let next: string | null = first.body.next;
    let pages = 1;
    while (next) {
      const page = (await request(next, 'GET')).body;
      page.results.forEach((f: { id: string }) => seen.add(f.id));
      if (pages === 1) assert.equal(page.previous, `${api.emulator.url}${FN}/?limit=5`);
      next = page.next;
      pages++;
    }
    assert.equal(pages, 3);
    assert.equal(seen.size, 12);
    assert.ok(!seen.has(DELETED_ID), 'soft-deleted seed is hidden');
    assert.ok(!seen.has(STAGING_ID), 'project 2 function is not listed in project 1');
  });

  test('ordering: execution_order ascending with nulls last, then -updated_at', async () => {
    const { body } = await api.get(`${FN}/`);
    const orders = body.results.map((f: { execution_order: number | null }) => f.execution_order);
    assert.deepEqual(orders.slice(0, 4), [1, 2, 3, 4]);
    assert.ok(orders.slice(4).every((o: number | null) => o === null));
    const rest = body.results.slice(4).map((f: { updated_at: string }) => f.updated_at);
    assert.deepEqual(rest, [...rest].sort().reverse());
  });

  test('minimal list form; ?full=true gives the full serializer', async () => {
    const minimal = (await api.get(`${FN}/?limit=1`)).body.results[0];
    assert.ok(!('inputs' in minimal) && !('version' in minimal) && !('bytecode' in minimal));
    const full = (await api.get(`${FN}/?limit=1&full=true`)).body.results[0];
    assert.ok('inputs' in full && 'version' in full && 'inputs_schema' in full);
  });

  test('filters: type comma list, enabled, search', async () => {
    const types = await api.get(`${FN}/?type=site_app,source_webhook`);
    assert.deepEqual(types.body.results.map((f: { type: string }) => f.type).sort(), ['site_app', 'source_webhook']);
    const disabled = await api.get(`${FN}/?enabled=false`);
    assert.ok(disabled.body.count >= 2);
    assert.ok(disabled.body.results.every((f: { enabled: boolean }) => !f.enabled));
    const search = await api.get(`${FN}/?search=SLACK`);
    assert.deepEqual(search.body.results.map((f: { id: string }) => f.id), [SLACK_ID]);
    const byDescription = await api.get(`${FN}/?search=orders service`);
    assert.deepEqual(byDescription.body.results.map((f: { id: string }) => f.id), [CHECKOUT_ID]);
  });

  test('create: 201 full object, template copying, transformation appended to the order', async () => {
    const created = await api.call('POST', `${FN}/`, {
      type: 'destination',
      name: 'From template',
      template_id: 'template-webhook',
      inputs: { url: { value: 'https://example.com/hook' } },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.hog.includes('fetch(inputs.url'), true);
    assert.equal(created.body.template.id, 'template-webhook');
    assert.equal(created.body.icon_url, '/static/services/webhook.svg');
    assert.equal(created.body.version, 1);
    assert.equal(created.body.enabled, false);
    assert.deepEqual(created.body.status, { state: 0, tokens: 0 });
    assert.match(created.body.updated_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    assert.equal(created.body.inputs.url.value, 'https://example.com/hook');
    assert.equal(created.body.inputs.method, undefined, 'optional inputs that were not sent are dropped');
    assert.equal((await api.get(`${FN}/${created.body.id}/`)).body.name, 'From template');

    const transformation = await api.call('POST', `${FN}/`, { type: 'transformation', name: 'Last', hog: 'return event' });
    assert.equal(transformation.status, 201, transformation.text);
    assert.equal(transformation.body.execution_order, 5);
  });

  test('create validation: unknown template, missing hog, bad type, warehouse type', async () => {
    const unknownTemplate = await api.call('POST', `${FN}/`, { template_id: 'template-nope' });
    assert.equal(unknownTemplate.status, 400);
    assert.equal(unknownTemplate.body.attr, 'template_id');
    assert.equal(unknownTemplate.body.detail, "No template found for id 'template-nope'");
    const missingHog = await api.call('POST', `${FN}/`, { type: 'destination', name: 'x' });
    assert.equal(missingHog.body.attr, 'hog');
    assert.equal(missingHog.body.code, 'required');
    const badType = await api.call('POST', `${FN}/`, { type: 'email', hog: VALID_HOG });
    assert.equal(badType.body.code, 'invalid_choice');
    assert.equal(badType.body.attr, 'type');
    const warehouse = await api.call('POST', `${FN}/`, { type: 'warehouse_source_webhook', hog: VALID_HOG });
    assert.equal(warehouse.status, 400);
    assert.equal(warehouse.body.attr, 'type');
    const mappings = await api.call('POST', `${FN}/`, { type: 'transformation', hog: 'return event', mappings: [] });
    assert.equal(mappings.body.attr, 'mappings');
  });

  test('invalid Hog is rejected with the exact envelope; site code is not Hog-validated', async () => {
    const invalid = await api.call('POST', `${FN}/`, { type: 'destination', hog: 'let x := (1 + ' });
    assert.equal(invalid.status, 400);
    assert.deepEqual(invalid.body, {
      type: 'validation_error',
      code: 'invalid_input',
      detail: 'Hog code has errors.',
      attr: 'hog',
    });
    const site = await api.call('POST', `${FN}/`, {
      type: 'site_app',
      hog: 'export function onLoad() { const x: number = 1 }',
    });
    assert.equal(site.status, 201, site.text);
    assert.equal(site.body.bytecode, null);
    assert.equal(typeof site.body.transpiled, 'string');
    const hogFn = (await api.get(`${FN}/${CHECKOUT_ID}/`)).body;
    assert.equal(hogFn.bytecode[0], '_H');
    assert.equal(hogFn.transpiled, null);
  });

  test('PATCH bumps updated_at every save and version only on config changes', async () => {
    const before = (await api.get(`${FN}/${SLACK_ID}/`)).body;
    const renamed = await api.call('PATCH', `${FN}/${SLACK_ID}/`, { name: 'Signups to #growth', base_updated_at: before.updated_at });
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.body.version, before.version);
    assert.ok(renamed.body.updated_at > before.updated_at);
    const recoded = await api.call('PATCH', `${FN}/${SLACK_ID}/`, { hog: `${before.hog}\nprint('done')\n` });
    assert.equal(recoded.body.version, before.version + 1);
    const retyped = await api.call('PUT', `${FN}/${SLACK_ID}/`, { description: 'via PUT' });
    assert.equal(retyped.status, 200);
    assert.equal(retyped.body.description, 'via PUT');
  });

  test('base_updated_at: strictly newer stored stamp → 409, exact echo and naive UTC pass', async () => {
    const current = (await api.get(`${FN}/${CHECKOUT_ID}/`)).body;
    const stamp: string = current.updated_at;
    const stale = await api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { base_updated_at: shiftMicros(stamp, -1), name: 'n1' });
    assert.equal(stale.status, 409, 'one microsecond older is stale');
    const truncated = await api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { base_updated_at: stamp.slice(0, 23) + 'Z', name: 'n1' });
    assert.equal(truncated.status, stamp.slice(23, 26) === '000' ? 200 : 409, 'millisecond truncation loses');
    const fresh = (await api.get(`${FN}/${CHECKOUT_ID}/`)).body.updated_at;
    const naive = fresh.replace('Z', '');
    const ok = await api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { base_updated_at: naive, name: 'n2' });
    assert.equal(ok.status, 200, ok.text);
    const withOffset = await api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, {
      base_updated_at: ok.body.updated_at.replace('Z', '+00:00'),
      name: 'n3',
    });
    assert.equal(withOffset.status, 200);
    const old = await api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { base_updated_at: ok.body.updated_at, name: 'n4' });
    assert.equal(old.status, 409);
    assert.equal(old.body.code, 'stale_update');
    assert.equal(old.body.type, 'server_error');
    const bad = await api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { base_updated_at: 'yesterday' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.attr, 'base_updated_at');
  });

  test('type is immutable; DELETE is 405; template_id is ignored on update', async () => {
    const typed = await api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { type: 'site_app' });
    assert.equal(typed.status, 400);
    assert.equal(typed.body.attr, 'type');
    const same = await api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { type: 'destination' });
    assert.equal(same.status, 200);
    const del = await api.call('DELETE', `${FN}/${CHECKOUT_ID}/`);
    assert.equal(del.status, 405);
    assert.equal(del.body.code, 'method_not_allowed');
    const template = await api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { template_id: 'template-slack' });
    assert.equal(template.body.template.id, 'template-webhook');
  });

  test('soft delete hides the function; undelete brings it back', async () => {
    const created = await api.call('POST', `${FN}/`, { type: 'destination', name: 'Doomed', hog: VALID_HOG });
    const id = created.body.id;
    const deleted = await api.call('PATCH', `${FN}/${id}/`, { deleted: true });
    assert.equal(deleted.status, 200);
    assert.ok(!('deleted' in deleted.body));
    assert.equal((await api.get(`${FN}/${id}/`)).status, 404);
    const list = await api.get(`${FN}/?limit=100`);
    assert.ok(!list.body.results.some((f: { id: string }) => f.id === id));
    assert.equal((await api.call('PATCH', `${FN}/${id}/`, { name: 'still deleted' })).status, 404);
    const restored = await api.call('PATCH', `${FN}/${id}/`, { deleted: false });
    assert.equal(restored.status, 200);
    assert.equal((await api.get(`${FN}/${id}/`)).status, 200);
  });

  test('enabling a function disabled by the system resets its state to degraded', async () => {
    const off = await api.call('PATCH', `${FN}/0197e2a1-5c3b-7d4e-8f90-000000000005/`, { enabled: false });
    assert.deepEqual(off.body.status, { state: 0, tokens: 0 });
    const on = await api.call('PATCH', `${FN}/0197e2a1-5c3b-7d4e-8f90-000000000005/`, { enabled: true });
    assert.equal(on.body.status.state, 2);
  });

  test('rearrange: bare array of full transformations ordered by execution_order', async () => {
    const r = await api.call('PATCH', `${FN}/rearrange/`, { orders: { [DROP_ID]: 1, [SCRUB_ID]: 2, [MASK_ID]: 3 } });
    assert.equal(r.status, 200, r.text);
    assert.ok(Array.isArray(r.body));
    const ids = r.body.map((f: { id: string }) => f.id);
    assert.deepEqual(ids.slice(0, 3), [DROP_ID, SCRUB_ID, MASK_ID]);
    assert.ok(ids.includes(RENAME_ID));
    assert.ok(r.body.every((f: { type: string; inputs: unknown }) => f.type === 'transformation' && f.inputs));
    const listed = await api.get(`${FN}/?type=transformation`);
    assert.equal(listed.body.results[0].id, DROP_ID);
  });

  test('rearrange errors', async () => {
    const empty = await api.call('PATCH', `${FN}/rearrange/`, { orders: {} });
    assert.equal(empty.status, 400);
    assert.equal(empty.body.detail, 'No orders provided');
    const unknown = await api.call('PATCH', `${FN}/rearrange/`, { orders: { [CHECKOUT_ID]: 1 } });
    assert.equal(unknown.body.detail, `HogFunction with id ${CHECKOUT_ID} does not exist`);
    const log = await api.call('POST', `${FN}/`, { type: 'transformation_log', hog: 'return event' });
    assert.equal(log.status, 400);
  });
});
