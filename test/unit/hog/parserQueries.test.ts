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

const FORMS: Record<string, string[]> = {
  'select lists and aliases': [
    'let q := (select 1)',
    'let q := (select a, b as c, d e, f as `quoted`, g as "dq", h as \'text\', x: 1 + 2 from t)',
    'let q := (select distinct a, b from t)',
    'let q := (select *, t.*, e.properties.* from t)',
    'let q := (select 1 date, 2 final, 3 id, 4 return, 5 top, 6 totals, 7 cohort, 8 ascending, 9 descending)',
    'let q := (select a, b, from t)',
    'let q := (select a,)',
    "let q := (select columns('^prop_'), columns(a, b), * exclude (a, b), t.* exclude (c), * columns('x'))",
    'let q := (select columns(* replace (a + 1 as a, b as c)), columns(* exclude (d) replace (e as f)), (* replace (g as h)))',
    'let q := (select a from t where b = 1 and c in (1, 2) or d is not null)',
  ],
  'FROM: tables, functions, subqueries, placeholders, FINAL, SAMPLE': [
    'let q := (select * from events)',
    'let q := (select * from db.events as e)',
    'let q := (select * from events e)',
    'let q := (select * from events final)',
    'let q := (select * from events sample 0.1)',
    'let q := (select * from events sample 1/10 offset 1/2)',
    'let q := (select * from events as e final sample 10%)',
    'let q := (select * from events sample {ratio})',
    'let q := (select * from numbers(10))',
    'let q := (select * from numbers(1, 10) as n)',
    'let q := (select * from (select 1 as x) as sub)',
    'let q := (select * from (select 1 union all select 2) sub)',
    'let q := (select * from {source} as s)',
    'let q := (select * from <Events limit={10} /> as e)',
    'let q := (select * from t as x(a, b))',
    'let q := (select * from (values (1, \'a\'), (2, \'b\')) as v)',
    'let q := (select * from t date)',
    'let q := (select * from t final sample 1/2 offset 1 as x)',
    'let q := (select * from numbers(10) as n(a, b))',
    'let q := (select * from a, b pivot (sum(x) for y in (1, 2)) unpivot (v for n in (c, d)))',
  ],
  'joins': [
    'let q := (select * from a join b on a.id = b.id)',
    'let q := (select * from a inner join b on a.id = b.id left join c using (id) right join d using id)',
    'let q := (select * from a left outer join b on 1 full outer join c on 2 full join d on 3)',
    'let q := (select * from a cross join b, c)',
    'let q := (select * from a any left join b on 1 all inner join c on 2 asof join d on 3)',
    'let q := (select * from a semi join b on 1 anti join c on 2 asof semi join d on 3)',
    'let q := (select * from a left semi join b on 1 right anti join c on 2 left any join d on 3 left asof join e on 4)',
    'let q := (select * from a inner any join b on 1 full all join c on 2 full outer any join d on 3)',
    'let q := (select * from a natural join b positional join c)',
    'let q := (select * from a join b)',
    'let q := (select * from a join b using (x, y))',
    'let q := (select * from (a join b on 1) join c on 2)',
    'let q := (select * from a join (select 1 as id) s on a.id = s.id)',
    'let q := (select * from t array join arr as el)',
    'let q := (select * from t left array join arr as el, [1, 2] as n)',
    'let q := (select * from t inner array join arr as el where el > 1)',
  ],
  'WHERE, GROUP BY, HAVING, QUALIFY, WINDOW, ORDER BY, LIMIT': [
    'let q := (select a from t prewhere b where c)',
    'let q := (select a, count() from t group by a having count() > 1)',
    'let q := (select a from t group by a with rollup with totals)',
    'let q := (select a from t group by a with cube)',
    'let q := (select a from t group by cube(a, b))',
    'let q := (select a from t group by rollup(a, b))',
    'let q := (select a from t group by all)',
    'let q := (select a from t group by grouping sets ((a), (a, b), ()))',
    'let q := (select a from t qualify row_number() over (partition by a) = 1)',
    'let q := (select sum(x) over w from t window w as (partition by a order by b), v as (rows 1 preceding))',
    'let q := (select a from t order by a, b desc, c asc nulls first, d descending nulls last, e collate \'en\')',
    'let q := (select a from t order by a with fill, b with fill from 1 to 10 step 2)',
    'let q := (select a from t order by a with fill interpolate (b as b + 1))',
    'let q := (select a from t order by a interpolate)',
    'let q := (select a from t limit 10)',
    'let q := (select a from t limit 10 offset 5)',
    'let q := (select a from t limit 5, 10)',
    'let q := (select a from t limit 10 with ties)',
    'let q := (select a from t limit 10%)',
    'let q := (select a from t limit {n})',
    'let q := (select a from t offset 3)',
    'let q := (select a from t limit 2 by a)',
    'let q := (select a from t limit 2 offset 1 by a, b limit 10)',
    'let q := (select a from t limit 1, 2 by a)',
  ],
  'set operations, CTEs, nested and parenthesised queries': [
    'let q := (select 1 union all select 2)',
    'let q := (select 1 union distinct select 2 union select 3)',
    'let q := (select 1 except select 2 except all select 3)',
    'let q := (select 1 intersect select 2 intersect all select 3 intersect distinct select 4)',
    'let q := (select 1 union all by name select 2 except by name select 3)',
    'let q := ((select 1) union all (select 2) order by 1 limit 3)',
    'let q := ((select 1 union all select 2) limit 5 offset 1)',
    'let q := ((select 1) limit 3)',
    'let q := ({first} union all {second})',
    'let q := (with a as (select 1) select * from a)',
    'let q := (with a as (select 1), b as (select 2) select * from a, b)',
    'let q := (with 1 + 1 as two, now() as t select two, t)',
    'let q := (with recursive r (n) as (select 1 union all select n + 1 from r) select * from r)',
    'let q := (with recursive 1 as x select x)',
    'let q := (with a using key (id) as materialized (select 1 as id) select * from a)',
    'let q := (with a as not materialized (select 1) select * from a)',
    'let q := (with a as (select 1) (select * from a))',
    'let q := (select (select 1), 1 in (select 1), exists(select 1))',
    'let q := (select * from t where a in (select a from u where b > (select max(b) from v)))',
    'let q := ((select 1))',
  ],
  'calls: window functions, FILTER, WITHIN GROUP, parametric, DISTINCT': [
    'let n := count() filter (where event = \'signup\')',
    'let n := sum(x) filter (where y > 0) over (partition by z)',
    'let r := row_number() over (partition by a order by b desc)',
    'let r := rank() over ()',
    'let r := lag(x, 1) over w',
    'let r := sum(x) over (order by t rows between unbounded preceding and current row)',
    'let r := sum(x) over (order by t rows between 2 preceding and 2 following)',
    'let r := sum(x) over (range between current row and unbounded following)',
    'let r := avg(x) over (rows 3 preceding)',
    'let r := avg(x) over (rows between x + 1 preceding and current row)',
    "let r := avg(x) over (rows 1.5 preceding) + avg(x) over (rows 'a' preceding) + avg(x) over (rows -1 following)",
    'let r := quantile(0.9)(x) over (partition by y)',
    'let p := quantile(0.9)(x)',
    'let p := quantiles(0.5, 0.9)(distinct x)',
    'let p := percentile_cont(0.5) within group (order by x)',
    'let d := count(distinct x)',
    'let d := groupArray(x order by y desc, z)',
    'let d := f(distinct x order by y) filter (where z)',
    'let d := f(distinct)',
    'let d := f()()',
    'let s := f(select 1)',
    'let s := f((select 1))',
    'let s := sql(properties.$browser)',
    'let i := f(x) ignore nulls',
  ],
  'expression forms': [
    'let a := lambda x, y: x + y',
    'let a := arrayMap(x -> x * 2, [1, 2])',
    'let a := try_cast(x as Int64)',
    'let a := cast(x as Array(Nullable(String)))',
    'let a := cast(x as Tuple(a String, b Array(Int)))',
    'let a := cast(x as Decimal(10, 2))',
    'let a := cast(x as DateTime64(3, \'UTC\'))',
    'let a := cast(x as Int[])',
    'let a := cast(x as double precision)',
    'let a := x::Int',
    'let a := x::date',
    'let a := x::DateTime with time zone',
    'let a := x::timestamp with local time zone',
    'let a := trim(leading \' \' from x)',
    'let a := trim(trailing \' \' from x) || trim(both \' \' from x)',
    'let a := x <=> y',
    'let a := x <=> y = z',
    'let a := not (select 1)',
    'let a := [(select 1), <Tag />]',
  ],
  'HogQLX tags': [
    'let t := <Sparkline />',
    'let t := <Sparkline data={[1, 2, 3]} type=\'line\' flag />',
    'let t := <strong><em>hello</em></strong>',
    'let t := <div>text {name} <br /> more text</div>',
    'let t := <div>\n  <span>one</span>\n  <span>two</span>\n</div>',
    'let t := <a-b data-x=\'1\' />',
    'let t := <div /* comment */ a=\'1\' // line comment\n />',
    'let t := <div>{1}{2}</div>',
    'let t := <div> </div>',
    'let t := <div>a // not a comment</div>',
    'let t := <div attr={<span />} />',
    'print(<Tag x={1} />)',
    'let t := < Tag/>',
  ],
  'SQL words as Hog names': [
    'let select := 1\nlet from := 2\nlet join := select + from\nprint(join)',
    'let where := [1]\nprint(where[1], (select), (select + 1), (select.x), (from))',
    'let union := 1\nlet over := 2\nlet filter := over + union\nprint(filter)',
    'print(columns, lambda, qualify, pivot, values, window, partition, rows, range)',
    'let a := f() over\nlet b := f() filter',
    'let a := b as c(1)',
    'return := return + 1',
    'let q := (select not as x, not between 1 and 2)\nlet n := not between 1 and 2',
  ],
};

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
