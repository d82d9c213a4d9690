// The .hoge text (what `hog compile` prints) and the readers around the compiler.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatHoge, parseHoge, readOfficialJson } from '../../../src/hog/compiler';
import { compiled } from './fixtures/compile';

describe('compiler: .hoge text', () => {
  test('floats as Python writes them: repr, bare non-finite values', () => {
    const text = formatHoge(compiled('return [1.0, 0.1, 1e16, 1e15, 6.02e23, 1e-5, 0.0001, -2.5, inf, -inf, nan, 3]'));
    assert.equal(
      text,
      '["_H", 1, 34, 1.0, 34, 0.1, 34, 1e+16, 34, 1000000000000000.0, 34, 6.02e+23, 34, 1e-05, 34, 0.0001, 34, -2.5, 34,\n' +
        'Infinity, 34, -Infinity, 34, NaN, 33, 3, 43, 12, 38]\n',
    );
  });

  test('strings escaped as Python json.dumps escapes them (non-ASCII as \\u escapes)', () => {
    assert.equal(formatHoge(compiled("return 'é\"\\n\u{1F600}'")), '["_H", 1, 32, "\\u00e9\\"\\n\\ud83d\\ude00", 38]\n');
  });

  test('lines wrap at 120 columns, as PostHog hoge does', () => {
    const text = formatHoge(compiled(`return [${Array.from({ length: 60 }, (_, i) => i).join(', ')}]`));
    const lines = text.trimEnd().split('\n');
    assert.ok(lines.length > 1);
    assert.ok(lines.every((line) => line.length <= 120));
    assert.deepEqual(parseHoge(text).length, 2 + 60 * 2 + 3);
  });

  test('parseHoge reads bare Infinity, -Infinity and NaN, but not inside strings', () => {
    assert.deepEqual(parseHoge('["_H", 1, 34, Infinity, 34, -Infinity, 34, NaN, 32, "NaN Infinity"]'), [
      '_H', 1, 34, Infinity, 34, -Infinity, 34, NaN, 32, 'NaN Infinity',
    ]);
  });
});

describe('compiler: reading the official JSON', () => {
  test('keeps the text of float literals, which JSON.parse would turn into integers', () => {
    const json = '{"declarations":[{"expr":{"node":"Constant","value":1.0},"node":"ReturnStatement"},' +
      '{"expr":{"node":"Constant","value":"2.0"},"node":"ExprStatement"}],"node":"Program"}';
    const { program, numberTexts } = readOfficialJson(json);
    const first = program.declarations[0] as unknown as { expr: object };
    const second = program.declarations[1] as unknown as { expr: { value: unknown } };
    assert.equal(numberTexts.get(first.expr), '1.0');
    assert.equal(second.expr.value, '2.0', 'a string that looks like a number stays a string');
    assert.equal(numberTexts.size, 1);
  });
});
