// The /_emulator/* test routes: request log, faults (status, headers, HTML/JSON bodies, delay,
// reset, times), reset, touch and log injection; and their absence without `admin`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startEmulator } from '../../../src/emulator/index';
import { CHECKOUT_ID, FLOWS, FN, ONBOARDING_FLOW, request, useEmulator } from './helpers';

describe('admin routes', () => {
  const api = useEmulator();
  const admin = (method: string, path: string, body?: unknown) => request(`${api.emulator.url}/_emulator/${path}`, method, body, null);

  test('request log: every request except /_emulator/*, oldest first, without authorization', async () => {
    await admin('DELETE', 'requests');
    await api.call('PATCH', `${FN}/${CHECKOUT_ID}/?x=1`, { name: 'Logged' });
    await request(`${api.emulator.url}${FN}/`, 'POST', 'not json', 'phx_local_demo', true);
    await api.get('/api/users/@me/');
    const log = (await admin('GET', 'requests')).body;
    assert.equal(log.length, 3);
    assert.deepEqual(
      { method: log[0].method, path: log[0].path, query: log[0].query, body: log[0].body },
      { method: 'PATCH', path: `${FN}/${CHECKOUT_ID}/`, query: { x: '1' }, body: { name: 'Logged' } },
    );
    assert.equal(log[0].headers['content-type'], 'application/json');
    assert.equal(log[0].headers.authorization, undefined);
    assert.ok(!JSON.stringify(log).includes('phx_local_demo'));
    assert.equal(log[1].body, 'not json');
    assert.equal(log[2].body, null);
    await admin('DELETE', 'requests');
    assert.deepEqual((await admin('GET', 'requests')).body, []);
  });

  test('faults: JSON body with headers, applied `times` times, still logged', async () => {
    const fault = {
      match: { method: 'GET', path: '/hog_functions/$' },
      response: { status: 429, headers: { 'retry-after': '7' }, body: { type: 'throttled_error', code: 'throttled', detail: 'Request was throttled. Expected available in 7 seconds.', attr: null } },
      times: 2,
    };
    assert.equal((await admin('POST', 'faults', fault)).status, 201);
    await admin('DELETE', 'requests');
    for (let i = 0; i < 2; i++) {
      const r = await api.get(`${FN}/`);
      assert.equal(r.status, 429);
      assert.equal(r.headers.get('retry-after'), '7');
      assert.equal(r.body.code, 'throttled');
    }
    assert.equal((await api.get(`${FN}/`)).status, 200);
    assert.equal((await api.get(`${FN}/${CHECKOUT_ID}/`)).status, 200, 'path regex did not match');
    assert.equal((await admin('GET', 'requests')).body.length, 4);
  });

  test('faults: string bodies are sent as-is (HTML from a proxy, truncated JSON); omitted times = 1', async () => {
    await admin('POST', 'faults', { match: { path: 'hog_flows' }, response: { status: 502, body: '<html><body>Bad gateway</body></html>' } });
    const html = await api.get(`${FLOWS}/`);
    assert.equal(html.status, 502);
    assert.equal(html.text, '<html><body>Bad gateway</body></html>');
    assert.match(html.headers.get('content-type') ?? '', /text\/html/);
    await admin('POST', 'faults', { match: { method: 'GET' }, response: { status: 200, body: '{"count": 3, "resu', headers: { 'content-type': 'application/json' } } });
    const truncated = await api.get(`${FLOWS}/`);
    assert.equal(truncated.text, '{"count": 3, "resu');
    assert.equal((await api.get(`${FLOWS}/`)).status, 200);
  });

  test('faults: delayMs delays, reset destroys the socket, DELETE clears', async () => {
    await admin('POST', 'faults', { match: { path: 'users' }, response: { status: 503, body: { detail: 'slow' }, delayMs: 150 } });
    const started = Date.now();
    assert.equal((await api.get('/api/users/@me/')).status, 503);
    assert.ok(Date.now() - started >= 140);
    await admin('POST', 'faults', { match: { path: 'users' }, response: { reset: true } });
    await assert.rejects(api.get('/api/users/@me/'));
    await admin('POST', 'faults', { match: { path: 'users' }, response: { status: 500 }, times: 5 });
    await admin('DELETE', 'faults');
    assert.equal((await api.get('/api/users/@me/')).status, 200);
    assert.equal((await admin('POST', 'faults', { match: { path: '(' } })).status, 400);
  });

  test('faults: bodyBytes streams a JSON object of exactly that size and logs what was sent', async () => {
    await admin('POST', 'faults', { match: { path: 'users' }, response: { status: 200, bodyBytes: 200_000 } });
    await admin('DELETE', 'requests');
    const answer = await api.get('/api/users/@me/');
    assert.equal(answer.status, 200);
    assert.equal(answer.text.length, 200_000);
    assert.equal(answer.body.pad.length, 200_000 - '{"pad":""}'.length);
    const [logged] = (await admin('GET', 'requests')).body;
    assert.deepEqual([logged.streamedBytes, logged.streamComplete], [200_000, true]);
    assert.equal((await admin('POST', 'faults', { match: { path: 'users' }, response: { bodyBytes: 3 } })).status, 400);
  });

  test('touch changes the object as another user would', async () => {
    const before = (await api.get(`${FN}/${CHECKOUT_ID}/`)).body;
    const touched = await admin('POST', 'touch', { kind: 'hog_function', id: CHECKOUT_ID });
    assert.equal(touched.status, 200);
    assert.ok(touched.body.updated_at > before.updated_at);
    assert.notEqual(touched.body.description, before.description);
    const stale = await api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { base_updated_at: before.updated_at, name: 'mine' });
    assert.equal(stale.status, 409);
    const flow = await admin('POST', 'touch', { kind: 'hog_flow', id: ONBOARDING_FLOW });
    assert.equal(flow.body.id, ONBOARDING_FLOW);
    assert.equal((await admin('POST', 'touch', { kind: 'hog_flow', id: 'nope' })).status, 404);
  });

  test('logs injection: default timestamp now, microsecond strings', async () => {
    const r = await admin('POST', 'logs', { kind: 'hog_flow', id: ONBOARDING_FLOW, entries: [{ level: 'warn', message: 'burst 1' }, { level: 'INFO', message: 'burst 2', instance_id: 'i-1' }] });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.length, 2);
    assert.match(r.body[0].timestamp, /\.\d{6}Z$/);
    assert.equal(r.body[1].instance_id, 'i-1');
    const latest = (await api.get(`${FLOWS}/${ONBOARDING_FLOW}/logs/?limit=2`)).body.results;
    assert.deepEqual(latest.map((e: { message: string }) => e.message), ['burst 2', 'burst 1']);
    assert.equal((await admin('POST', 'logs', { kind: 'hog_flow', id: ONBOARDING_FLOW, entries: [{ level: 'LOUD', message: 'x' }] })).status, 400);
  });

  test('reset restores the seed and clears requests and faults', async () => {
    await api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { name: 'Changed before reset' });
    await admin('POST', 'faults', { match: { path: 'never-matches-anything' }, response: { status: 500 } });
    assert.equal((await admin('POST', 'reset')).status, 200);
    assert.deepEqual((await admin('GET', 'requests')).body, []);
    assert.equal((await api.get(`${FN}/${CHECKOUT_ID}/`)).body.name, 'Checkout pageviews to webhook');
  });

  test('without admin the routes do not exist', async () => {
    const plain = await startEmulator();
    try {
      const r = await request(`${plain.url}/_emulator/requests`, 'GET', undefined, null);
      assert.equal(r.status, 404);
    } finally {
      await plain.close();
    }
  });
});
