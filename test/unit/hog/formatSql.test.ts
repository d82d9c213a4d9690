// The formatter on embedded HogQL: every program of the SQL corpus, the query fixtures and every
// query form of the parser tests (and generated variants of them) parses to the same tree after
// formatting, formats to itself, keeps its comments, and is printed by the SQL layout itself
// (never by the verbatim fallback); plus the layout: a clause per line for long queries.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { printProgram, withoutPositions } from '../../../src/hog/format/index';
import { parse } from '../../../src/hog/index';
import { sharedSkip } from '../support/shared';
import { readShared, sharedNames } from './fixtures/compile';
import { QUERY_FORMS } from './fixtures/queryForms';
import { assertFormatsSafely, commented, format, respaced, tree, wrapped } from './formatSupport';

const SQL_SKIP = sharedSkip('corpus/sql');
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

/** The SQL layout's own output (no fallback, no check): the same tree, nothing printed verbatim. */
function assertLaidOut(source: string, label: string): string {
  const { program } = parse(source);
  assert.ok(program, label);
  const verbatim: string[] = [];
  const printed = printProgram(source, program, {}, '', { onVerbatim: (kind) => verbatim.push(kind) });
  assert.deepEqual(verbatim, [], `${label}: nothing printed verbatim`);
  assert.deepEqual(withoutPositions(parse(printed).program), withoutPositions(program), `${label}: same tree`);
  return assertFormatsSafely(source, label);
}

function assertVariantsFormat(source: string, name: string): void {
  const variants = { respaced: respaced(source, name), wrapped: wrapped(source), commented: commented(source, name) };
  for (const [kind, variant] of Object.entries(variants)) {
    assert.deepEqual(tree(variant), tree(source), `${name}: the ${kind} variant means the same program`);
    assertLaidOut(variant, `${name} (${kind})`);
  }
}

describe('formatter: the SQL corpus', { skip: SQL_SKIP }, () => {
  const names = SQL_SKIP ? [] : sharedNames('corpus/sql', '.hog');

  test('the SQL corpus has its 3 programs', () => assert.equal(names.length, 3));

  for (const name of names) {
    test(`same tree, idempotent, comments in place, and its variants: ${name}`, () => {
      const source = readShared('corpus/sql', `${name}.hog`);
      assertLaidOut(source, name);
      // The variants re-space and comment between tokens, which would change a tag's text.
      if (!/<\/\w/.test(source)) assertVariantsFormat(source, name);
    });
  }
});

describe('formatter: query forms and fixtures', () => {
  for (const [topic, programs] of Object.entries(QUERY_FORMS)) {
    test(topic, () => {
      for (const source of programs) assertLaidOut(source, source);
    });
  }

  test('the query fixtures and their variants', () => {
    for (const name of ['hogql-queries.hog', 'hogql-forms.hog']) {
      assertLaidOut(fixture(name), name);
      if (!/<\/\w/.test(fixture(name))) assertVariantsFormat(fixture(name), name);
    }
  });
});

describe('formatter: the SQL layout', () => {
  test('a query that fits stays on one line, spaced; keywords keep the case they were written in', () => {
    assert.equal(format('let q:=(select a,b  from   t where x>1)'), 'let q := (select a, b from t where x > 1)\n');
    assert.equal(format('let q := (SELECT Count( * ) FROM events WHERE x  IN (1,2))'), 'let q := (SELECT Count(*) FROM events WHERE x IN (1, 2))\n');
  });

  test('a long query: one clause per line, each join on its own line, long select lists one item per line', () => {
    const source =
      'let q := (select e.event, count(distinct e.person_id) as people, countIf(e.timestamp < f.first_at + interval 1 day) as same_day, max(e.timestamp) as last_seen from events as e inner join first_seen as f on e.person_id = f.person_id left join persons p using id where e.x > 1 group by e.event having people > 10 order by people desc limit 5)';
    assert.equal(
      format(source),
      [
        'let q := (',
        '    select',
        '        e.event,',
        '        count(distinct e.person_id) as people,',
        '        countIf(e.timestamp < f.first_at + interval 1 day) as same_day,',
        '        max(e.timestamp) as last_seen',
        '    from events as e',
        '    inner join first_seen as f on e.person_id = f.person_id',
        '    left join persons p using id',
        '    where e.x > 1',
        '    group by e.event',
        '    having people > 10',
        '    order by people desc',
        '    limit 5',
        ')',
        '',
      ].join('\n'),
    );
  });

  test('subqueries and set operations break the same way, inside their brackets', () => {
    const source =
      'let q := (select person_id from (select person_id, count() as n from events where event = \'signup\' group by person_id) as s where s.n > 1 union all select person_id from persons where created_at > now())';
    assert.equal(
      format(source),
      [
        'let q := (',
        '    select person_id',
        "    from (select person_id, count() as n from events where event = 'signup' group by person_id) as s",
        '    where s.n > 1',
        '    union all',
        '    select person_id',
        '    from persons',
        '    where created_at > now()',
        ')',
        '',
      ].join('\n'),
    );
  });

  test('window functions, FILTER and signs outside and inside queries', () => {
    assert.equal(format('let r := sum( x ) over ( partition by a order by b rows between -1 preceding and current row )'), 'let r := sum(x) over (partition by a order by b rows between -1 preceding and current row)\n');
    assert.equal(format('let n := count( ) filter ( where a-1 > 0 )'), 'let n := count() filter (where a - 1 > 0)\n');
  });

  test('tags: attributes one space apart, = and braces tight, children as written', () => {
    assert.equal(format("let t := <Card   title = 'x'  n={ 1+1 }   flag >hi <b>you</b>  {name}</Card>"), "let t := <Card title='x' n={1 + 1} flag>hi <b>you</b>  {name}</Card>\n");
    assert.equal(format('let t := < Tag/>'), 'let t := < Tag />\n', 'a `<` the lexer did not take for a tag keeps its space');
    assert.equal(format('let q := (select * from <Events   limit={ 10 } /> as e)'), 'let q := (select * from <Events limit={10} /> as e)\n');
  });

  test('comments inside a query stay where they were; a clause holding a comment breaks', () => {
    const source = 'let q := (select a, -- the key\n b /* second */ from t\n// only recent ones\nwhere x > 1)\n';
    const expected = 'let q := (\n    select\n        a, -- the key\n        b /* second */\n    from t\n    // only recent ones\n    where\n        x > 1\n)\n';
    assert.equal(assertLaidOut(source, 'comments'), expected);
  });
});
