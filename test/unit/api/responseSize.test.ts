// Answers above the size limit are cut off with ResponseTooLargeError instead of being read whole.
// The emulator streams a large body only as fast as the client reads it and logs how much it handed
// to the socket, so "the client stopped reading" is observed on the server's side of a real socket.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ResponseTooLargeError, responseLimitBytes } from '../../../src/api';
import { until } from '../support/wait';
import { type LoggedRequest, makeClient, rejection, useClientFixture } from './support/harness';

const MB = 1024 * 1024;
const ME = '^/api/users/@me/$';

describe('response size limit', () => {
  test('a setting in megabytes becomes bytes; anything not a positive number means 50 MB', () => {
    assert.equal(responseLimitBytes(1), MB);
    assert.equal(responseLimitBytes(0.5), MB / 2);
    for (const odd of [undefined, null, 0, -3, Number.NaN, Infinity, '20']) assert.equal(responseLimitBytes(odd), 50 * MB, String(odd));
  });

  const fx = useClientFixture({ maxResponseBytes: MB });

  /** The logged request once its streamed body has ended (complete or cut off). */
  async function streamEnded(): Promise<LoggedRequest & { streamedBytes: number; streamComplete: boolean }> {
    let logged: LoggedRequest | undefined;
    await until(async () => {
      [logged] = await fx.admin.requestsTo('GET', new RegExp(ME));
      return logged?.streamComplete !== undefined;
    }, 20_000);
    return logged as LoggedRequest & { streamedBytes: number; streamComplete: boolean };
  }

  test('a chunked body far above the limit is cut off: the server could not send most of it', async () => {
    await fx.admin.addFault({ match: { method: 'GET', path: ME }, response: { status: 200, bodyBytes: 64 * MB } });
    const error = await rejection(() => fx.client.discovery.me());
    assert.ok(error instanceof ResponseTooLargeError, String(error));
    assert.equal(error.limitBytes, MB);
    assert.match(error.message, /larger than the 1 MB limit, so it was not read \(HTTP 200, GET \/api\/users\/@me\/\)/);
    const logged = await streamEnded();
    assert.equal(logged.streamComplete, false, 'the client hung up');
    assert.ok(logged.streamedBytes < 16 * MB, `the server handed ${logged.streamedBytes} bytes to the socket`);
    assert.equal((await fx.admin.requestsTo('GET', new RegExp(ME))).length, 1, 'not retried');
  });

  test('a Content-Length above the limit is refused before the body is read', async () => {
    const size = 8 * MB;
    await fx.admin.addFault({ match: { method: 'GET', path: ME }, response: { status: 200, bodyBytes: size, headers: { 'content-length': String(size) } } });
    const error = await rejection(() => fx.client.discovery.me());
    assert.ok(error instanceof ResponseTooLargeError, String(error));
    assert.equal((await streamEnded()).streamComplete, false);
  });

  test('an error body above the limit is cut off too', async () => {
    await fx.admin.addFault({ match: { method: 'GET', path: ME }, response: { status: 500, bodyBytes: 4 * MB } });
    const error = await rejection(() => fx.client.discovery.me());
    assert.ok(error instanceof ResponseTooLargeError && error.status === 500, String(error));
    assert.equal((await streamEnded()).streamComplete, false);
  });

  test('a body of exactly the limit is read whole', async () => {
    await fx.admin.addFault({ match: { method: 'GET', path: ME }, response: { status: 200, bodyBytes: MB } });
    const body = await fx.client.request<{ pad: string }>({ method: 'GET', path: '/api/users/@me/', expect: 'object' });
    assert.equal(body.pad.length, MB - '{"pad":""}'.length);
    assert.equal((await streamEnded()).streamComplete, true);
  });

  test('without the option the limit is 50 MB', async () => {
    const plain = makeClient(fx.emu);
    try {
      await fx.admin.addFault({ match: { method: 'GET', path: ME }, response: { status: 200, bodyBytes: 80 * MB } });
      const error = await rejection(() => plain.discovery.me());
      assert.ok(error instanceof ResponseTooLargeError, String(error));
      assert.equal(error.limitBytes, 50 * MB);
      assert.match(error.message, /the 50 MB limit/);
      assert.equal((await streamEnded()).streamComplete, false);
    } finally {
      await plain.close();
    }
  });
});
