// Proxies (HTTP_PROXY / HTTPS_PROXY / NO_PROXY / explicit `proxy`) and extra CA certificates, for real:
// a counting forward proxy and an HTTPS front with a self-signed certificate in front of the emulator.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { NetworkError } from '../../../src/api';
import { bypassesProxy, chooseProxy } from '../../../src/api/dispatcher';
import { type Emulator, makeClient, rejection, startTestEmulator } from './support/harness';
import { type CountingProxy, makeSelfSignedCert, type Running, startHttpsFront, startProxy, type TlsMaterial } from '../../support/network';

describe('choosing a proxy from the environment', () => {
  const http = 'http://posthog.internal:8000';
  const https = 'https://eu.posthog.com';

  test('HTTPS targets use HTTPS_PROXY, falling back to HTTP_PROXY', () => {
    assert.equal(chooseProxy({ origin: https, env: { HTTPS_PROXY: 'http://a:1', HTTP_PROXY: 'http://b:2' } }), 'http://a:1');
    assert.equal(chooseProxy({ origin: https, env: { HTTP_PROXY: 'http://b:2' } }), 'http://b:2');
  });

  test('HTTP targets use HTTP_PROXY only', () => {
    assert.equal(chooseProxy({ origin: http, env: { HTTPS_PROXY: 'http://a:1' } }), undefined);
    assert.equal(chooseProxy({ origin: http, env: { HTTP_PROXY: 'http://b:2' } }), 'http://b:2');
  });

  test('lower-case variables win; empty values count as unset', () => {
    assert.equal(chooseProxy({ origin: https, env: { https_proxy: 'http://low:1', HTTPS_PROXY: 'http://up:2' } }), 'http://low:1');
    assert.equal(chooseProxy({ origin: https, env: { https_proxy: '', HTTPS_PROXY: 'http://up:2' } }), 'http://up:2');
  });

  test('an explicit proxy wins over the environment and NO_PROXY', () => {
    assert.equal(chooseProxy({ origin: https, proxy: { url: 'http://explicit:3' }, env: { HTTPS_PROXY: 'http://a:1', NO_PROXY: '*' } }), 'http://explicit:3');
  });

  test("the settings' noProxy bypasses the settings' proxy and the environment's", () => {
    const noProxy = ['example.com', '*.posthog.com'];
    assert.equal(chooseProxy({ origin: https, proxy: { url: 'http://explicit:3', noProxy }, env: {} }), undefined);
    assert.equal(chooseProxy({ origin: https, proxy: { noProxy }, env: { HTTPS_PROXY: 'http://a:1' } }), undefined);
    assert.equal(chooseProxy({ origin: https, proxy: { url: 'http://explicit:3', noProxy: ['example.com'] }, env: {} }), 'http://explicit:3');
    assert.equal(chooseProxy({ origin: https, proxy: { url: '' }, env: { HTTPS_PROXY: 'http://a:1' } }), 'http://a:1');
  });

  test('NO_PROXY: exact host, domain suffix, leading dot or *., port, wildcard', () => {
    const target = new URL('https://eu.posthog.com');
    assert.equal(bypassesProxy(target, 'eu.posthog.com'), true);
    assert.equal(bypassesProxy(target, 'posthog.com'), true);
    assert.equal(bypassesProxy(target, '.posthog.com'), true);
    assert.equal(bypassesProxy(target, '*.posthog.com'), true);
    assert.equal(bypassesProxy(target, 'example.com, localhost'), false);
    assert.equal(bypassesProxy(target, 'notposthog.com'), false);
    assert.equal(bypassesProxy(target, 'eu.posthog.com:443'), true);
    assert.equal(bypassesProxy(target, 'eu.posthog.com:8443'), false);
    assert.equal(bypassesProxy(target, '*'), true);
    assert.equal(bypassesProxy(new URL('http://[::1]:8000'), '::1'), true);
    assert.equal(chooseProxy({ origin: 'https://eu.posthog.com', env: { HTTPS_PROXY: 'http://a:1', NO_PROXY: 'posthog.com' } }), undefined);
  });
});

