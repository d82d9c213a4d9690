// `hog run FILE`: print() lines on stdout as the VM prints them; errors on stderr with a position.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runHog as run, tempFolder } from './cliSupport';

const folder = tempFolder('hog-run-');
const file = folder.file;

describe('hog run', () => {
  after(folder.remove);

  test('prints as the VM prints: arguments joined by spaces, values in Hog notation', async () => {
    const program = file('ok.hog', "print('total', 3, [1, 'a'], {'k': null}, (1, 2))\nprint(f'{1 + 1}')\n");
    assert.deepEqual(await run(['run', program]), { status: 0, out: ["total 3 [1, 'a'] {'k': null} (1, 2)", '2'], err: [] });
  });

  test('globals and inputs from JSON files; fetch is mocked', async () => {
    const program = file('g.hog', "print(event.event, inputs.url)\nlet r := fetch(inputs.url)\nprint(r.status)\n");
    const globals = file('g.json', JSON.stringify({ event: { event: 'signed_up' } }));
    const inputs = file('i.json', JSON.stringify({ url: 'https://nowhere.invalid/x' }));
    const result = await run(['run', program, '--globals', globals, '--inputs', inputs]);
    assert.deepEqual(result, { status: 0, out: ['signed_up https://nowhere.invalid/x', '200'], err: [] });
  });

  test('an uncaught error: what was printed, then file:line:column: error on stderr, exit 1', async () => {
    const program = file('boom.hog', "print('one')\nlet a := 1\nthrow Error('boom')\n");
    assert.deepEqual(await run(['run', program]), { status: 1, out: ['one'], err: [`${program}:3:1: error: boom`] });
    const missing = file('missing.hog', 'print(nope)\n');
    const result = await run(['run', missing]);
    assert.equal(result.status, 1);
    assert.deepEqual(result.err, [`${missing}:1:7: error: Global variable not found: nope`]);
  });

  test('a compile error exits 1 with file:line:column: error', async () => {
    const program = file('bad.hog', "print(1)\nlet a = 2\n");
    const result = await run(['run', program]);
    assert.equal(result.status, 1);
    assert.deepEqual(result.out, []);
    assert.match(result.err[0] ?? '', new RegExp(`^${program.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:7: error: `));
  });

  test('bad usage exits 2', async () => {
    assert.equal((await run(['run'])).status, 2);
    assert.equal((await run(['run', 'a.hog', '--globals'])).status, 2);
    assert.equal((await run(['run', join(folder.dir, 'none.hog')])).status, 2);
  });
});
