// Semantic checks and editor features around HogQL: in a query, names are columns, tables,
// aliases and SQL functions (never reported), while `{placeholders}` are Hog expressions
// (checked like any other); tags used as Hog values hold Hog expressions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkProgram } from '../../../src/hog/analysis/check';
import { completionsAt } from '../../../src/hog/analysis/completion';
import { definitionAt, hoverAt } from '../../../src/hog/analysis/hover';
import { analyze, isInSql, type Analysis } from '../../../src/hog/analysis/resolve';
import { signatureAt } from '../../../src/hog/analysis/signature';
import { documentSymbols } from '../../../src/hog/analysis/symbols';
import { SQL_CORPUS_SKIP, sqlCorpusFiles } from './fixtures/corpus';
import { offsetOf, parseHog } from './analysisSupport';

const analysisOf = (source: string): Analysis => analyze(source, parseHog(source));
const problems = (source: string): string[] => checkProgram(source).map((d) => `${d.code}: ${d.message}`);
const QUERIES = readFileSync(join(__dirname, 'fixtures', 'hogql-queries.hog'), 'utf8');

describe('analysis: HogQL', () => {
  it('reports nothing in the sql corpus programs', { skip: SQL_CORPUS_SKIP }, () => {
    for (const file of sqlCorpusFiles()) assert.deepEqual(problems(file.source), [], file.name);
  });

  it('reports nothing in a program full of queries, joins, windows and tags', () => {
    assert.deepEqual(problems(QUERIES), []);
  });

  it('never reports columns, tables, aliases or SQL functions', () => {
    const source = [
      'let q := (',
      '  with recent as (select person_id from events where timestamp > now() - interval 1 day)',
      '  select e.event, count() as n, quantileExact(0.9)(duration), argMax(x, y) over (partition by z) as w',
      '  from events as e left join recent r on e.person_id = r.person_id array join e.items as item',
      '  where item.kind in (select kind from kinds) and arrayExists(k -> k = e.event, tags)',
      '  group by e.event order by n desc limit 10',
      ')',
      'let n := countIf(x) filter (where y)',
      'let s := sql(properties.$browser)',
      'print(q, n, s)',
    ].join('\n');
    assert.deepEqual(problems(source), []);
  });

  it('a window function outside a query names no column, but PostHog cannot compile it', () => {
    assert.deepEqual(problems('let rank := row_number() over (order by a)\nprint(rank)'), [
      'posthog-compile: PostHog cannot compile this: BytecodeCompiler has no method visit_window_function.',
    ]);
  });

  it('checks {placeholders} as Hog expressions, wherever they are in a query', () => {
    const source = [
      'let since := now()',
      'let q := (select a from {table} where t > {since} and b = {missing} and arrayMap(x -> x + {offsetBy}, c))',
      'print(q)',
    ].join('\n');
    assert.deepEqual(problems(source), [
      "undeclared-variable: 'table' is not declared.",
      "undeclared-variable: 'missing' is not declared.",
      "undeclared-variable: 'offsetBy' is not declared.",
    ]);
  });

  it('checks the attribute values and children of a tag used as a Hog value', () => {
    const source = "let title := 'x'\nlet card := <Card title={title} data={rows} flag>{body} text <b x={y} /></Card>\nprint(card)";
    assert.deepEqual(problems(source), [
      "undeclared-variable: 'rows' is not declared.",
      "undeclared-variable: 'body' is not declared.",
      "undeclared-variable: 'y' is not declared.",
    ]);
  });

  it('knows which offsets are HogQL', () => {
    const source = 'let v := 1\nlet q := (select a from t where b = {v})\nprint(q)';
    const analysis = analysisOf(source);
    assert.equal(isInSql(analysis, offsetOf(source, 'a from')), true);
    assert.equal(isInSql(analysis, offsetOf(source, 'v})')), false);
    assert.equal(isInSql(analysis, offsetOf(source, 'print')), false);
  });

  it('completes SQL keywords in a query, Hog names in its placeholders', () => {
    const source = 'let since := 1\nlet q := (select a from t where b = {since})\nprint(q)';
    const analysis = analysisOf(source);
    const inQuery = completionsAt(source, offsetOf(source, ' from'), analysis).map((c) => c.label);
    assert.ok(inQuery.includes('from') && inQuery.includes('where'), inQuery.join(' '));
    assert.ok(!inQuery.includes('since') && !inQuery.includes('print'));
    const inPlaceholder = completionsAt(source, offsetOf(source, 'since}'), analysis).map((c) => c.label);
    assert.ok(inPlaceholder.includes('since') && inPlaceholder.includes('print'));
  });

  it('completes SQL keywords in a query being typed (no tree yet)', () => {
    const source = 'let since := 1\nlet q := (select a from t where ';
    const items = completionsAt(source, source.length, null).map((c) => c.label);
    assert.ok(items.includes('group') && !items.includes('since'));
    const hole = 'let q := (select a from t where b = {si';
    assert.ok(completionsAt(hole, hole.length, null).some((c) => c.label === 'print'));
  });

  it('gives no Hog signature for SQL functions, and hovers Hog names in placeholders only', () => {
    const source = 'fun pick(x) { return x }\nlet q := (select pick(a) from t where b = {pick(1)})\nprint(q)';
    const analysis = analysisOf(source);
    assert.equal(signatureAt(source, offsetOf(source, 'pick(a)') + 5, analysis), undefined);
    assert.equal(signatureAt(source, offsetOf(source, 'pick(1)') + 5, analysis)?.label, 'pick(x)');
    assert.equal(hoverAt(analysis, offsetOf(source, 'pick(a)')), undefined);
    assert.match(hoverAt(analysis, offsetOf(source, 'pick(1)'))?.contents ?? '', /fun pick\(x\)/);
    assert.equal(definitionAt(analysis, offsetOf(source, 'pick(1)'))?.start, offsetOf(source, 'pick'));
  });

  it('never throws: completion, signature, hover, definition and the outline at every offset', () => {
    const analysis = analysisOf(QUERIES);
    for (let offset = 0; offset <= QUERIES.length; offset++) {
      completionsAt(QUERIES, offset, analysis);
      completionsAt(QUERIES.slice(0, offset), offset, null);
      signatureAt(QUERIES, offset, analysis);
      hoverAt(analysis, offset);
      definitionAt(analysis, offset);
    }
    const names = documentSymbols(QUERIES, parseHog(QUERIES)).map((s) => s.name);
    assert.deepEqual(names, ['since', 'limitRows', 'daily', 'funnel', 'ranked', 'both', 'card']);
  });
});
