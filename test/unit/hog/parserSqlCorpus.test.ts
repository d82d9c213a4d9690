// The corpus programs with embedded HogQL (../shared/corpus/sql): queries and tags as values.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parse, parseProgram } from '../../../src/hog/index';
import { SQL_CORPUS_SKIP, sqlCorpusFiles } from './fixtures/corpus';
import { loadOracle, officialTree, type Oracle } from './fixtures/oracle';

const programs = sqlCorpusFiles();

describe('parser: corpus programs with HogQL', { skip: SQL_CORPUS_SKIP }, () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  test('the sql corpus has its three programs', () => {
    assert.deepEqual(
      programs.map((p) => p.name),
      ['sql-hogqlx-tags.hog', 'sql-queries-advanced.hog', 'sql-queries-basic.hog'],
    );
  });

  for (const program of programs) {
    test(`identical JSON text and tree, no errors: ${program.name}`, () => {
      const official = oracle.parseProgram(program.source);
      assert.ok(oracle.accepts(official), 'the official parser accepts it');
      assert.equal(parseProgram(program.source), official);
      const { program: tree, errors } = parse(program.source);
      assert.deepEqual(errors, []);
      assert.deepEqual(tree, officialTree(official));
    });
  }
});
