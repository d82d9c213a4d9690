// Authentication, scopes, routing rules (trailing slash, @current, unknown project/route) and
// request parsing errors.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHECKOUT_ID, FLOWS, FN, request, useEmulator } from './helpers';

describe('auth and routing', () => {
  const api = useEmulator({
    apiKeys: [
      { key: 'phx_all', scopes: ['*'] },
      { key: 'phx_fn_read', scopes: ['hog_function:read'] },
      { key: 'phx_fn_write', scopes: ['hog_function:write'] },
      { key: 'phx_flow_write', scopes: ['hog_flow:write'] },
      { key: 'phx_discovery', scopes: ['user:read', 'project:read', 'organization:read'] },
      { key: 'phx_no_projects', scopes: ['*'], withoutProjects: true },
    ],
  });

  test('401 without a key and with an unknown key, never echoing the key', async () => {
    const missing = await api.get(`${FN}/`, null);
    assert.equal(missing.status, 401);
    assert.deepEqual(missing.body, {
      type: 'authentication_error',
      code: 'not_authenticated',
      detail: 'Authentication credentials were not provided.',
      attr: null,
    });
    const unknown = await api.get(`${FN}/`, 'phx_secret_value_123');
    assert.equal(unknown.status, 401);
    assert.equal(unknown.body.code, 'authentication_failed');
    assert.ok(!unknown.text.includes('phx_secret_value_123'));
  });

  test('a key without projects: @me has no team or organization, no project is listed or reachable', async () => {
    const me = await api.get('/api/users/@me/', 'phx_no_projects');
    assert.equal(me.status, 200);
    assert.equal(me.body.team, null);
    assert.equal(me.body.organization, null);
    assert.deepEqual(me.body.organizations, []);
    assert.deepEqual((await api.get('/api/projects/', 'phx_no_projects')).body.results, []);
    assert.equal((await api.get(`${FN}/`, 'phx_no_projects')).status, 404);
    assert.equal((await api.get(`${FN}/`, 'phx_all')).status, 200);
  });

  test('the demo key is not accepted when other keys are configured', async () => {
    assert.equal((await api.get(`${FN}/`)).status, 401);
  });

  test('scopes: read allows reads only; write implies read', async () => {
    assert.equal((await api.get(`${FN}/`, 'phx_fn_read')).status, 200);
    const denied = await api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { name: 'x' }, 'phx_fn_read');
    assert.equal(denied.status, 403);
    assert.deepEqual(denied.body, {
      type: 'authentication_error',
      code: 'permission_denied',
      detail: "API key missing required scope 'hog_function:write'",
      attr: null,
    });
    assert.equal((await api.get(`${FN}/`, 'phx_fn_write')).status, 200);
    assert.equal((await api.get(`${FLOWS}/`, 'phx_fn_write')).status, 403);
    const discovery = await api.get('/api/users/@me/', 'phx_fn_read');
    assert.equal(discovery.body.detail, "API key missing required scope 'user:read'");
    assert.equal((await api.get('/api/users/@me/', 'phx_discovery')).status, 200);
    assert.equal((await api.get('/api/projects/', 'phx_discovery')).status, 200);
  });

  test('multi-scope endpoints name the missing scope', async () => {
    const r = await api.call('POST', `${FLOWS}/user_blast_radius/`, { filters: {} }, 'phx_flow_write');
    assert.equal(r.status, 403);
    assert.equal(r.body.detail, "API key missing required scope 'person:read'");
  });

  test('icons: 403 for scoped keys, answered for a * key', async () => {
    const denied = await api.get(`${FN}/icons/?query=slack`, 'phx_fn_write');
    assert.equal(denied.status, 403);
    assert.equal(denied.body.code, 'permission_denied');
    const icons = await api.get(`${FN}/icons/?query=slack`, 'phx_all');
    assert.equal(icons.status, 200);
    assert.equal(icons.body[0].id, 'slack');
    assert.match(icons.body[0].url, /\/api\/projects\/@current\/hog_functions\/icon\/\?id=slack$/);
    assert.deepEqual((await api.get(`${FN}/icons/`, 'phx_all')).body, []);
    const icon = await api.get(`${FN}/icon/?id=slack`, 'phx_all');
    assert.equal(icon.status, 200);
    assert.equal(icon.headers.get('content-type'), 'image/svg+xml');
    assert.match(icon.text, /^<svg /);
    assert.equal((await api.get(`${FN}/icon/`, 'phx_all')).status, 400);
  });

  test('trailing slash is required; unknown routes give the 404 envelope', async () => {
    const noSlash = await api.get(`${FN}`, 'phx_all');
    assert.equal(noSlash.status, 404);
    assert.equal(noSlash.body.code, 'not_found');
    assert.equal((await api.get(`${FN}/${CHECKOUT_ID}`, 'phx_all')).status, 404);
    const unknown = await api.get('/api/nothing/here/', 'phx_all');
    assert.deepEqual(unknown.body, { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null });
    const broadcast = await api.call('POST', `${FN}/${CHECKOUT_ID}/broadcast/`, {}, 'phx_all');
    assert.equal(broadcast.status, 404);
  });

  test('@current is the current team; unknown projects are 404; environments alias works', async () => {
    const current = await api.get('/api/projects/@current/hog_functions/', 'phx_all');
    const one = await api.get('/api/projects/1/hog_functions/', 'phx_all');
    assert.equal(current.body.count, one.body.count);
    assert.equal((await api.get('/api/projects/999/hog_functions/', 'phx_all')).status, 404);
    assert.equal((await api.get('/api/projects/abc/hog_functions/', 'phx_all')).status, 404);
    assert.equal((await api.get('/api/environments/1/hog_functions/', 'phx_all')).body.count, one.body.count);
    const me = await api.get('/api/users/@me/', 'phx_all');
    assert.equal(me.body.team.id, 1);
  });

  test('organization projects by id and @current; unknown organization is 404', async () => {
    const me = await api.get('/api/users/@me/', 'phx_all');
    const byId = await api.get(`/api/organizations/${me.body.organizations[0].id}/projects/`, 'phx_all');
    assert.deepEqual(byId.body.results.map((p: { id: number }) => p.id), [1, 2]);
    const current = await api.get('/api/organizations/@current/projects/', 'phx_all');
    assert.equal(current.body.count, 2);
    assert.equal((await api.get('/api/organizations/nope/projects/', 'phx_all')).status, 404);
  });

  test('wrong method is 405; malformed JSON is 400 parse_error', async () => {
    const wrong = await api.call('DELETE', '/api/users/@me/', undefined, 'phx_all');
    assert.equal(wrong.status, 405);
    assert.equal(wrong.body.code, 'method_not_allowed');
    const malformed = await request(`${api.emulator.url}${FN}/`, 'POST', '{"name": ', 'phx_all', true);
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.type, 'invalid_request');
    assert.equal(malformed.body.code, 'parse_error');
  });
});
