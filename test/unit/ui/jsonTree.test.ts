import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { jsonSyntaxErrors, JsonSyntaxError, locatePath, parseJsonTree, toValue } from '../../../src/documents/jsonTree';

describe('parseJsonTree', () => {
  it('round-trips values like JSON.parse', () => {
    const samples = ['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9\\"y"], "b": {"c": {}}}', '"s"', '0'];
    for (const text of samples) assert.deepEqual(toValue(parseJsonTree(text)), JSON.parse(text));
  });

  it('reports the offset of the first syntax error', () => {
    const cases: Array<[string, number]> = [
      ['{"a": 1,}', 8],
      ['{"a" 1}', 5],
      ['{"a": tru}', 6],
      ['{"a": 1} x', 9],
      ['[1 2]', 3],
      ['{"a": "unterminated', 6],
      ['', 0],
    ];
    for (const [text, offset] of cases) {
      assert.throws(
        () => parseJsonTree(text),
        (error: unknown) => error instanceof JsonSyntaxError && error.offset === offset,
        `offset for ${JSON.stringify(text)}`,
      );
    }
  });

  it('lists every syntax problem, not only the first', () => {
    const text = '{\n  "a": 1\n  "b": [1 2],\n  // no\n  "c": tru\n}';
    assert.deepEqual(jsonSyntaxErrors(text).map((error) => [error.message, text.slice(error.offset, error.offset + error.length)]), [
      ["A ',' was expected", '"b"'],
      ["A ',' was expected", '2'],
      ['Comments are not allowed in JSON', '// no'],
      ['Unexpected character', 'tru'],
      ['A value was expected', '}'],
    ]);
    assert.deepEqual(jsonSyntaxErrors('{"a": [1, 2]}'), []);
  });

  it('locates nested keys and array items, stopping at the deepest existing step', () => {
    const text = '{\n  "inputs": {\n    "url": {"value": "x"}\n  },\n  "actions": [{"config": {}}]\n}';
    const root = parseJsonTree(text);
    const url = locatePath(root, ['inputs', 'url']);
    assert.equal(text.slice(url.offset, url.offset + url.length), '"url"');
    const config = locatePath(root, ['actions', 0, 'config']);
    assert.equal(text.slice(config.offset, config.offset + config.length), '"config"');
    const missing = locatePath(root, ['inputs', 'nope']);
    assert.equal(text.slice(missing.offset, missing.offset + missing.length), '"inputs"');
  });
});
