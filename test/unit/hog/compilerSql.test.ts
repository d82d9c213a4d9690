// Programs with embedded HogQL (`(select …)`, `sql(…)`, HogQLX tags), compiled from our parser:
// PostHog's own bytecode and VM output for each, in-process and through `node dist/hog.js`; and
// the official parser's tree compiles to the very same bytecode.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { formatHoge, parseHoge, type CompileSuccess } from '../../../src/hog/compiler';
import { runPrinting } from '../../../src/hog/runtime/printOutput';
import { sharedPath, sharedSkip } from '../support/shared';
import { readShared, sharedNames } from './fixtures/compile';
import { loadOracle, type Oracle } from './fixtures/oracle';
import { compileWithParity } from './fixtures/parity';

const SKIP = sharedSkip('corpus/sql');
const names = SKIP ? [] : sharedNames('corpus/sql', '.hoge');
const bundle = join(process.cwd(), 'dist', 'hog.js');
const NO_BUNDLE = existsSync(bundle) ? false : 'dist/hog.js not built (npm run build)';

describe('compiler: the SQL corpus from our parser', { skip: SKIP }, () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  function compiled(name: string): CompileSuccess {
    const result = compileWithParity(oracle, readShared('corpus/sql', `${name}.hog`));
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result as CompileSuccess;
  }

  test('the SQL corpus has its 3 programs', () => {
    assert.deepEqual(names, ['sql-hogqlx-tags', 'sql-queries-advanced', 'sql-queries-basic']);
  });

  for (const name of names) {
    test(`same bytecode as PostHog: ${name}`, () => {
      const result = compiled(name);
      const expectedText = readShared('corpus/sql', `${name}.hoge`);
      assert.deepEqual(result.bytecode, parseHoge(expectedText));
      assert.equal(formatHoge(result), expectedText);
    });

    test(`prints what PostHog's VM prints: ${name}`, () => {
      const run = runPrinting(compiled(name).bytecode);
      assert.equal(run.error, null);
      assert.equal(run.lines.map((line) => line + '\n').join(''), readShared('corpus/sql', `${name}.stdout`));
    });

    test(`node dist/hog.js compile gives PostHog's bytecode: ${name}`, { skip: NO_BUNDLE }, () => {
      const result = spawnSync(process.execPath, [bundle, 'compile', sharedPath('corpus/sql', `${name}.hog`)], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(parseHoge(result.stdout), parseHoge(readShared('corpus/sql', `${name}.hoge`)));
    });
  }
});
