// "ast" mode: queries, sql(…) and HogQLX tags compile to code that builds PostHog's Python AST
// as dictionaries (`__hx_ast`: class name, then every field that is not None, in ast.py's dataclass
// order, defaults included). These programs use SQL our parser does not read yet, so they go
// through the official parser's tree; the VM then builds the value, which is compared here as
// JSON (key order included).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { compileProgram, Op, readOfficialJson, type CompileSuccess } from '../../../src/hog/compiler';
import { runPrinting } from '../../../src/hog/runtime/printOutput';
import { bytecodeOf } from './fixtures/compile';
import { loadOracle, type Oracle } from './fixtures/oracle';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const field = (...chain: string[]): Json => ({ __hx_ast: 'Field', chain, from_asterisk: false });
const constant = (value: Json): Json => (value === null ? { __hx_ast: 'Constant' } : { __hx_ast: 'Constant', value });
const call = (name: string, args: Json[], more: Record<string, Json> = {}): Json => ({ __hx_ast: 'Call', name, args, distinct: false, ...more });
const alias = (name: string, expr: Json): Json => ({ __hx_ast: 'Alias', alias: name, expr, hidden: false, from_asterisk: false });
/** A JoinExpr on a table, fields in ast.py's order (join_type comes before table). */
const table = (name: string, more: Record<string, Json> = {}): Json => {
  const { join_type: joinType, ...rest } = more;
  return joinType === undefined
    ? { __hx_ast: 'JoinExpr', table: field(name), ...rest }
    : { __hx_ast: 'JoinExpr', join_type: joinType, table: field(name), ...rest };
};
const compare = (left: Json, op: string, right: Json): Json => ({ __hx_ast: 'CompareOperation', left, right, op });

/** A Hog value from the VM as JSON: dictionaries (Maps) keep their key order. */
function plain(value: unknown): Json {
  if (value instanceof Map) {
    const object: { [key: string]: Json } = {};
    for (const [key, item] of value) object[String(key)] = plain(item);
    return object;
  }
  if (Array.isArray(value)) return value.map(plain);
  return value as Json;
}

