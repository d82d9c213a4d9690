// Retries, time limits, cancellation and the request log hook, driven by the emulator's fault routes.
// The emulator's request log proves how many attempts actually reached the server.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  ApiError, CancelledError, NetworkError, type PostHogClient, type RequestLogEvent, TimeoutError,
} from '../../../src/api';
import { Admin, ALL_KEY, type Emulator, makeClient, rejection, startTestEmulator } from './support/harness';

describe('retries, timeouts, cancellation', () => {
  let emu: Emulator;
  let client: PostHogClient;
  let admin: Admin;
  let projectId: number;
  let functionId: string;
  let events: RequestLogEvent[];
  const fnPath = (): RegExp => new RegExp(`hog_functions/${functionId}/$`);

  before(async () => {
    emu = await startTestEmulator();
    events = [];
    client = makeClient(emu, { onRequest: (event) => events.push(event) });
    admin = new Admin(emu.url);
    projectId = (await client.discovery.me()).team!.id;
  });
  beforeEach(async () => {
    await admin.reset();
    await admin.clearFaults();
    const [fn] = (await client.hogFunctions.list(projectId, { type: ['destination'] }).page({ limit: 1 })).results;
    functionId = fn!.id;
    await admin.clearRequests();
    events.length = 0;
  });
  after(async () => {
    await client.close();
    await emu.close();
  });

  describe('429 and 503 are retried for any method, honouring Retry-After', () => {
    test('GET after 503 with Retry-After: 1 waits about a second, then succeeds', async () => {
      await admin.fault({ match: { method: 'GET', path: fnPath().source }, response: { status: 503, headers: { 'retry-after': '1' }, body: { detail: 'busy' } }, times: 1 });
      const started = Date.now();
      const fn = await client.hogFunctions.get(projectId, functionId);
      assert.equal(fn.id, functionId);
      assert.ok(Date.now() - started >= 950, `waited only ${Date.now() - started} ms`);
      assert.equal((await admin.requestsTo('GET', fnPath())).length, 2);
    });

    test('PATCH after 429 is retried and applied once', async () => {
      await admin.fault({ match: { method: 'PATCH', path: fnPath().source }, response: { status: 429, headers: { 'retry-after': '0' }, body: { type: 'throttled_error', code: 'throttled', detail: 'Request was throttled.', attr: null } }, times: 1 });
      const fn = await client.hogFunctions.update(projectId, functionId, { description: 'after throttle' });
      assert.equal(fn.description, 'after throttle');
      assert.equal((await admin.requestsTo('PATCH', fnPath())).length, 2);
    });

    test('PATCH after 503 is retried', async () => {
      await admin.fault({ match: { method: 'PATCH', path: fnPath().source }, response: { status: 503, headers: { 'retry-after': '0' }, body: {} }, times: 1 });
      await client.hogFunctions.update(projectId, functionId, { description: 'after 503' });
      assert.equal((await admin.requestsTo('PATCH', fnPath())).length, 2);
    });

    test('without the header, "Expected available in N seconds" sets retryAfter', async () => {
      await admin.fault({ match: { method: 'GET', path: fnPath().source }, response: { status: 429, body: { type: 'throttled_error', code: 'throttled', detail: 'Request was throttled. Expected available in 1 seconds.', attr: null } }, times: 1 });
      const started = Date.now();
      await client.hogFunctions.get(projectId, functionId);
      assert.ok(Date.now() - started >= 950, `waited only ${Date.now() - started} ms`);
    });

    test('a Retry-After beyond the cap fails at once with retryAfter on the error', async () => {
      await admin.fault({ match: { method: 'GET', path: fnPath().source }, response: { status: 429, headers: { 'retry-after': '120' }, body: { type: 'throttled_error', code: 'throttled', detail: 'Request was throttled. Expected available in 120 seconds.', attr: null } }, times: 1 });
      const started = Date.now();
      const error = await rejection(() => client.hogFunctions.get(projectId, functionId));
      assert.ok(error instanceof ApiError, String(error));
      assert.equal(error.status, 429);
      assert.equal(error.retryAfter, 120);
      assert.match(error.message, /120 s/);
      assert.ok(Date.now() - started < 500);
      assert.equal((await admin.requestsTo('GET', fnPath())).length, 1);
    });

    test('attempts are bounded: a 503 that never ends gives up after maxAttempts', async () => {
      await admin.fault({ match: { method: 'GET', path: fnPath().source }, response: { status: 503, headers: { 'retry-after': '0' }, body: { detail: 'busy' } }, times: 10 });
      const error = await rejection(() => client.hogFunctions.get(projectId, functionId));
      assert.ok(error instanceof ApiError && error.status === 503, String(error));
      assert.equal((await admin.requestsTo('GET', fnPath())).length, 3);
    });
  });

  describe('other failures are retried for reads only', () => {
    test('GET after a 500 is retried', async () => {
      await admin.fault({ match: { method: 'GET', path: fnPath().source }, response: { status: 500, body: { detail: 'oops' } }, times: 1 });
      assert.equal((await client.hogFunctions.get(projectId, functionId)).id, functionId);
      assert.equal((await admin.requestsTo('GET', fnPath())).length, 2);
    });

    test('PATCH after a 500 is not retried: exactly one PATCH arrives', async () => {
      await admin.fault({ match: { method: 'PATCH', path: fnPath().source }, response: { status: 500, body: { detail: 'oops' } }, times: 1 });
      const error = await rejection(() => client.hogFunctions.update(projectId, functionId, { description: 'x' }));
      assert.ok(error instanceof ApiError && error.status === 500, String(error));
      assert.equal((await admin.requestsTo('PATCH', fnPath())).length, 1);
    });

    test('GET after a connection reset is retried', async () => {
      await admin.fault({ match: { method: 'GET', path: fnPath().source }, response: { reset: true }, times: 1 });
      assert.equal((await client.hogFunctions.get(projectId, functionId)).id, functionId);
      assert.deepEqual(events.map((e) => [e.attempt, e.error ?? e.status]), [[1, 'NetworkError'], [2, 200]]);
      assert.equal((await admin.requestsTo('GET', fnPath())).length, 2);
    });

    test('PATCH after a connection reset is not retried', async () => {
      await admin.fault({ match: { method: 'PATCH', path: fnPath().source }, response: { reset: true }, times: 1 });
      const error = await rejection(() => client.hogFunctions.update(projectId, functionId, { description: 'x' }));
      assert.ok(error instanceof NetworkError, String(error));
      assert.equal((await admin.requestsTo('PATCH', fnPath())).length, 1);
      assert.equal(events.length, 1);
    });

    test('connection refused is a NetworkError with its code, after bounded retries', async () => {
      const port = await closedPort();
      const seen: RequestLogEvent[] = [];
      const offline = makeClient(emu, { baseUrl: `http://127.0.0.1:${port}`, onRequest: (e) => seen.push(e) });
      try {
        const error = await rejection(() => offline.discovery.me());
        assert.ok(error instanceof NetworkError, String(error));
        assert.equal(error.causeCode, 'ECONNREFUSED');
        assert.match(error.message, /refused/);
        assert.deepEqual(seen.map((e) => e.attempt), [1, 2, 3]);
      } finally {
        await offline.close();
      }
    });
  });

  describe('time limits', () => {
    test('a slow answer becomes TimeoutError (per-call override), not retried', async () => {
      await admin.fault({ match: { method: 'GET', path: fnPath().source }, response: { status: 200, body: {}, delayMs: 3000 }, times: 1 });
      const started = Date.now();
      const error = await rejection(() => client.hogFunctions.get(projectId, functionId, { timeoutMs: 200 }));
      assert.ok(error instanceof TimeoutError, String(error));
      assert.equal(error.timeoutMs, 200);
      assert.ok(Date.now() - started < 1500);
      assert.equal(events.length, 1);
    });

    test('the client-wide default applies when the call gives none', async () => {
      const hasty = makeClient(emu, { timeoutMs: 150 });
      try {
        await admin.fault({ match: { method: 'PATCH', path: fnPath().source }, response: { status: 200, body: {}, delayMs: 3000 }, times: 1 });
        const error = await rejection(() => hasty.hogFunctions.update(projectId, functionId, { description: 'x' }));
        assert.ok(error instanceof TimeoutError, String(error));
        assert.equal(error.timeoutMs, 150);
      } finally {
        await hasty.close();
      }
    });
  });

  describe('cancellation', () => {
    test('aborting mid-request rejects promptly with CancelledError', async () => {
      await admin.fault({ match: { method: 'GET', path: fnPath().source }, response: { status: 200, body: {}, delayMs: 3000 }, times: 1 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const started = Date.now();
      const error = await rejection(() => client.hogFunctions.get(projectId, functionId, { signal: controller.signal }));
      assert.ok(error instanceof CancelledError, String(error));
      assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
    });

    test('aborting during a backoff wait rejects promptly, without another attempt', async () => {
      await admin.fault({ match: { method: 'GET', path: fnPath().source }, response: { status: 503, headers: { 'retry-after': '4' }, body: {} }, times: 1 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 300);
      const started = Date.now();
      const error = await rejection(() => client.hogFunctions.get(projectId, functionId, { signal: controller.signal }));
      assert.ok(error instanceof CancelledError, String(error));
      assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
      assert.equal((await admin.requestsTo('GET', fnPath())).length, 1);
    });

    test('an already aborted signal sends nothing', async () => {
      const error = await rejection(() => client.hogFunctions.get(projectId, functionId, { signal: AbortSignal.abort() }));
      assert.ok(error instanceof CancelledError, String(error));
      assert.equal((await admin.requestsTo('GET', fnPath())).length, 0);
    });

    test('a pagination loop stops when cancelled', async () => {
      const controller = new AbortController();
      const seen: string[] = [];
      const error = await rejection(async () => {
        for await (const fn of client.hogFunctions.list(projectId, { limit: 2 }, { signal: controller.signal })) {
          seen.push(fn.id);
          if (seen.length === 3) controller.abort();
        }
      });
      assert.ok(error instanceof CancelledError, String(error));
      assert.equal(seen.length, 4, 'the page in hand is finished, no further page is fetched');
    });
  });

  test('the log hook sees method, path, status, duration and attempt, never the key', async () => {
    await client.hogFunctions.get(projectId, functionId);
    const [event] = events;
    assert.ok(event);
    assert.equal(event.method, 'GET');
    assert.equal(event.path, `/api/projects/${projectId}/hog_functions/${functionId}/`);
    assert.equal(event.status, 200);
    assert.equal(event.attempt, 1);
    assert.ok(event.durationMs >= 0);
    assert.ok(!JSON.stringify(events).includes(ALL_KEY));
  });
});

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  assert.ok(address && typeof address === 'object');
  return address.port;
}
