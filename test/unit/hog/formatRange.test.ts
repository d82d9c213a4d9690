// Range formatting: the statements a range touches, at the indentation of their first line.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatRange, minimalEdit, type TextEdit } from '../../../src/hog/format/index';

/** `source` after formatting the range from the start of `from` to the end of `to` (default: `from`). */
function formatBetween(source: string, from: string, to = from): { text: string; edits: TextEdit[] } {
  const start = source.indexOf(from);
  const end = source.indexOf(to, start) + to.length;
  assert.ok(start >= 0 && end >= start, 'the range is in the source');
  const result = formatRange(source, { start, end });
  if (!result.ok) return assert.fail(`syntax errors: ${result.errors.map((e) => e.message).join('; ')}`);
  return { text: applyEdits(source, result.edits), edits: result.edits };
}

function applyEdits(source: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), source);
}

const SOURCE = 'let a:=1\nfun f(x){\n  let y:=x+1 // why\n  if(y>2){print( y )}\n  return y\n}\nlet b:=[1,2,]\n';

describe('formatter: ranges', () => {
  test('one statement in a function body, at its own indentation, with its trailing comment', () => {
    assert.equal(formatBetween(SOURCE, 'y:=x').text, SOURCE.replace('let y:=x+1 // why', 'let y := x + 1 // why'));
  });

  test('a statement with a block: the lines after the first keep the indentation of the first', () => {
    assert.equal(formatBetween(SOURCE, 'if(y>2)').text, SOURCE.replace('if(y>2){print( y )}', 'if (y > 2) {\n      print(y)\n  }'));
  });

  test('a range over several statements formats each statement it touches', () => {
    const { text } = formatBetween(SOURCE, 'a:=1', 'let b');
    assert.equal(text, 'let a := 1\nfun f(x) {\n    let y := x + 1 // why\n    if (y > 2) {\n        print(y)\n    }\n    return y\n}\nlet b := [1, 2]\n');
  });

  test('a statement that shares its line with code before it widens the range to a whole line', () => {
    assert.equal(formatBetween('{ a:=1; b:=2 }\nc:=3\n', 'b:=2').text, '{\n    a := 1;\n    b := 2\n}\nc:=3\n');
    assert.equal(formatBetween('x:=1; y:=2\nz:=3\n', 'y:=2').text, 'x := 1;\ny := 2\nz:=3\n');
  });

  test('statements inside a lambda body inside an expression', () => {
    const source = 'let f := arrayMap(v -> {\n    let w:=v*2\n    return w\n}, list)\n';
    assert.equal(formatBetween(source, 'let w').text, source.replace('let w:=v*2', 'let w := v * 2'));
  });

  test('text inside a multi-line string is never re-indented', () => {
    const source = "if (x) {\n    let s:=f('a\nb', [1,\n2])\n}\n";
    assert.equal(formatBetween(source, 'let s').text, "if (x) {\n    let s := f('a\nb', [1, 2])\n}\n");
  });

  test('nothing to do: a formatted statement, or a range between statements', () => {
    assert.deepEqual(formatBetween('let a := 1\n\n\nlet b:=2\n', 'let a := 1').edits, []);
    const source = 'let a := 1\n\n\nlet b:=2\n';
    const result = formatRange(source, { start: 12, end: 12 });
    assert.deepEqual(result, { ok: true, edits: [] });
  });

  test('a program with syntax errors is not formatted', () => {
    const result = formatRange('let a = 1\nlet b:=2\n', { start: 10, end: 18 });
    assert.equal(result.ok, false);
  });

  test('minimalEdit replaces only the part that differs', () => {
    assert.deepEqual(minimalEdit('let a:=1\nprint(a)\n', 'let a := 1\nprint(a)\n'), { start: 5, end: 7, text: ' := ' });
    assert.equal(minimalEdit('same', 'same'), null);
    const before = 'aaa';
    const after = 'aaaa';
    const edit = minimalEdit(before, after);
    assert.ok(edit !== null);
    assert.equal(applyEdits(before, [edit]), after);
  });
});
