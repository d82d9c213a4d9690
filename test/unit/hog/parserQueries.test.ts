// HogQL inside Hog: `(select …)` queries, HogQLX tags, window functions and the rest of the
// official grammar's expression forms. Every program here is accepted by the official parser;
// ours must give the identical JSON text, and parse() the same tree with no error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { parse, parseProgram } from '../../../src/hog/index';
import { KEYWORDS, RESERVED_WORDS } from '../../../src/hog/tokens';
import { loadOracle, officialTree, type Oracle } from './fixtures/oracle';
import { QUERY_FORMS as FORMS } from './fixtures/queryForms';


describe('parser: HogQL query forms', () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  for (const [topic, programs] of Object.entries(FORMS)) {
    test(`${topic}: identical JSON text and the official tree`, () => {
      for (const source of programs) {
        const official = oracle.parseProgram(source);
        assert.ok(oracle.accepts(official), `the official parser accepts: ${source}`);
        assert.equal(parseProgram(source), official, source);
        const { program, errors } = parse(source);
        assert.deepEqual(errors, [], source);
        assert.deepEqual(program, officialTree(official), source);
      }
    });
  }

  test('every HogQL keyword as a Hog name (variable, function, parameter, key, member): identical JSON text', () => {
    const names = [...KEYWORDS].filter((word) => !RESERVED_WORDS.has(word));
    assert.ok(names.length > 100);
    for (const k of names) {
      const source = [
        `let ${k} := 1`,
        `fun ${k}(${k}) { return ${k} }`,
        `print(${k}(${k}), obj.${k}, {${k}: ${k}}, [${k}.a, ${k}[1]])`,
        `${k} := ${k} + 1`,
      ].join('\n');
      assert.equal(parseProgram(source), oracle.parseProgram(source), source);
    }
  });

  test('a program full of queries, with CRLF line endings and non-ASCII text too', () => {
    const source = readFileSync(join(__dirname, 'fixtures', 'hogql-queries.hog'), 'utf8');
    const unicode = source.replace("'signup'", "'inscription ✓ 🚀'").replace('Last refreshed', 'Dernière mise à jour 🚀');
    for (const variant of [source, source.replace(/\n/g, '\r\n'), unicode]) {
      const official = oracle.parseProgram(variant);
      assert.ok(oracle.accepts(official), official.slice(0, 200));
      assert.equal(parseProgram(variant), official);
      assert.deepEqual(parse(variant).errors, []);
    }
  });
});