describe('compiler: queries and tags (ast mode)', () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  function compileOfficial(source: string): CompileSuccess {
    const { program, numberTexts } = readOfficialJson(oracle.parseProgram(source));
    const result = compileProgram(program, { numberTexts });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result as CompileSuccess;
  }

  /** The value `return <expr>` builds on PostHog's VM. */
  function valueOf(source: string): Json {
    const run = runPrinting(compileOfficial(source).bytecode);
    assert.equal(run.error, null);
    return plain(run.result);
  }

  function assertValue(source: string, expected: Json): void {
    assert.equal(JSON.stringify(valueOf(source)), JSON.stringify(expected));
  }

  test('a select with where, group by, order by, limit and offset', () => {
    assertValue('return (select event, count() as c from events where x > 1 group by event order by c desc limit 5 offset 2)', {
      __hx_ast: 'SelectQuery',
      select: [field('event'), alias('c', call('count', []))],
      select_from: table('events'),
      where: compare(field('x'), '>', constant(1)),
      group_by: [field('event')],
      order_by: [{ __hx_ast: 'OrderExpr', expr: field('c'), order: 'DESC' }],
      limit: constant(5),
      offset: constant(2),
    });
  });

  test('joins of every kind, with aliases, ON and USING constraints', () => {
    const on = (left: string[], right: string[]): Json => ({
      __hx_ast: 'JoinConstraint',
      expr: compare(field(...left), '==', field(...right)),
      constraint_type: 'ON',
    });
    const d = table('d', { join_type: 'CROSS JOIN' });
    const c = table('c', {
      join_type: 'LEFT OUTER JOIN',
      constraint: { __hx_ast: 'JoinConstraint', expr: field('id'), constraint_type: 'USING' },
      next_join: d,
    });
    const b = table('b', { join_type: 'INNER JOIN', alias: 'y', constraint: on(['x', 'id'], ['y', 'id']), next_join: c });
    assertValue('return (select 1 from a as x inner join b as y on x.id = y.id left outer join c using id cross join d)', {
      __hx_ast: 'SelectQuery',
      select: [constant(1)],
      select_from: table('a', { alias: 'x', next_join: b }),
    });
  });

  test('subqueries, FINAL, table functions, column aliases and SAMPLE ratios', () => {
    const ratio = (left: number, right: number): Json => ({ __hx_ast: 'RatioExpr', left: constant(left), right: constant(right) });
    assertValue('return (select * from (select 1) as s, numbers(3) as n(k) final sample 1/10 offset 1/2)', {
      __hx_ast: 'SelectQuery',
      select: [field('*')],
      select_from: {
        __hx_ast: 'JoinExpr',
        table: { __hx_ast: 'SelectQuery', select: [constant(1)] },
        alias: 's',
        next_join: {
          __hx_ast: 'JoinExpr',
          join_type: 'CROSS JOIN',
          table: field('numbers'),
          table_args: [constant(3)],
          alias: 'n',
          column_aliases: ['k'],
          table_final: true,
          sample: { __hx_ast: 'SampleExpr', sample_value: ratio(1, 10), offset_value: ratio(1, 2) },
        },
      },
    });
  });

  test('unions and other set operations', () => {
    const select = (n: number): Json => ({ __hx_ast: 'SelectQuery', select: [constant(n)] });
    const node = (n: number, setOperator: string): Json => ({ __hx_ast: 'SelectSetNode', select_query: select(n), set_operator: setOperator });
    assertValue('return (select 1 union all select 2 intersect select 3 except select 4)', {
      __hx_ast: 'SelectSetQuery',
      initial_select_query: select(1),
      subsequent_select_queries: [node(2, 'UNION ALL'), node(3, 'INTERSECT'), node(4, 'EXCEPT')],
    });
  });

  test('CTEs become a dictionary by name', () => {
    assertValue('return (with a as (select 1), 2 as two select two from a)', {
      __hx_ast: 'SelectQuery',
      ctes: {
        a: { __hx_ast: 'CTE', name: 'a', expr: { __hx_ast: 'SelectQuery', select: [constant(1)] }, cte_type: 'subquery' },
        two: { __hx_ast: 'CTE', name: 'two', expr: constant(2), cte_type: 'column' },
      },
      select: [field('two')],
      select_from: table('a'),
    });
  });

  test('window functions, frames and named windows', () => {
    const order = { __hx_ast: 'OrderExpr', expr: field('t'), order: 'ASC' };
    const frame = (frameType: string, value?: number): Json =>
      value === undefined ? { __hx_ast: 'WindowFrameExpr', frame_type: frameType } : { __hx_ast: 'WindowFrameExpr', frame_type: frameType, frame_value: value };
    assertValue(
      'return (select row_number() over (partition by p order by t rows between 2 preceding and current row), sum(x) over w from e window w as (order by t))',
      {
        __hx_ast: 'SelectQuery',
        select: [
          {
            __hx_ast: 'WindowFunction',
            name: 'row_number',
            args: [],
            exprs: [],
            over_expr: {
              __hx_ast: 'WindowExpr',
              partition_by: [field('p')],
              order_by: [order],
              frame_method: 'ROWS',
              frame_start: frame('PRECEDING', 2),
              frame_end: frame('CURRENT ROW'),
            },
          },
          { __hx_ast: 'WindowFunction', name: 'sum', args: [], exprs: [field('x')], over_identifier: 'w' },
        ],
        select_from: table('e'),
        window_exprs: { w: { __hx_ast: 'WindowExpr', order_by: [order] } },
      },
    );
  });

  test('ARRAY JOIN, PREWHERE, HAVING, LIMIT BY, WITH TIES, DISTINCT', () => {
    assertValue('return (select distinct x from t array join arr as x prewhere a having b limit 3 with ties)', {
      __hx_ast: 'SelectQuery',
      select: [field('x')],
      distinct: true,
      select_from: table('t'),
      array_join_op: 'ARRAY JOIN',
      array_join_list: [alias('x', field('arr'))],
      prewhere: field('a'),
      having: field('b'),
      limit: constant(3),
      limit_with_ties: true,
    });
    assertValue('return (select x from t limit 1 by x)', {
      __hx_ast: 'SelectQuery',
      select: [field('x')],
      select_from: table('t'),
      limit_by: { __hx_ast: 'LimitByExpr', n: constant(1), exprs: [field('x')] },
    });
  });

  test('calls: parametric, DISTINCT, FILTER; lambdas, tuples, arrays, between and IS NULL inside SQL', () => {
    assertValue(
      "return (select quantile(0.5)(x), count(distinct y), sum(z) filter (where z > 0), arrayMap(v -> v + 1, [1, 2]), (1, 'a'), a between 1 and 2, b is null)",
      {
        __hx_ast: 'SelectQuery',
        select: [
          { __hx_ast: 'Call', name: 'quantile', args: [field('x')], params: [constant(0.5)], distinct: false },
          { __hx_ast: 'Call', name: 'count', args: [field('y')], distinct: true },
          call('sum', [field('z')], { filter_expr: compare(field('z'), '>', constant(0)) }),
          call('arrayMap', [
            {
              __hx_ast: 'Lambda',
              args: ['v'],
              expr: { __hx_ast: 'ArithmeticOperation', left: field('v'), right: constant(1), op: '+' },
            },
            { __hx_ast: 'Array', exprs: [constant(1), constant(2)] },
          ]),
          { __hx_ast: 'Tuple', exprs: [constant(1), constant('a')] },
          { __hx_ast: 'BetweenExpr', expr: field('a'), low: constant(1), high: constant(2), negated: false },
          { __hx_ast: 'CompareOperation', left: field('b'), right: constant(null), op: '==', is_null_comparison_style: true },
        ],
      },
    );
  });

  test('a dict inside SQL: its (key, value) pairs are Python tuples, which come out as null', () => {
    assertValue("return (select {'a': 1})", { __hx_ast: 'SelectQuery', select: [{ __hx_ast: 'Dict', items: [null] }] });
  });

  test('constants keep Python types: floats as FLOAT, bools as INTEGER (a Python bool is an int), null without a value', () => {
    const { FLOAT, INTEGER, STRING, DICT, RETURN } = Op;
    const float = compileOfficial('return sql(1.0)');
    assert.deepEqual(float.bytecode, ['_H', 1, STRING, '__hx_ast', STRING, 'Constant', STRING, 'value', FLOAT, 1, DICT, 2, RETURN]);
    assert.equal(float.numberTexts.get(9), '1.0');
    assert.deepEqual(compileOfficial('return sql(true)').bytecode.slice(8), [INTEGER, true, DICT, 2, RETURN]);
    assert.deepEqual(compileOfficial('return sql(null)').bytecode.slice(2), [STRING, '__hx_ast', STRING, 'Constant', DICT, 1, RETURN]);
    assertValue('return sql([true, null])', { __hx_ast: 'Array', exprs: [constant(true), constant(null)] });
  });

  test('placeholders compile back to Hog; sql() enters ast mode', () => {
    assertValue("let e := 'signup'\nreturn (select 1 from events where event = {e} limit {1 + 1})", {
      __hx_ast: 'SelectQuery',
      select: [constant(1)],
      select_from: table('events'),
      where: compare(field('event'), '==', 'signup'),
      limit: 2,
    });
    assertValue('let f := sql(x)\nreturn sql({f} + 1)', { __hx_ast: 'ArithmeticOperation', left: field('x'), right: constant(1), op: '+' });
    assert.deepEqual(bytecodeOf("return sql('a')"), ['_H', 1, Op.STRING, '__hx_ast', Op.STRING, 'Constant', Op.STRING, 'value', Op.STRING, 'a', Op.DICT, 2, Op.RETURN]);
  });

  test('tags: __hx_tag dictionaries with their attributes and children', () => {
    assertValue("return <div class='x' n={1 + 1} flag>hi <b>you</b></div>", {
      __hx_tag: 'div',
      class: 'x',
      n: 2,
      flag: true,
      children: ['hi ', { __hx_tag: 'b', children: ['you'] }],
    });
  });

  test('a tag named like a local function calls it with the attributes', () => {
    assert.equal(valueOf("fun Greet(props) { return f'hi {props.name}' }\nreturn <Greet name='Ann' />"), 'hi Ann');
    const { STRING, DICT, GET_LOCAL, CALL_LOCAL, RETURN, POP } = Op;
    const code = compileOfficial("fun Greet(props) { return props }\nreturn <Greet name='Ann' />").bytecode;
    assert.deepEqual(code.slice(-12), [STRING, 'name', STRING, 'Ann', DICT, 1, GET_LOCAL, 0, CALL_LOCAL, 1, RETURN, POP]);
  });

  test('a tag inside a query is an __hx_ast node', () => {
    assertValue("return (select <Spark value='1' />)", {
      __hx_ast: 'SelectQuery',
      select: [
        {
          __hx_ast: 'HogQLXTag',
          kind: 'Spark',
          attributes: [{ __hx_ast: 'HogQLXAttribute', name: 'value', value: constant('1') }],
        },
      ],
    });
  });
});
