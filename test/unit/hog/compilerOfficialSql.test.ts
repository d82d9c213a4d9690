// Programs with embedded HogQL (`(select …)`, `sql(…)`, HogQLX tags), compiled from the OFFICIAL
// parser's tree: our parser does not read these forms yet. When it does, replace
// `officialProgram(source)` by our parse (compileSource) and keep the expectations.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { compileProgram, formatHoge, parseHoge, readOfficialJson, type CompileResult } from '../../../src/hog/compiler';
import { runPrinting } from '../../../src/hog/runtime/printOutput';
import { sharedSkip } from '../support/shared';
import { readShared, sharedNames } from './fixtures/compile';
import { loadOracle, type Oracle } from './fixtures/oracle';

const SKIP = sharedSkip('corpus/sql');
const names = SKIP ? [] : sharedNames('corpus/sql', '.hoge');

describe('compiler: SQL corpus from the official parser tree', { skip: SKIP }, () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  function compileOfficial(source: string): CompileResult {
    const { program, numberTexts } = readOfficialJson(oracle.parseProgram(source));
    return compileProgram(program, { numberTexts });
  }

  test('the SQL corpus has its 3 programs', () => {
    assert.deepEqual(names, ['sql-hogqlx-tags', 'sql-queries-advanced', 'sql-queries-basic']);
  });

  for (const name of names) {
    test(`same bytecode as PostHog: ${name}`, () => {
      const result = compileOfficial(readShared('corpus/sql', `${name}.hog`));
      assert.equal(result.errors, undefined);
      const expectedText = readShared('corpus/sql', `${name}.hoge`);
      assert.deepEqual(result.bytecode, parseHoge(expectedText));
      assert.equal(formatHoge(result as Parameters<typeof formatHoge>[0]), expectedText);
    });

    test(`prints what PostHog's VM prints: ${name}`, () => {
      const result = compileOfficial(readShared('corpus/sql', `${name}.hog`));
      const run = runPrinting(result.bytecode ?? []);
      assert.equal(run.error, null);
      assert.equal(run.lines.map((line) => line + '\n').join(''), readShared('corpus/sql', `${name}.stdout`));
    });
  }
});
