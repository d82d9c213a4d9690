// Mocked fetch with answers per call: in call order, optionally pinned to a URL, PostHog's default
// answer once none is left, and the mock's log lines unchanged.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FetchMocks, runFunction } from '../../../src/hog/runtime';

const GLOBALS = { event: { uuid: 'evt-1', event: 'x', url: 'u', properties: {} } };
const CODE = [
  "let a := fetch('https://a.example/one', {'method': 'POST', 'body': {'n': 1}})",
  "let b := fetch('https://b.example/two')",
  "let c := fetch('https://a.example/three')",
  'print(a.status, a.body, b.status, b.body, c.status, c.body)',
].join('\n');

describe('runFunction: mocked fetch answers per call', () => {
  test('answers in call order; a URL (exact or with *) takes the first call it matches', async () => {
    const mocks = new FetchMocks([
      { url: 'https://b.example/*', status: 404, body: 'missing' },
      { status: 201, body: { ok: true, items: [1, 2] } },
      { url: 'https://a.example/three', body: { third: 'yes' } },
    ]);
    const result = await runFunction({ code: CODE, globals: GLOBALS, fetchMocks: mocks });
    assert.equal(result.status, 'success', JSON.stringify(result.errors));
    const printed = result.logs.filter((log) => log.level === 'info').at(-1)?.message;
    assert.equal(printed, '201, {"ok":true,"items":[1,2]}, 404, missing, 200, {"third":"yes"}');
    assert.deepEqual(mocks.calls.map((call) => [call.url, call.mock]), [
      ['https://a.example/one', 1], ['https://b.example/two', 0], ['https://a.example/three', 2],
    ]);
    assert.deepEqual(mocks.calls[0]?.options, { method: 'POST', body: { n: 1 } });
    assert.deepEqual(mocks.unused(), []);
  });

  test('once no response is left, PostHog default answer; the mock lines are logged as before', async () => {
    const mocks = new FetchMocks([{ url: 'https://nowhere.example/', status: 500 }]);
    const result = await runFunction({ code: CODE, globals: GLOBALS, fetchMocks: mocks });
    const messages = result.logs.map((log) => log.message);
    assert.equal(messages.filter((message) => message === "Async function 'fetch' was mocked with arguments:").length, 3);
    assert.equal(messages[1], `fetch('https://a.example/one', ${JSON.stringify({ method: 'POST', body: { n: 1 } }, null, 2)})`);
    assert.equal(messages[6], '200, {}, 200, {}, 200, {}');
    assert.deepEqual(mocks.calls.map((call) => call.mock), [null, null, null]);
    assert.deepEqual(mocks.unused(), [0]);
  });
});
