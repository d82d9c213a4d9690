// The pure decisions behind retries and error bodies, for the cases a server rarely produces on cue
// (HTTP-date Retry-After, attempt limits). The HTTP behaviour itself is tested against the emulator.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiError, CancelledError, MalformedResponseError, NetworkError, TimeoutError } from '../../../src/api';
import { parseRetryAfter, toApiError } from '../../../src/api/errorBody';
import { repeatOf, retryDelay, type RetryOptions } from '../../../src/api/retry';

const info = { method: 'GET', path: '/api/x/' };
const options: RetryOptions = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 250, maxRetryAfterSeconds: 10, throttleDelayMs: 1000 };
const apiError = (status: number, retryAfter: number | null = null): ApiError =>
  new ApiError({ status, type: null, code: null, detail: 'x', attr: null, retryAfter, body: null }, info);
/** PostHog's own throttling answer (reference §9). */
const throttled = (retryAfter: number | null = null): ApiError =>
  new ApiError({ status: 429, type: 'throttled_error', code: 'throttled', detail: 'Request was throttled.', attr: null, retryAfter, body: null }, info);

describe('retryDelay', () => {
  test('backoff doubles and is capped', () => {
    const network = new NetworkError('reset', 'ECONNRESET', info);
    assert.equal(retryDelay(network, 'safe', 1, options), 100);
    assert.equal(retryDelay(network, 'safe', 2, options), 200);
    assert.equal(retryDelay(network, 'safe', 3, options), null, 'attempts exhausted');
    assert.equal(retryDelay(network, 'safe', 2, { ...options, maxAttempts: 9 }), 200);
    assert.equal(retryDelay(network, 'safe', 5, { ...options, maxAttempts: 9 }), 250);
  });

  test('the default by method: reads are safe, POST runs once, the other writes are idempotent', () => {
    assert.deepEqual(['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'].map(repeatOf), ['safe', 'safe', 'once', 'idempotent', 'idempotent', 'idempotent']);
  });

  test('idempotent writes are retried only on 429/503', () => {
    for (const method of ['PATCH', 'DELETE']) {
      const repeat = repeatOf(method);
      assert.equal(retryDelay(new NetworkError('reset', 'ECONNRESET', info), repeat, 1, options), null, method);
      assert.equal(retryDelay(apiError(500), repeat, 1, options), null, method);
      assert.equal(retryDelay(apiError(502), repeat, 1, options), null, method);
      assert.equal(retryDelay(apiError(429, 2), repeat, 1, options), 2000, method);
      assert.equal(retryDelay(apiError(503, null), repeat, 1, options), 100, method);
    }
  });

  test('a POST that creates something is retried only after PostHog\'s own throttling answer', () => {
    const repeat = repeatOf('POST');
    assert.equal(retryDelay(throttled(2), repeat, 1, options), 2000, 'PostHog throttled it before the view ran');
    assert.equal(retryDelay(throttled(), repeat, 1, options), 1000);
    assert.equal(retryDelay(apiError(429, 2), repeat, 1, options), null, 'a 429 from something else: unknown rules');
    assert.equal(retryDelay(apiError(503, 0), repeat, 1, options), null, 'a 503 may come after the work was done');
    assert.equal(retryDelay(apiError(500), repeat, 1, options), null);
    assert.equal(retryDelay(new NetworkError('reset', 'ECONNRESET', info), repeat, 1, options), null);
  });

  test('a 429 without any hint waits throttleDelayMs, doubling', () => {
    assert.equal(retryDelay(apiError(429), 'idempotent', 1, options), 1000);
    assert.equal(retryDelay(apiError(429), 'safe', 2, options), 2000);
  });

  test('Retry-After beyond the cap is not waited for', () => {
    assert.equal(retryDelay(apiError(429, 11), 'safe', 1, options), null);
    assert.equal(retryDelay(apiError(429, 10), 'safe', 1, options), 10_000);
  });

  test('4xx, timeouts, malformed bodies and cancellation are final', () => {
    for (const error of [apiError(400), apiError(404), apiError(409), new TimeoutError(100, info),
      new MalformedResponseError('html', 200, '<html>', info), new CancelledError(info)]) {
      assert.equal(retryDelay(error, 'safe', 1, options), null, error.name);
    }
  });
});

describe('error bodies', () => {
  test('Retry-After as an HTTP date', () => {
    const now = Date.parse('2025-06-03T10:00:00Z');
    assert.equal(parseRetryAfter('Tue, 03 Jun 2025 10:00:30 GMT', now), 30);
    assert.equal(parseRetryAfter('Tue, 03 Jun 2025 09:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('7', now), 7);
    assert.equal(parseRetryAfter('soon', now), null);
  });

  test('the header wins over the throttling message', () => {
    const body = JSON.stringify({ type: 'throttled_error', code: 'throttled', detail: 'Request was throttled. Expected available in 12 seconds.', attr: null });
    const withHeader = toApiError({ status: 429, text: body, contentType: 'application/json', retryAfterHeader: '3' }, info);
    const without = toApiError({ status: 429, text: body, contentType: 'application/json', retryAfterHeader: null }, info);
    assert.equal(withHeader.retryAfter, 3);
    assert.equal(without.retryAfter, 12);
  });

  test('the standard envelope fills every field', () => {
    const body = JSON.stringify({ type: 'validation_error', code: 'invalid_input', detail: 'This field is required.', attr: 'inputs__url' });
    const error = toApiError({ status: 400, text: body, contentType: 'application/json', retryAfterHeader: null }, { method: 'PATCH', path: '/api/p/' });
    assert.deepEqual(
      { status: error.status, type: error.type, code: error.code, detail: error.detail, attr: error.attr, method: error.method, path: error.path },
      { status: 400, type: 'validation_error', code: 'invalid_input', detail: 'This field is required.', attr: 'inputs__url', method: 'PATCH', path: '/api/p/' },
    );
    assert.equal(error.message, 'PostHog error 400: This field is required. (field: inputs__url)');
  });
});
