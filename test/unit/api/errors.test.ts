// Every error the client can report, produced by the emulator itself or through its fault routes,
// and the rule that the API key appears in none of them.
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import {
  ApiError, MalformedResponseError, PostHogError, StaleUpdateError,
} from '../../../src/api';
import {
  ALL_KEY, assertNoKey, makeClient, READONLY_KEY, rejection, useClientFixture,
} from './support/harness';

describe('errors', () => {
  const fx = useClientFixture();
  let functionId: string;

  beforeEach(async () => {
    const [destination] = await fx.client.hogFunctions.list(fx.projectId, { type: ['destination'] }).all();
    functionId = destination!.id;
  });

  describe('statuses from the emulator', () => {
    test('401 for an unknown key, which appears nowhere in the error', async () => {
      const wrongKey = 'phx_wrong_key_0123456789';
      const stranger = makeClient(fx.emu, { apiKey: wrongKey });
      try {
        const error = await rejection(() => stranger.discovery.me());
        assertNoKey(error, [wrongKey]);
        assert.ok(error instanceof ApiError, String(error));
        assert.equal(error.status, 401);
        assert.equal(error.type, 'authentication_error');
        assert.ok(error instanceof PostHogError);
        assert.match(error.message, /401/);
      } finally {
        await stranger.close();
      }
    });

    test('403 when the key lacks the scope', async () => {
      const readonly = makeClient(fx.emu, { apiKey: READONLY_KEY });
      try {
        const fn = await readonly.hogFunctions.get(fx.projectId, functionId);
        const error = await rejection(() => readonly.hogFunctions.update(fx.projectId, fn.id, { name: 'x' }));
        assert.ok(error instanceof ApiError, String(error));
        assert.equal(error.status, 403);
        assert.equal(error.code, 'permission_denied');
        assert.match(error.detail, /hog_function:write/);
      } finally {
        await readonly.close();
      }
    });

    test('404 for an unknown id, with method and path on the error', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      const error = await rejection(() => fx.client.hogFunctions.get(fx.projectId, missing));
      assert.ok(error instanceof ApiError, String(error));
      assert.equal(error.status, 404);
      assert.equal(error.code, 'not_found');
      assert.equal(error.method, 'GET');
      assert.equal(error.path, `/api/projects/${fx.projectId}/hog_functions/${missing}/`);
    });

    test('400 with attr "hog" for Hog that does not compile', async () => {
      const error = await rejection(() => fx.client.hogFunctions.update(fx.projectId, functionId, { hog: 'let x := (' }));
      assert.ok(error instanceof ApiError, String(error));
      assert.equal(error.status, 400);
      assert.equal(error.type, 'validation_error');
      assert.equal(error.attr, 'hog');
      assert.match(error.message, /field: hog/);
    });

    test('400 with attr "inputs__url" for a missing required input', async () => {
      const error = await rejection(() => fx.client.hogFunctions.create(fx.projectId, {
        type: 'destination',
        name: 'missing input',
        hog: "print('x')",
        inputs_schema: [{ key: 'url', type: 'string', required: true }],
        inputs: {},
      }));
      assert.ok(error instanceof ApiError, String(error));
      assert.equal(error.attr, 'inputs__url');
      assert.equal(error.detail, 'This field is required.');
    });

    test('an invocation with broken Hog gives a raw serializer dict, still a readable ApiError', async () => {
      const error = await rejection(() => fx.client.hogFunctions.invoke(fx.projectId, 'new', {
        configuration: { type: 'destination', name: 'broken', hog: 'let x := (', inputs_schema: [], inputs: {} },
        globals: {},
      }));
      assert.ok(error instanceof ApiError, String(error));
      assert.equal(error.status, 400);
      assert.match(error.attr ?? '', /hog/);
      assert.ok(error.detail.length > 0);
      assert.equal(typeof error.body, 'object');
    });
  });

  describe('bodies that are not the standard envelope (through faults)', () => {
    const cases: { name: string; status: number; body: unknown; detail: RegExp; attr?: string | null }[] = [
      { name: 'raw serializer dict', status: 400, body: { configuration: { hog: ['Hog code has errors.'] } }, detail: /^Hog code has errors\.$/, attr: 'configuration__hog' },
      { name: '{"error": ...}', status: 400, body: { error: "A non-empty list of 'ids' is required" }, detail: /non-empty list/, attr: null },
      { name: '{"detail": ...}', status: 409, body: { detail: 'A run is already in progress' }, detail: /already in progress/, attr: null },
      { name: '{"status":"error","errors":[...]}', status: 500, body: { status: 'error', errors: ['Worker exploded', 'twice'] }, detail: /Worker exploded; twice/ },
      { name: '{"status":"error","message":...}', status: 400, body: { status: 'error', message: 'Flow is invalid' }, detail: /Flow is invalid/ },
      { name: 'an HTML error page', status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', detail: /502 with an HTML page/ },
    ];
    for (const c of cases) {
      test(c.name, async () => {
        await fx.admin.addFault({ match: { method: 'POST', path: 'invocations/$' }, response: { status: c.status, body: c.body }, times: 1 });
        const error = await rejection(() => fx.client.hogFunctions.invoke(fx.projectId, functionId, { globals: {} }));
        assert.ok(error instanceof ApiError, String(error));
        assert.equal(error.status, c.status);
        assert.match(error.detail, c.detail);
        assert.ok(error.message.includes(error.detail), error.message);
        if (c.attr !== undefined) assert.equal(error.attr, c.attr);
        if (typeof c.body === 'string') assert.match(String(error.body), /Bad Gateway/);
        else assert.deepEqual(error.body, c.body);
      });
    }

    test('409 stale_update injected on a flow is a StaleUpdateError', async () => {
      const [first] = await fx.client.hogFlows.list(fx.projectId).all();
      await fx.admin.addFault({
        match: { method: 'PATCH', path: 'hog_flows/' },
        response: { status: 409, body: { type: 'server_error', code: 'stale_update', detail: 'updated elsewhere', attr: null } },
        times: 1,
      });
      const error = await rejection(() => fx.client.hogFlows.update(fx.projectId, first!.id, { name: 'x' }));
      assert.ok(error instanceof StaleUpdateError, String(error));
    });
  });

  describe('malformed successful responses', () => {
    const cases: { name: string; body: string; headers?: Record<string, string>; kind: string }[] = [
      { name: 'an HTML login page', body: '<!DOCTYPE html><html><body>Sign in to your proxy</body></html>', headers: { 'content-type': 'text/html' }, kind: 'html' },
      { name: 'truncated JSON', body: '{"id": "0197", "name": "cut off here', kind: 'truncated-json' },
      { name: 'invalid JSON', body: '{"id": 0197 nonsense}', kind: 'invalid-json' },
      { name: 'an empty body', body: '', kind: 'empty' },
      { name: 'JSON of the wrong shape', body: '[1, 2, 3]', kind: 'unexpected-shape' },
    ];
    for (const c of cases) {
      test(c.name, async () => {
        await fx.admin.addFault({ match: { method: 'GET', path: `hog_functions/${functionId}/$` }, response: { status: 200, body: c.body, headers: c.headers }, times: 1 });
        const error = await rejection(() => fx.client.hogFunctions.get(fx.projectId, functionId));
        assert.ok(error instanceof MalformedResponseError, String(error));
        assert.equal(error.kind, c.kind);
        assert.equal(error.status, 200);
        assert.ok(error.excerpt.length <= 301);
        assert.match(error.message, /HTTP 200/);
      });
    }

    test('a page without a results array is malformed', async () => {
      await fx.admin.addFault({ match: { method: 'GET', path: 'hog_functions/$' }, response: { status: 200, body: { count: 1 } }, times: 1 });
      const error = await rejection(() => fx.client.hogFunctions.list(fx.projectId).page());
      assert.ok(error instanceof MalformedResponseError && error.kind === 'unexpected-shape', String(error));
    });
  });

  describe('the API key never leaks', () => {
    test('an error body that echoes the request is scrubbed', async () => {
      const echo = { detail: `Bad header: Bearer ${ALL_KEY}`, request: { headers: { authorization: `Bearer ${ALL_KEY}` } } };
      await fx.admin.addFault({ match: { method: 'GET', path: 'users/@me/$' }, response: { status: 400, body: echo }, times: 1 });
      const error = await rejection(() => fx.client.discovery.me());
      assert.ok(error instanceof ApiError);
      assert.match(error.detail, /Bearer \[redacted\]/);
    });

    test('an HTML page that echoes the key is scrubbed from the excerpt', async () => {
      const page = `<html><body>Authorization: Bearer ${ALL_KEY}</body></html>`;
      await fx.admin.addFault({ match: { method: 'GET', path: 'users/@me/$' }, response: { status: 200, body: page }, times: 1 });
      const error = await rejection(() => fx.client.discovery.me());
      assert.ok(error instanceof MalformedResponseError);
      assert.match(error.excerpt, /\[redacted\]/);
    });

    test('the client object itself does not show the key', async () => {
      assertNoKey(fx.client);
    });
  });
});
