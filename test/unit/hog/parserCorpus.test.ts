// AST parity with the official parser on every corpus program.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parse, parseProgram } from '../../../src/hog/index';
import { corpusFiles, CORPUS_SKIP } from './fixtures/corpus';
import { loadOracle, officialTree, type Oracle } from './fixtures/oracle';

const programs = CORPUS_SKIP ? [] : corpusFiles('programs');

describe('parser: corpus programs', { skip: CORPUS_SKIP }, () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  test('the corpus has its 72 programs', () => {
    assert.equal(programs.length, 72);
  });

  for (const program of programs) {
    test(`parseProgram text is identical to the official text: ${program.name}`, () => {
      const official = oracle.parseProgram(program.source);
      assert.ok(oracle.accepts(official), 'the corpus program is valid for the official parser');
      assert.equal(parseProgram(program.source), official);
    });
  }

  test('parse() reports no error and returns the official tree for every ASCII corpus program', () => {
    let compared = 0;
    for (const program of programs) {
      const { program: tree, errors } = parse(program.source);
      assert.deepEqual(errors, [], program.name);
      // Non-ASCII sources differ on purpose in positions (see parserFixtures.test.ts).
      if (/[^\x00-\x7f]/.test(program.source)) continue;
      assert.deepEqual(tree, officialTree(oracle.parseProgram(program.source)), program.name);
      compared++;
    }
    assert.ok(compared >= 70, `compared ${compared} programs`);
  });
});
