// What sign-in checks before a key is sent: plain http:// to another computer needs consent; a key
// no header can carry is refused with the reason.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeBaseUrl } from '../../../src/connections/baseUrl';
import { isLoopbackHost, keyInputProblem, unencryptedWarning } from '../../../src/connections/signInChecks';

const hostOf = (url: string): string => new URL(normalizeBaseUrl(url)).hostname;

describe('sign-in checks', () => {
  it('knows loopback addresses, however they are written', () => {
    for (const url of ['http://localhost:8010', 'http://LOCALHOST.', 'http://127.0.0.1', 'http://127.1', 'http://127.255.0.9', 'http://0x7f000001', 'http://[::1]:8000', 'http://[::ffff:127.0.0.1]']) {
      assert.ok(isLoopbackHost(hostOf(url)), url);
    }
    for (const url of ['http://posthog.example.com', 'http://192.168.1.10', 'http://10.0.0.1', 'http://0.0.0.0', 'http://[::2]', 'http://[::ffff:8.8.8.8]', 'http://localhost.example.com', 'http://127.0.0.1.nip.io', 'http://x.localhost']) {
      assert.ok(!isLoopbackHost(hostOf(url)), url);
    }
  });

  it('asks before sending a key over plain http:// to another computer, and only then', () => {
    const warning = unencryptedWarning('http://posthog.internal:8000');
    assert.ok(warning);
    assert.equal(warning.message, 'Your API key would travel unencrypted to posthog.internal:8000.');
    assert.match(warning.detail, /anyone on the network between you and it could read the key/);
    assert.equal(warning.confirmTitle, 'Send Key Unencrypted');
    for (const url of ['https://us.posthog.com', 'https://posthog.internal', 'http://127.0.0.1:8010', 'http://localhost']) {
      assert.equal(unencryptedWarning(url), undefined, url);
    }
  });

  it('refuses a key no header can carry, with the reason; surrounding whitespace is fine', () => {
    assert.equal(keyInputProblem('  phx_abc123\n'), undefined);
    assert.equal(keyInputProblem('   '), 'Enter the key');
    assert.match(keyInputProblem('phx_abc\ndef') ?? '', /line break, which cannot be sent in an HTTP header/);
    assert.match(keyInputProblem('phx_abc\u200bdef') ?? '', /invisible character \(U\+200B\)/);
    assert.match(keyInputProblem('phx_ключ') ?? '', /“к” \(U\+043A\), which cannot be sent in an HTTP header/);
  });
});