describe('through a real proxy and a self-signed HTTPS server', () => {
  let emu: Emulator;
  let proxy: CountingProxy;
  let tls: TlsMaterial | null;
  let front: Running | undefined;

  before(async () => {
    emu = await startTestEmulator();
    proxy = await startProxy();
    tls = makeSelfSignedCert();
    if (tls) front = await startHttpsFront(tls, emu.url);
  });
  after(async () => {
    await front?.close();
    await proxy.close();
    await emu.close();
  });

  const reset = (): void => {
    proxy.forwarded.length = 0;
    proxy.tunnels.length = 0;
    proxy.authorizations.length = 0;
  };

  test('HTTP_PROXY from the env option: plain requests are forwarded by the proxy', async () => {
    reset();
    const client = makeClient(emu, { env: { HTTP_PROXY: proxy.url } });
    try {
      await client.discovery.me();
      await client.discovery.projects().all();
      assert.equal(proxy.forwarded.length, 2, proxy.forwarded.join('\n'));
      assert.match(proxy.forwarded[0]!, /^GET http:\/\/127\.0\.0\.1:\d+\/api\/users\/@me\/$/);
    } finally {
      await client.close();
    }
  });

  test('NO_PROXY bypasses the proxy', async () => {
    reset();
    const client = makeClient(emu, { env: { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' } });
    try {
      await client.discovery.me();
      assert.equal(proxy.forwarded.length + proxy.tunnels.length, 0);
    } finally {
      await client.close();
    }
  });

  test('the explicit proxy option is used with an empty environment', async () => {
    reset();
    const client = makeClient(emu, { proxy: { url: proxy.url }, env: {} });
    try {
      await client.discovery.me();
      assert.equal(proxy.forwarded.length, 1);
      assert.deepEqual(proxy.authorizations, ['']);
    } finally {
      await client.close();
    }
  });

  test('proxy authorization goes to the proxy with every request', async () => {
    reset();
    const client = makeClient(emu, { proxy: { url: proxy.url, authorization: 'Basic dXNlcjpzZWNyZXQ=' }, env: {} });
    try {
      await client.discovery.me();
      await client.discovery.projects().all();
      assert.deepEqual(proxy.authorizations, ['Basic dXNlcjpzZWNyZXQ=', 'Basic dXNlcjpzZWNyZXQ=']);
    } finally {
      await client.close();
    }
  });

  test("the settings' noProxy reaches PostHog directly", async () => {
    reset();
    const client = makeClient(emu, { proxy: { url: proxy.url, noProxy: ['127.0.0.1'] }, env: { HTTP_PROXY: proxy.url } });
    try {
      await client.discovery.me();
      assert.equal(proxy.forwarded.length + proxy.tunnels.length, 0);
    } finally {
      await client.close();
    }
  });

  test('HTTPS with the self-signed certificate passed as `ca`', async (t) => {
    if (!front || !tls) return t.skip('openssl is not installed: cannot make a test certificate');
    const client = makeClient(emu, { baseUrl: front.url, ca: [tls.cert] });
    try {
      const me = await client.discovery.me();
      assert.equal(typeof me.id, 'number');
      // The emulator's next links name its own http origin; the client stays on the HTTPS front.
      const projectId = me.team!.id;
      const all = await client.hogFunctions.list(projectId, { limit: 5 }).all();
      assert.ok(all.length >= 12);
    } finally {
      await client.close();
    }
  });

  test('HTTPS without the CA fails verification (certificate checks stay on)', async (t) => {
    if (!front) return t.skip('openssl is not installed: cannot make a test certificate');
    const client = makeClient(emu, { baseUrl: front.url });
    try {
      const error = await rejection(() => client.discovery.me());
      assert.ok(error instanceof NetworkError, String(error));
      assert.match(error.causeCode ?? '', /SELF_SIGNED|UNABLE_TO_VERIFY/);
      assert.match(error.message, /certificate/);
    } finally {
      await client.close();
    }
  });

  test('HTTPS through HTTPS_PROXY uses a CONNECT tunnel', async (t) => {
    if (!front || !tls) return t.skip('openssl is not installed: cannot make a test certificate');
    reset();
    const client = makeClient(emu, { baseUrl: front.url, ca: [tls.cert], env: { HTTPS_PROXY: proxy.url } });
    try {
      const me = await client.discovery.me();
      assert.equal(typeof me.id, 'number');
      assert.equal(proxy.forwarded.length, 0, 'nothing forwarded in the clear');
      assert.deepEqual(proxy.tunnels, [new URL(front.url).host]);
    } finally {
      await client.close();
    }
  });

  test('behind a proxy, strictSSL: false accepts a certificate nobody vouches for; the default refuses it', async (t) => {
    if (!front) return t.skip('openssl is not installed: cannot make a test certificate');
    reset();
    const strict = makeClient(emu, { baseUrl: front.url, proxy: { url: proxy.url }, env: {} });
    const lax = makeClient(emu, { baseUrl: front.url, proxy: { url: proxy.url, strictSSL: false, authorization: 'Bearer proxy-token' }, env: {} });
    try {
      const error = await rejection(() => strict.discovery.me());
      assert.ok(error instanceof NetworkError, String(error));
      const me = await lax.discovery.me();
      assert.equal(typeof me.id, 'number');
      assert.deepEqual(proxy.tunnels, [new URL(front.url).host, new URL(front.url).host]);
      assert.deepEqual(proxy.authorizations, ['', 'Bearer proxy-token']);
    } finally {
      await strict.close();
      await lax.close();
    }
  });
});
