// The compiler's optional source map: the bytecode is the same with or without it, and each
// element points at the node that emitted it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileSource, Op, type CompileSuccess } from '../../../src/hog/compiler';
import { sharedSkip } from '../support/shared';
import { readShared, sharedNames } from './fixtures/compile';

function withMap(source: string): CompileSuccess {
  const result = compileSource(source, { sourceMap: true });
  assert.equal(result.errors, undefined);
  return result as CompileSuccess;
}

function textAt(source: string, compiled: CompileSuccess, ip: number): string | undefined {
  const range = compiled.sourceMap?.rangeAt(ip);
  return range && source.slice(range.start.offset, range.end.offset);
}

describe('compiler source map', () => {
  const SKIP = sharedSkip('corpus/programs');
  test('the bytecode of every corpus program is unchanged by the map', { skip: SKIP }, () => {
    const names = sharedNames('corpus/programs', '.hog').filter((name) => name !== 'lang-exceptions');
    assert.ok(names.length > 60);
    for (const name of names) {
      const source = readShared('corpus/programs', `${name}.hog`);
      const plain = compileSource(source);
      const mapped = compileSource(source, { sourceMap: true });
      assert.deepEqual(mapped.bytecode, plain.bytecode, name);
      assert.deepEqual(mapped.bytecode === undefined ? undefined : [...mapped.numberTexts], plain.bytecode === undefined ? undefined : [...plain.numberTexts], name);
      assert.ok(plain.errors === undefined && plain.sourceMap === undefined, name);
    }
  });

  test('a call points at the call, an operand at its literal, the header at nothing', () => {
    const source = "let a := 1\nlet b := upper('x') || 2.5\nprint(a.b.c)";
    const compiled = withMap(source);
    const { bytecode } = compiled;
    assert.equal(compiled.sourceMap?.rangeAt(0), undefined);
    const upper = bytecode.indexOf('upper');
    assert.equal(bytecode[upper - 1], Op.CALL_GLOBAL);
    assert.equal(textAt(source, compiled, upper - 1), "upper('x')");
    assert.equal(textAt(source, compiled, upper + 1), "upper('x')", 'the argument count belongs to the call');
    assert.equal(textAt(source, compiled, bytecode.indexOf('x')), "'x'");
    assert.equal(textAt(source, compiled, bytecode.indexOf(2.5)), '2.5');
    const lastGet = bytecode.lastIndexOf(Op.GET_PROPERTY);
    assert.equal(textAt(source, compiled, lastGet), 'a.b.c');
  });

  test('lines and columns are those of the source', () => {
    const source = "fun f(x) {\n  return x / 0\n}\nprint(f(1))";
    const compiled = withMap(source);
    const divide = compiled.bytecode.indexOf(Op.DIVIDE);
    const range = compiled.sourceMap?.rangeAt(divide);
    assert.deepEqual(range && [range.start.line, range.start.column], [2, 9]);
  });
});
