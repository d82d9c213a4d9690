// Programs PostHog's parser accepts and its compiler refuses: the same message, pointing at the
// innermost node with a position that was being compiled when Python raised it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileSource } from '../../../src/hog/compiler';
import { compileErrorOf } from './fixtures/compile';

describe('compiler: errors PostHog gives', () => {
  test('finally blocks', () => {
    const error = compileErrorOf("let a := 1\ntry { a := 2 } catch (e) { } finally { print('x') }");
    assert.equal(error.message, 'finally blocks are not yet supported');
    assert.equal(error.text, "try { a := 2 } catch (e) { } finally { print('x') }");
    assert.deepEqual([error.line, error.column], [2, 0]);
  });

  test('try without catch', () => {
    const error = compileErrorOf('try { print(1) }');
    assert.equal(error.message, 'try statement must have at least one catch block');
    assert.equal(error.text, 'try { print(1) }');
  });

  test('a variable declared twice in one scope, a parameter declared twice', () => {
    const twice = compileErrorOf('let x := 1\n{ let y := 1 }\nlet x := 2');
    assert.equal(twice.message, 'Variable `x` already declared in this scope');
    assert.equal(twice.text, 'let x := 2');
    assert.equal(compileSource('let x := 1\n{ let x := 2 }').errors, undefined, 'an inner scope may shadow');
    const params = compileErrorOf('fun f(a, a) { return a }');
    assert.equal(params.message, 'Variable `a` already declared in this scope');
    assert.equal(params.text, 'fun f(a, a) { return a }');
  });

  test('assignments to globals and to what is not a variable', () => {
    const global = compileErrorOf('event := 1');
    assert.equal(global.message, 'Variable "event" not declared in this scope. Can not assign to globals.');
    assert.equal(global.text, 'event := 1');
    assert.equal(compileErrorOf('let a := 1\nf(a) := 2').message, 'Can not assign to this type of expression');
  });

  test('array index 0 (and false, which Python counts as 0)', () => {
    const zero = compileErrorOf('let a := [1, 2]\nprint(a[0])');
    assert.equal(zero.message, 'Array access starts from 1');
    assert.equal(zero.text, 'a[0]');
    assert.equal(compileErrorOf('let a := [1]\nreturn a[false]').message, 'Array access starts from 1');
    assert.equal(compileSource('let a := [1]\nreturn a[0.0]').errors, undefined, 'a float zero is not refused');
  });

  test('cohorts', () => {
    const byId = compileErrorOf('let id := 1\nreturn id in cohort 42');
    assert.equal(byId.message, "Can't use cohorts in real-time filters. Please inline the relevant expressions (cohort id=42).");
    assert.equal(byId.text, 'id in cohort 42');
    assert.equal(
      compileErrorOf("return person.id not in cohort 'Paying users'").message,
      "Can't use cohorts in real-time filters. Please inline the relevant expressions (cohort: Paying users).",
    );
    assert.equal(
      compileErrorOf('let x := [1]\nreturn inCohort(1, x)').message,
      "Can't call inCohort() directly. Use a cohort property filter instead.",
    );
  });

  test('placeholders outside a query', () => {
    const error = compileErrorOf('let a := 1\nlet b := {a}');
    assert.equal(error.message, 'Placeholders are not allowed in this context');
    assert.equal(error.text, '{a}');
  });

  test('HogQL-only expressions have no bytecode: named by the visitor method Python lacks', () => {
    assert.equal(compileErrorOf('return 1 as one').message, 'BytecodeCompiler has no method visit_alias');
    assert.equal(compileErrorOf("return '1'::Int").message, 'BytecodeCompiler has no method visit_type_cast');
    assert.equal(compileErrorOf('return 1 is distinct from 2').message, 'BytecodeCompiler has no method visit_is_distinct_from');
    assert.equal(compileErrorOf('let a := [1]\nreturn a[1:2]').message, 'BytecodeCompiler has no method visit_array_slice');
    // A named argument has no position of its own: the error points at the call around it.
    const named = compileErrorOf('return f(x := 1)');
    assert.equal(named.message, 'BytecodeCompiler has no method visit_named_argument');
    assert.equal(named.text, 'f(x := 1)');
  });

  test('the error inside a function points at the innermost statement', () => {
    const error = compileErrorOf('fun f() {\n  let a := 1\n  let a := 2\n}');
    assert.equal(error.text, 'let a := 2');
    assert.deepEqual([error.line, error.column], [3, 2]);
  });

  test('syntax errors come back as errors of kind syntax, all of them', () => {
    const result = compileSource('let a = 1\nlet b := (2 + 3\n');
    assert.ok(result.errors && result.errors.length >= 2);
    assert.ok(result.errors.every((e) => e.kind === 'syntax'));
  });
});
