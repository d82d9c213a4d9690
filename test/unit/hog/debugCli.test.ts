// `hog debug FILE --break LINE…`: one JSON line per stop between the program's print lines.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { runHog as run, tempFolder } from './cliSupport';

const folder = tempFolder('hog-debug-');
const file = folder.file;

describe('hog debug', () => {
  after(folder.remove);

  test('a JSON line per stop, in order with print output; functions named, the program null', async () => {
    const program = file('f.hog', "fun twice(x) {\n  let y := x * 2\n  return y\n}\nlet n := {'k': [1]}\nprint(twice(2))\nprint(n)\n");
    const result = await run(['debug', program, '--break', '3', '--break', '7']);
    assert.deepEqual(result, {
      status: 0,
      out: [
        '{"line":3,"function":"twice","locals":{"x":2,"y":4}}',
        '4',
        '{"line":7,"function":null,"locals":{"twice":"fn<twice(1)>","n":{"k":[1]}}}',
        "{'k': [1]}",
      ],
      err: [],
    });
  });

  test('an uncaught error: a stop line with the error, then the error on stderr, exit 1', async () => {
    const program = file('e.hog', "let a := 1\nthrow Error('boom')\n");
    const result = await run(['debug', program]);
    assert.deepEqual(result, { status: 1, out: ['{"line":2,"function":null,"locals":{"a":1},"error":"boom"}'], err: [`${program}:2:1: error: boom`] });
  });

  test('globals from a file; bad usage is refused', async () => {
    const program = file('g.hog', 'print(event.event)\n');
    const globals = file('g.json', JSON.stringify({ event: { event: 'x' } }));
    assert.deepEqual((await run(['debug', program, '--globals', globals, '--break', '1'])).out, ['{"line":1,"function":null,"locals":{}}', 'x']);
    assert.equal((await run(['debug', program, '--break', 'one'])).status, 2);
    assert.equal((await run(['debug'])).status, 2);
  });
});
