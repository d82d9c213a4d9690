// Runtime smoke test: our bytecode of each corpus program with a `.stdout` runs on PostHog's VM
// (@posthog/hogvm, as PostHog's `bin/hog --nodejs` runs it) and prints exactly that.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runPrinting } from '../../../src/hog/runtime/printOutput';
import { sharedSkip } from '../support/shared';
import { bytecodeOf, printedBy, readShared, sharedNames } from './fixtures/compile';

const SKIP = sharedSkip('corpus/bytecode');
const withOutput = SKIP ? [] : sharedNames('corpus/bytecode', '.stdout');

describe('runtime: corpus programs print what PostHog prints', { skip: SKIP }, () => {
  test('the corpus has 18 outputs', () => {
    assert.equal(withOutput.length, 18);
  });

  for (const name of withOutput) {
    test(name, () => {
      const lines = printedBy(readShared('corpus/programs', `${name}.hog`));
      assert.equal(lines.map((line) => line + '\n').join(''), readShared('corpus/bytecode', `${name}.stdout`));
    });
  }
});

describe('runtime: printOutput', () => {
  test('print arguments are joined by spaces, strings unquoted, values as Hog prints them', () => {
    assert.deepEqual(printedBy("print('a', 1, [1, 'x'], {'k': null}, (1, 2))"), ["a 1 [1, 'x'] {'k': null} (1, 2)"]);
  });

  test('an uncaught error stops the run and is reported after what was printed', () => {
    const run = runPrinting(bytecodeOf("print('before')\nthrow Error('stop')\nprint('after')"));
    assert.deepEqual(run.lines, ['before']);
    assert.match(run.error ?? '', /stop/);
  });

  test('an async function (fetch) is reported, not run', () => {
    const run = runPrinting(bytecodeOf("fetch('https://example.com')"));
    assert.match(run.error ?? '', /fetch/);
  });

  test('RE2-style (?i) prefixes work for =~* and ilike', () => {
    assert.deepEqual(printedBy("print('ABC' =~* 'b', 'ABC' ilike '%b%', 'abc' =~ '^a')"), ['true true true']);
  });

  test('the program result comes back', () => {
    assert.equal(runPrinting(bytecodeOf('return 1 + 2')).result, 3);
  });
});
