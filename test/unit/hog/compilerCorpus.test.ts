// The compiler against PostHog's own output: for every program of the shared corpus with a
// `.hoge` file, the same bytecode element for element (and the same .hoge text); for the program
// PostHog refuses, the same message, at the statement it concerns.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileSource, formatHoge, parseHoge } from '../../../src/hog/compiler';
import { sharedSkip } from '../support/shared';
import { compiled, readShared, sharedNames } from './fixtures/compile';

const SKIP = sharedSkip('corpus/bytecode');
const withBytecode = SKIP ? [] : sharedNames('corpus/bytecode', '.hoge');
const refused = SKIP ? [] : sharedNames('corpus/bytecode', '.error');

describe('compiler: PostHog bytecode corpus', { skip: SKIP }, () => {
  test('the corpus has 71 programs with bytecode and 1 refused program', () => {
    assert.equal(withBytecode.length, 71);
    assert.deepEqual(refused, ['lang-exceptions']);
  });

  for (const name of withBytecode) {
    test(`same bytecode as PostHog: ${name}`, () => {
      const expectedText = readShared('corpus/bytecode', `${name}.hoge`);
      const result = compiled(readShared('corpus/programs', `${name}.hog`));
      assert.deepEqual(result.bytecode, parseHoge(expectedText));
      // Also as text: floats written as Python writes them (1.0, 6.02e+23, Infinity), wrapped at 120.
      assert.equal(formatHoge(result), expectedText);
    });
  }

  for (const name of refused) {
    test(`refused with PostHog's message, at the statement: ${name}`, () => {
      const source = readShared('corpus/programs', `${name}.hog`);
      const result = compileSource(source);
      const error = result.errors?.[0];
      assert.ok(error && result.errors?.length === 1, 'exactly one error');
      assert.equal(error.kind, 'compile');
      assert.equal(error.message, readShared('corpus/bytecode', `${name}.error`).trim());
      const statement = source.slice(error.start.offset, error.end.offset);
      assert.match(statement, /^try \{[\s\S]*\} finally \{[\s\S]*\}$/);
      assert.equal(error.start.line, source.slice(0, error.start.offset).split('\n').length);
    });
  }
});
