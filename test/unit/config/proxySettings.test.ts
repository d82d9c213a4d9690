// VS Code's http.proxy settings read into the API client's ProxySettings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readProxySettings } from '../../../src/config/proxySettings';

const from = (values: Record<string, unknown>) => readProxySettings((key) => values[key]);

test('unset settings leave the choice to the environment, with strict TLS', () => {
  assert.deepEqual(from({}), { url: undefined, noProxy: [], authorization: undefined, strictSSL: true });
  assert.deepEqual(from({ proxy: '  ', proxyAuthorization: '' }), { url: undefined, noProxy: [], authorization: undefined, strictSSL: true });
});

test('the four settings, trimmed, with non-strings dropped from noProxy', () => {
  const read = from({ proxy: ' http://proxy:3128 ', noProxy: ['127.0.0.1', 7, '', '*.internal'], proxyAuthorization: 'Basic abc', proxyStrictSSL: false });
  assert.deepEqual(read, { url: 'http://proxy:3128', noProxy: ['127.0.0.1', '*.internal'], authorization: 'Basic abc', strictSSL: false });
});
