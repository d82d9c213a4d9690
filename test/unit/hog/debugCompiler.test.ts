// The compiler's debug mode: plain bytecode stays PostHog's; debug bytecode records statements,
// their locals and the functions, and runs with the same output on PostHog's VM.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileSource, DEBUG_STATEMENT, type CompileSuccess } from '../../../src/hog/compiler';
import { sharedSkip } from '../support/shared';
import { readShared, sharedNames } from './fixtures/compile';

function compiled(source: string, debug: boolean): CompileSuccess {
  const result = compileSource(source, { debug, sourceMap: true });
  assert.equal(result.errors, undefined);
  return result as CompileSuccess;
}

describe('compiler debug mode', () => {
  test('plain compilation has no hooks and no debug info; debug compilation has both', () => {
    const source = 'let a := 1\nprint(a)\n';
    const plain = compiled(source, false);
    assert.equal(plain.debugInfo, undefined);
    assert.ok(!plain.bytecode.includes(DEBUG_STATEMENT));
    const debug = compiled(source, true);
    assert.equal(debug.bytecode.filter((e) => e === DEBUG_STATEMENT).length, 2);
    assert.deepEqual(debug.debugInfo?.statements.map((s) => [s.start.line, s.locals]), [[1, []], [2, ['a']]]);
  });

  test('statements know their function, the locals before them, and where they start in the bytecode', () => {
    const source = 'fun outer(x) {\n  let y := x\n  let f := (z) -> {\n    return y + z\n  }\n  return f(1)\n}\nprint(outer(2))\n';
    const { bytecode, debugInfo } = compiled(source, true);
    const info = debugInfo!;
    assert.deepEqual(info.functions.map((f) => [f.name, f.upvalues]), [['', []], ['outer', []], ['lambda', ['y']]]);
    const rows = info.statements.map((s) => [s.start.line, info.functions[s.fn]?.name, s.locals]);
    assert.deepEqual(rows, [
      [1, '', []],
      [2, 'outer', ['x']],
      [3, 'outer', ['x', 'y']],
      [4, 'lambda', ['z']],
      [6, 'outer', ['x', 'y', 'f']],
      [8, '', ['outer']],
    ]);
    assert.deepEqual(info.statements.map((s) => s.upvalues), [0, 0, 0, 0, 0, 0]);
    for (const statement of info.statements) {
      // INTEGER id, GET_LOCAL slot per named local, GET_UPVALUE i per upvalue, CALL_GLOBAL name argc.
      const args = statement.locals.filter((name) => name !== null).length + statement.upvalues;
      assert.deepEqual([bytecode[statement.ip + 1], bytecode[statement.ip + 2 + 2 * args + 1], bytecode[statement.ip + 2 + 2 * args + 2]], [statement.id, DEBUG_STATEMENT, 1 + args]);
    }
    for (const fn of info.functions.slice(1)) assert.equal(bytecode[fn.bodyIp - 5], 52 /* CALLABLE */);
  });

  test('for-in loops hide their own slots', () => {
    const { debugInfo } = compiled("for (let k, v in {'a': 1}) {\n  print(k, v)\n}\n", true);
    assert.deepEqual(debugInfo?.statements[1]?.locals, [null, null, null, null, null, 'k', 'v']);
  });

  const SKIP = sharedSkip('corpus/programs');
  test('plain bytecode of every corpus program is the same whether debug info was asked for elsewhere or not', { skip: SKIP }, () => {
    for (const name of sharedNames('corpus/programs', '.hog').filter((n) => n !== 'lang-exceptions')) {
      const source = readShared('corpus/programs', `${name}.hog`);
      const before = compileSource(source);
      compileSource(source, { debug: true });
      assert.deepEqual(compileSource(source).bytecode, before.bytecode, name);
    }
  });
});
