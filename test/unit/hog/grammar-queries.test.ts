// The Hog TextMate grammar on HogQL inside Hog: `(select …)` queries, window clauses, tags.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dump, findToken, innermostScope, tokenize, tokenizeDocument } from './grammar-fixtures/tokenize';
import { SQL_CORPUS_SKIP, sqlCorpusFiles } from './fixtures/corpus';

type Expectation = [source: string, text: string, scope: string, occurrence?: number];

function expectScopes(cases: Expectation[]): void {
  for (const [source, text, scope, occurrence = 0] of cases) {
    test(`${JSON.stringify(text)}${occurrence ? ` #${occurrence}` : ''} in ${JSON.stringify(source)} is ${scope}`, async () => {
      const tokens = await tokenize(source);
      assert.equal(innermostScope(findToken(tokens, text, occurrence)), scope, dump(tokens));
    });
  }
}

const QUERY = "let q := (select event, count() as n from events e where e.ts > {since} group by event order by n desc limit 10)";
const MULTILINE = 'let q := (\n    select a\n    from t\n    where b = {x}\n)\nprint(q)';
const TAG = "let t := <Card title='Hi' data={rows} flag>text {n} <b /></Card>";

describe('queries', () => {
  expectScopes([
    [QUERY, 'select', 'keyword.other.query.hog'],
    [QUERY, 'as', 'keyword.other.query.hog'],
    [QUERY, 'from', 'keyword.other.query.hog'],
    [QUERY, 'where', 'keyword.other.query.hog'],
    [QUERY, 'group', 'keyword.other.query.hog'],
    [QUERY, 'desc', 'keyword.other.query.hog'],
    [QUERY, 'limit', 'keyword.other.query.hog'],
    // Columns are not Hog globals, and SQL functions are plain function names.
    [QUERY, 'event', 'variable.other.readwrite.hog'],
    [QUERY, 'events', 'variable.other.readwrite.hog'],
    [QUERY, 'count', 'entity.name.function.hog'],
    [QUERY, 'ts', 'variable.other.property.hog'],
    // A placeholder is Hog again.
    [QUERY, '{', 'punctuation.section.embedded.begin.hog'],
    [QUERY, 'since', 'variable.other.readwrite.hog'],
    ["let q := (select a from t where b = {event.x})", 'event', 'support.variable.global.hog'],
    ['let q := (select left(a, 2), a left join b on 1)', 'left', 'entity.name.function.hog'],
    ['let q := (select left(a, 2), a left join b on 1)', 'left', 'keyword.other.query.hog', 1],
    [MULTILINE, 'select', 'keyword.other.query.hog'],
    [MULTILINE, 'from', 'keyword.other.query.hog'],
    [MULTILINE, 'where', 'keyword.other.query.hog'],
    [MULTILINE, 'print', 'support.function.builtin.hog'],
    ['let r := rank() over (partition by a order by b)', 'over', 'keyword.other.query.hog'],
    ['let r := rank() over (partition by a order by b)', 'partition', 'keyword.other.query.hog'],
    ['let n := count() filter (where a > 1)', 'filter', 'keyword.other.query.hog'],
    ['let n := count() filter (where a > 1)', 'where', 'keyword.other.query.hog'],
    // Outside queries the same words are Hog names.
    ['let select := from + where', 'select', 'variable.other.readwrite.declaration.hog'],
    ['print(q.select, (from))', 'select', 'variable.other.property.hog'],
    ['print(q.select, (from))', 'from', 'variable.other.readwrite.hog'],
  ]);

  test('the query is one region, ending with its parenthesis', async () => {
    const tokens = await tokenize(MULTILINE);
    assert.ok(findToken(tokens, 'from').scopes.includes('meta.query.hog'));
    assert.ok(!findToken(tokens, 'print').scopes.includes('meta.query.hog'));
  });
});

describe('tags', () => {
  expectScopes([
    [TAG, 'Card', 'entity.name.tag.hog'],
    [TAG, 'Card', 'entity.name.tag.hog', 1],
    [TAG, 'title', 'entity.other.attribute-name.hog'],
    [TAG, 'flag', 'entity.other.attribute-name.hog'],
    [TAG, 'Hi', 'string.quoted.single.hog'],
    [TAG, 'rows', 'variable.other.readwrite.hog'],
    [TAG, 'text ', 'string.unquoted.tag-text.hog'],
    [TAG, 'n', 'variable.other.readwrite.hog'],
    [TAG, 'b', 'entity.name.tag.hog'],
    ['let t := <a-b data-x={1} />', 'a-b', 'entity.name.tag.hog'],
    ['let t := <a-b data-x={1} />', 'data-x', 'entity.other.attribute-name.hog'],
    ['if (a < b) { }', '<', 'keyword.operator.comparison.hog'],
    ['if (a <b) { }', '<', 'keyword.operator.comparison.hog'],
  ]);
});

describe('grammar on HogQL programs', () => {
  const programs = [
    ...sqlCorpusFiles().map((file) => ({ name: file.name, source: file.source })),
    { name: 'hogql-queries.hog', source: readFileSync(join(__dirname, 'fixtures', 'hogql-queries.hog'), 'utf8') },
  ];

  for (const { name, source } of programs) {
    test(`${name}: fully tokenised, nothing left open`, { skip: name.startsWith('sql-') ? SQL_CORPUS_SKIP : false }, async () => {
      const result = await tokenizeDocument(source);
      assert.deepEqual(result.stoppedEarly, []);
      assert.deepEqual(result.gaps, []);
      const invalid = result.tokens.filter((t) => t.scopes.some((s) => s.startsWith('invalid')));
      assert.equal(invalid.length, 0, dump(invalid));
      assert.equal(result.tokens.filter((t) => t.scopes.length === 1).length, 0, 'unscoped text');
      assert.equal(result.endDepth, 1, 'a query, tag, string or bracket is still open at the end');
    });
  }
});
