// Retries, time limits, cancellation and the request log hook, driven by the emulator's fault routes.
// The emulator's request log proves how many attempts actually reached the server.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { beforeEach, describe, test } from 'node:test';
import {
  ApiError, CancelledError, NetworkError, type RequestLogEvent, TimeoutError,
} from '../../../src/api';
import { ALL_KEY, makeClient, rejection, useClientFixture } from './support/harness';

describe('retries, timeouts, cancellation', () => {
  const events: RequestLogEvent[] = [];
  const fx = useClientFixture({ onRequest: (event) => events.push(event) });
  let functionId: string;
  const fnPath = (): RegExp => new RegExp(`hog_functions/${functionId}/$`);

  beforeEach(async () => {
    const [fn] = (await fx.client.hogFunctions.list(fx.projectId, { type: ['destination'] }).page({ limit: 1 })).results;
    functionId = fn!.id;
    await fx.admin.clearRequests();
    events.length = 0;
  });

  describe('429 and 503 are retried for any method, honouring Retry-After', () => {
    test('GET after 503 with Retry-After: 1 waits about a second, then succeeds', async () => {
      await fx.admin.addFault({ match: { method: 'GET', path: fnPath().source }, response: { status: 503, headers: { 'retry-after': '1' }, body: { detail: 'busy' } }, times: 1 });
      const started = Date.now();
      const fn = await fx.client.hogFunctions.get(fx.projectId, functionId);
      assert.equal(fn.id, functionId);
      assert.ok(Date.now() - started >= 950, `waited only ${Date.now() - started} ms`);
      assert.equal((await fx.admin.requestsTo('GET', fnPath())).length, 2);
    });

    test('PATCH after 429 is retried and applied once', async () => {
      await fx.admin.addFault({ match: { method: 'PATCH', path: fnPath().source }, response: { status: 429, headers: { 'retry-after': '0' }, body: { type: 'throttled_error', code: 'throttled', detail: 'Request was throttled.', attr: null } }, times: 1 });
      const fn = await fx.client.hogFunctions.update(fx.projectId, functionId, { description: 'after throttle' });
      assert.equal(fn.description, 'after throttle');
      // Both attempts reached the server; PostHog's handler ran for the second one only.
      assert.deepEqual((await fx.admin.requestsTo('PATCH', fnPath())).map((r) => r.handled), [false, true]);
    });

    test('a PATCH whose answer is lost after the server applied it is not sent again: applied once', async () => {
      const before = await fx.client.hogFunctions.get(fx.projectId, functionId);
      await fx.admin.addFault({ match: { method: 'PATCH', path: fnPath().source }, response: { reset: true, afterHandler: true }, times: 1 });
      const error = await rejection(() => fx.client.hogFunctions.update(fx.projectId, functionId, { description: 'applied, answer lost' }, { baseUpdatedAt: before.updated_at }));
      assert.ok(error instanceof NetworkError, String(error));
      assert.deepEqual((await fx.admin.requestsTo('PATCH', fnPath())).map((r) => r.handled), [true]);
      const after = await fx.client.hogFunctions.get(fx.projectId, functionId);
      assert.equal(after.description, 'applied, answer lost');
    });

    test('PATCH after 503 is retried', async () => {
      await fx.admin.addFault({ match: { method: 'PATCH', path: fnPath().source }, response: { status: 503, headers: { 'retry-after': '0' }, body: {} }, times: 1 });
      await fx.client.hogFunctions.update(fx.projectId, functionId, { description: 'after 503' });
      assert.equal((await fx.admin.requestsTo('PATCH', fnPath())).length, 2);
    });

    test('without the header, "Expected available in N seconds" sets retryAfter', async () => {
      await fx.admin.addFault({ match: { method: 'GET', path: fnPath().source }, response: { status: 429, body: { type: 'throttled_error', code: 'throttled', detail: 'Request was throttled. Expected available in 1 seconds.', attr: null } }, times: 1 });
      const started = Date.now();
      await fx.client.hogFunctions.get(fx.projectId, functionId);
      assert.ok(Date.now() - started >= 950, `waited only ${Date.now() - started} ms`);
    });

    test('a Retry-After beyond the cap fails at once with retryAfter on the error', async () => {
      await fx.admin.addFault({ match: { method: 'GET', path: fnPath().source }, response: { status: 429, headers: { 'retry-after': '120' }, body: { type: 'throttled_error', code: 'throttled', detail: 'Request was throttled. Expected available in 120 seconds.', attr: null } }, times: 1 });
      const started = Date.now();
      const error = await rejection(() => fx.client.hogFunctions.get(fx.projectId, functionId));
      assert.ok(error instanceof ApiError, String(error));
      assert.equal(error.status, 429);
      assert.equal(error.retryAfter, 120);
      assert.match(error.message, /120 s/);
      assert.ok(Date.now() - started < 500);
      assert.equal((await fx.admin.requestsTo('GET', fnPath())).length, 1);
    });

    test('attempts are bounded: a 503 that never ends gives up after maxAttempts', async () => {
      await fx.admin.addFault({ match: { method: 'GET', path: fnPath().source }, response: { status: 503, headers: { 'retry-after': '0' }, body: { detail: 'busy' } }, times: 10 });
      const error = await rejection(() => fx.client.hogFunctions.get(fx.projectId, functionId));
      assert.ok(error instanceof ApiError && error.status === 503, String(error));
      assert.equal((await fx.admin.requestsTo('GET', fnPath())).length, 3);
    });
  });

  describe('other failures are retried for reads only', () => {
    test('GET after a 500 is retried', async () => {
      await fx.admin.addFault({ match: { method: 'GET', path: fnPath().source }, response: { status: 500, body: { detail: 'oops' } }, times: 1 });
      assert.equal((await fx.client.hogFunctions.get(fx.projectId, functionId)).id, functionId);
      assert.equal((await fx.admin.requestsTo('GET', fnPath())).length, 2);
    });

    test('PATCH after a 500 is not retried: exactly one PATCH arrives', async () => {
      await fx.admin.addFault({ match: { method: 'PATCH', path: fnPath().source }, response: { status: 500, body: { detail: 'oops' } }, times: 1 });
      const error = await rejection(() => fx.client.hogFunctions.update(fx.projectId, functionId, { description: 'x' }));
      assert.ok(error instanceof ApiError && error.status === 500, String(error));
      assert.equal((await fx.admin.requestsTo('PATCH', fnPath())).length, 1);
    });

    test('GET after a connection reset is retried', async () => {
      await fx.admin.addFault({ match: { method: 'GET', path: fnPath().source }, response: { reset: true }, times: 1 });
      assert.equal((await fx.client.hogFunctions.get(fx.projectId, functionId)).id, functionId);
      assert.deepEqual(events.map((e) => [e.attempt, e.error ?? e.status]), [[1, 'NetworkError'], [2, 200]]);
      assert.equal((await fx.admin.requestsTo('GET', fnPath())).length, 2);
    });

    test('PATCH after a connection reset is not retried', async () => {
      await fx.admin.addFault({ match: { method: 'PATCH', path: fnPath().source }, response: { reset: true }, times: 1 });
      const error = await rejection(() => fx.client.hogFunctions.update(fx.projectId, functionId, { description: 'x' }));
      assert.ok(error instanceof NetworkError, String(error));
      assert.equal((await fx.admin.requestsTo('PATCH', fnPath())).length, 1);
      assert.equal(events.length, 1);
    });

    test('connection refused is a NetworkError with its code, after bounded retries', async () => {
      const port = await closedPort();
      const seen: RequestLogEvent[] = [];
      const offline = makeClient(fx.emu, { baseUrl: `http://127.0.0.1:${port}`, onRequest: (e) => seen.push(e) });
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
      await fx.admin.addFault({ match: { method: 'GET', path: fnPath().source }, response: { status: 200, body: {}, delayMs: 3000 }, times: 1 });
      const started = Date.now();
      const error = await rejection(() => fx.client.hogFunctions.get(fx.projectId, functionId, { timeoutMs: 200 }));
      assert.ok(error instanceof TimeoutError, String(error));
      assert.equal(error.timeoutMs, 200);
      assert.ok(Date.now() - started < 1500);
      assert.equal(events.length, 1);
    });

    test('the client-wide default applies when the call gives none', async () => {
      const hasty = makeClient(fx.emu, { timeoutMs: 150 });
      try {
        await fx.admin.addFault({ match: { method: 'PATCH', path: fnPath().source }, response: { status: 200, body: {}, delayMs: 3000 }, times: 1 });
        const error = await rejection(() => hasty.hogFunctions.update(fx.projectId, functionId, { description: 'x' }));
        assert.ok(error instanceof TimeoutError, String(error));
        assert.equal(error.timeoutMs, 150);
      } finally {
        await hasty.close();
      }
    });
  });

  describe('cancellation', () => {
    test('aborting mid-request rejects promptly with CancelledError', async () => {
      await fx.admin.addFault({ match: { method: 'GET', path: fnPath().source }, response: { status: 200, body: {}, delayMs: 3000 }, times: 1 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const started = Date.now();
      const error = await rejection(() => fx.client.hogFunctions.get(fx.projectId, functionId, { signal: controller.signal }));
      assert.ok(error instanceof CancelledError, String(error));
      assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
    });

    test('aborting during a backoff wait rejects promptly, without another attempt', async () => {
      await fx.admin.addFault({ match: { method: 'GET', path: fnPath().source }, response: { status: 503, headers: { 'retry-after': '4' }, body: {} }, times: 1 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 300);
      const started = Date.now();
      const error = await rejection(() => fx.client.hogFunctions.get(fx.projectId, functionId, { signal: controller.signal }));
      assert.ok(error instanceof CancelledError, String(error));
      assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
      assert.equal((await fx.admin.requestsTo('GET', fnPath())).length, 1);
    });

    test('an already aborted signal sends nothing', async () => {
      const error = await rejection(() => fx.client.hogFunctions.get(fx.projectId, functionId, { signal: AbortSignal.abort() }));
      assert.ok(error instanceof CancelledError, String(error));
      assert.equal((await fx.admin.requestsTo('GET', fnPath())).length, 0);
    });

    test('a pagination loop stops when cancelled', async () => {
      const controller = new AbortController();
      const seen: string[] = [];
      const error = await rejection(async () => {
        for await (const fn of fx.client.hogFunctions.list(fx.projectId, { limit: 2 }, { signal: controller.signal })) {
          seen.push(fn.id);
          if (seen.length === 3) controller.abort();
        }
      });
      assert.ok(error instanceof CancelledError, String(error));
      assert.equal(seen.length, 4, 'the page in hand is finished, no further page is fetched');
    });
  });

  test('the log hook sees method, path, status, duration and attempt, never the key', async () => {
    await fx.client.hogFunctions.get(fx.projectId, functionId);
    const [event] = events;
    assert.ok(event);
    assert.equal(event.method, 'GET');
    assert.equal(event.path, `/api/projects/${fx.projectId}/hog_functions/${functionId}/`);
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
