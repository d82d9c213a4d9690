// Every HogQL form the parser tests hold (queries, joins, clauses, set operations, window
// functions, tags), compiled from our parser and from the official parser's JSON: the same
// bytecode, or the same refusal from PostHog's compiler at the same place.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { compileErrorOf } from './fixtures/compile';
import { loadOracle, type Oracle } from './fixtures/oracle';
import { compileWithParity } from './fixtures/parity';
import { QUERY_FORMS } from './fixtures/queryForms';

/** Forms that compile: all queries, tags and calls that are not window functions. */
const COMPILED_FORMS = 128;

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

describe('compiler: our parser and the official one compile every query form alike', () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  for (const [topic, programs] of Object.entries(QUERY_FORMS)) {
    test(topic, () => {
      for (const source of programs) compileWithParity(oracle, source);
    });
  }

  test('the query fixtures: a program full of queries compiles; the HogQL forms one is refused alike', () => {
    assert.equal(compileWithParity(oracle, fixture('hogql-queries.hog')).errors, undefined);
    assert.equal(compileWithParity(oracle, fixture('hogql-forms.hog')).errors?.[0]?.message, 'BytecodeCompiler has no method visit_alias');
  });

  test('every query and tag compiles; what is refused is what PostHog refuses outside a query', () => {
    const refusals = new Map<string, number>();
    let compiled = 0;
    for (const source of Object.values(QUERY_FORMS).flat()) {
      const error = compileWithParity(oracle, source).errors?.[0];
      if (error === undefined) compiled++;
      else refusals.set(error.message, (refusals.get(error.message) ?? 0) + 1);
    }
    assert.equal(compiled, COMPILED_FORMS);
    assert.deepEqual(Object.fromEntries(refusals), {
      'BytecodeCompiler has no method visit_window_function': 11,
      'BytecodeCompiler has no method visit_type_cast': 10,
      'BytecodeCompiler has no method visit_try_cast': 1,
      'BytecodeCompiler has no method visit_is_distinct_from': 2,
      'BytecodeCompiler has no method visit_alias': 1,
      'Variable "return" not declared in this scope. Can not assign to globals.': 1,
    });
  });
});

describe('compiler: HogQL-only forms outside a query are refused where they stand', () => {
  test('a window function', () => {
    const error = compileErrorOf('let a := 1\nlet r := row_number() over (partition by a)');
    assert.equal(error.message, 'BytecodeCompiler has no method visit_window_function');
    assert.equal(error.text, 'row_number() over (partition by a)');
    assert.deepEqual([error.line, error.column], [2, 9]);
  });

  test('a window function inside a Hog expression, and inside a placeholder of a query', () => {
    assert.equal(compileErrorOf('return 1 + lag(x) over w').text, 'lag(x) over w');
    const inPlaceholder = compileErrorOf('return (select {rank() over ()})');
    assert.equal(inPlaceholder.message, 'BytecodeCompiler has no method visit_window_function');
    assert.equal(inPlaceholder.text, 'rank() over ()');
  });
});
