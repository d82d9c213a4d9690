// A real fetch from a local run: over real sockets to a server this test starts (never the internet).
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { runFunction } from '../../../src/hog/runtime';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('runFunction: real fetch', () => {
  let server: Server;
  let base: string;
  const seen: Seen[] = [];

  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        if (req.url === '/fail') {
          res.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance');
        } else if (req.url === '/slow') {
          setTimeout(() => res.end('late'), 2000);
        } else {
          res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ received: body.length, ok: true }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const globals = () => ({ event: { uuid: 'e-1', event: 'x', url: 'u', properties: {} }, project: { url: 'https://ph.example/project/1' } });

  test('sends the request PostHog would send and hands Hog {status, body}; nothing is mocked', async () => {
    const result = await runFunction({
      code: "let r := fetch(inputs.url, {'headers': {'X-Key': 'k1', 'X-Num': 3}, 'body': {'a': 1}})\nprint(r.status, r.body.ok, r.body.received)",
      inputsSchema: [{ key: 'url', type: 'string' }],
      inputs: { url: { value: `${base}/hook` } },
      globals: globals(),
      fetch: 'real',
    });
    assert.equal(result.status, 'success', JSON.stringify(result.errors));
    assert.equal(result.logs[0]?.message, '201, true, 7');
    assert.ok(!result.logs.some((log) => log.message.includes('mocked')));
    const request = seen.at(-1);
    assert.equal(request?.method, 'POST', 'POST by default');
    assert.equal(request?.body, '{"a":1}');
    assert.equal(request?.headers['x-key'], 'k1');
    assert.equal(request?.headers['x-num'], undefined, 'non-string headers are dropped');
  });

  test('a failing answer is logged in PostHog words and reported; the code still sees it', async () => {
    const result = await runFunction({ code: `let r := fetch('${base}/fail', {'method': 'GET'})\nprint(r.status, r.body)`, globals: globals(), fetch: 'real' });
    assert.equal(seen.at(-1)?.method, 'GET');
    assert.equal(result.status, 'error');
    assert.deepEqual(result.errors, ['Error: HTTP fetch failed on attempt 1 with status code 503.']);
    assert.deepEqual(result.logs.slice(0, 2).map((log) => [log.level, log.message]), [
      ['error', 'HTTP fetch failed on attempt 1 with status code 503.'],
      ['info', '503, down for maintenance'],
    ]);
  });

  test('a fetch that takes too long times out', async () => {
    const result = await runFunction({ code: `print(fetch('${base}/slow').status)`, globals: globals(), fetch: 'real', limits: { fetchTimeoutMs: 200 } });
    assert.match(result.errors[0] ?? '', /^Error: HTTP fetch failed on attempt 1 with status code \(none\)\. Error: /);
    assert.equal(result.logs.find((log) => log.level === 'info')?.message, '500');
  });
});
