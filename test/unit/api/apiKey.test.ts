// An API key that no header can carry is refused with its reason, before anything is sent, and is
// never retried as a network error. The emulator's request log shows that nothing arrived.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apiKeyProblem, InvalidApiKeyError, type RequestLogEvent } from '../../../src/api';
import { assertNoKey, makeClient, useClientFixture } from './support/harness';

const BAD_KEYS: Array<[label: string, key: string, reason: RegExp]> = [
  ['a line break', 'phx_first\nphx_second', /line break, which cannot be sent in an HTTP header/],
  ['a zero-width space', 'phx_abc\u200bdef', /invisible character \(U\+200B\), which cannot be sent/],
  ['a bidi override', 'phx_abc\u202edef', /invisible character \(U\+202E\)/],
  ['a non-Latin-1 letter', 'phx_ключ', /“к” \(U\+043A\), which cannot be sent in an HTTP header/],
  ['a Latin-1 letter', 'phx_clé', /“é” \(U\+00E9\), which no PostHog key contains/],
  ['a space inside', 'phx_abc def', /a space \(U\+0020\)/],
];

describe('API keys that cannot travel in a header', () => {
  test('apiKeyProblem names the first character that cannot be sent, and never quotes the key', () => {
    for (const [label, key, reason] of BAD_KEYS) {
      const problem = apiKeyProblem(key);
      assert.match(problem ?? '', reason, label);
      assert.ok(!problem?.includes(key), label);
    }
    assert.equal(apiKeyProblem('phx_AbC123_-xyz'), undefined);
    assert.match(apiKeyProblem('') ?? '', /empty/);
  });

  describe('the client refuses them before sending', () => {
    const fx = useClientFixture();

    for (const [label, key, reason] of BAD_KEYS) {
      test(`${label}: InvalidApiKeyError, no request, no retry`, async () => {
        const events: RequestLogEvent[] = [];
        const client = makeClient(fx.emu, { apiKey: key, onRequest: (e) => events.push(e) });
        try {
          await fx.admin.clearRequests();
          const error = await client.discovery.me().then(() => assert.fail('expected a refusal'), (e: unknown) => e);
          assertNoKey(error, [key]);
          assert.ok(error instanceof InvalidApiKeyError, String(error));
          assert.match(error.message, reason);
          assert.match(error.message, /Nothing was sent/);
          assert.deepEqual(events, [], 'no attempt was made');
          assert.deepEqual(await fx.admin.requests(), [], 'nothing reached the server');
        } finally {
          await client.close();
        }
      });
    }

    test('surrounding whitespace is trimmed, as before: such a key works', async () => {
      const client = makeClient(fx.emu, { apiKey: `  ${'phx_test_all'}\n` });
      try {
        assert.ok((await client.discovery.me()).team);
      } finally {
        await client.close();
      }
    });
  });
});
