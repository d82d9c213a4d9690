// The compiler, construct by construct, on small programs of our own. Expected bytecode is
// derived from PostHog's compiler (posthog/hogql/compiler/bytecode.py); where the program prints,
// the run on PostHog's VM checks that the bytecode also means what the program says.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Op } from '../../../src/hog/compiler';
import { bytecodeOf, compiled, printedBy } from './fixtures/compile';

const { GET_GLOBAL, CALL_GLOBAL, AND, OR, NOT, PLUS, MINUS, MULTIPLY, DIVIDE, MOD, EQ, NOT_EQ, GT, GT_EQ, LT, LT_EQ } = Op;
const { LIKE, ILIKE, NOT_LIKE, NOT_ILIKE, IN, NOT_IN, REGEX, NOT_REGEX, IREGEX, NOT_IREGEX } = Op;
const { TRUE, FALSE, NULL, STRING, INTEGER, FLOAT, POP, GET_LOCAL, SET_LOCAL, RETURN, JUMP, JUMP_IF_FALSE } = Op;
const { DICT, ARRAY, TUPLE, GET_PROPERTY, SET_PROPERTY, JUMP_IF_STACK_NOT_NULL, GET_PROPERTY_NULLISH } = Op;
const { THROW, TRY, POP_TRY, CALLABLE, CLOSURE, CALL_LOCAL, GET_UPVALUE, SET_UPVALUE, CLOSE_UPVALUE } = Op;

/** The program's bytecode after the `"_H", 1` header. */
function body(source: string): unknown[] {
  const bytecode = bytecodeOf(source);
  assert.deepEqual(bytecode.slice(0, 2), ['_H', 1]);
  return bytecode.slice(2);
}

describe('compiler: literals', () => {
  test('integers and floats are typed as written, as Python types the literal', () => {
    assert.deepEqual(body("return [1, 1.0, 'a', true, false, null, -2, 2.5e3, .5]"), [
      INTEGER, 1, FLOAT, 1, STRING, 'a', TRUE, FALSE, NULL, INTEGER, -2, FLOAT, 2500, FLOAT, 0.5, ARRAY, 9, RETURN,
    ]);
  });

  test('float operands keep the text Python prints for them', () => {
    const result = compiled('return [1.0, 6.02e23, 1e-5, 0.1, 2]');
    assert.deepEqual(
      [...result.numberTexts.entries()],
      [
        [3, '1.0'],
        [5, '6.02e+23'],
        [7, '1e-05'],
        [9, '0.1'],
      ],
    );
  });

  test('inf and nan are floats; integers beyond int64 stay exact integers', () => {
    const result = compiled('return [inf, -inf, nan, 123456789012345678901234567890]');
    assert.deepEqual(result.bytecode.slice(2, 8), [FLOAT, Infinity, FLOAT, -Infinity, FLOAT, NaN]);
    assert.equal(result.bytecode[8], INTEGER);
    assert.equal(result.numberTexts.get(9), '123456789012345678901234567890');
  });

  test('arrays, tuples, dicts, f-strings', () => {
    assert.deepEqual(body("let n := 'x'\nreturn {'k': [1, (2, 3)], n: f'hi {n}!'}"), [
      STRING, 'x',
      STRING, 'k', INTEGER, 1, INTEGER, 2, INTEGER, 3, TUPLE, 2, ARRAY, 2,
      GET_LOCAL, 0, STRING, 'hi ', GET_LOCAL, 0, STRING, '!', CALL_GLOBAL, 'concat', 3,
      DICT, 2, RETURN, POP,
    ]);
  });
});

describe('compiler: operators', () => {
  test('arithmetic pushes the right operand first', () => {
    assert.deepEqual(body('let a := 1\nreturn a * 2 + 3 % a - 4 / 2'), [
      INTEGER, 1,
      INTEGER, 2, INTEGER, 4, DIVIDE,
      GET_LOCAL, 0, INTEGER, 3, MOD,
      INTEGER, 2, GET_LOCAL, 0, MULTIPLY,
      PLUS, MINUS, RETURN, POP,
    ]);
    assert.deepEqual(printedBy('let a := 1\nprint(a * 2 + 3 % a - 4 / 2)'), ['0']);
  });

  test('unary minus on an expression is 0 - x', () => {
    assert.deepEqual(body('let a := 1\nreturn -a'), [INTEGER, 1, GET_LOCAL, 0, INTEGER, 0, MINUS, RETURN, POP]);
  });

  test('and, or, not', () => {
    assert.deepEqual(body('let x := true\nreturn x and not x or x'), [
      TRUE, GET_LOCAL, 0, GET_LOCAL, 0, NOT, AND, 2, GET_LOCAL, 0, OR, 2, RETURN, POP,
    ]);
  });

  test('every comparison, right operand first', () => {
    const source =
      "let s := 'ab'\nprint([s == 'x', s != 'x', s < 'b', s <= 'b', s > 'a', s >= 'a', s like 'a%', s ilike 'A%', " +
      "s not like 'z%', s not ilike 'Z%', s in ['ab'], s not in ['ab'], s =~ 'a.', s !~ 'z', s =~* 'A.', s !~* 'Z'])";
    const operand = (right: unknown[], op: number) => [...right, GET_LOCAL, 0, op];
    assert.deepEqual(body(source), [
      STRING, 'ab',
      ...operand([STRING, 'x'], EQ), ...operand([STRING, 'x'], NOT_EQ), ...operand([STRING, 'b'], LT),
      ...operand([STRING, 'b'], LT_EQ), ...operand([STRING, 'a'], GT), ...operand([STRING, 'a'], GT_EQ),
      ...operand([STRING, 'a%'], LIKE), ...operand([STRING, 'A%'], ILIKE), ...operand([STRING, 'z%'], NOT_LIKE),
      ...operand([STRING, 'Z%'], NOT_ILIKE), ...operand([STRING, 'ab', ARRAY, 1], IN),
      ...operand([STRING, 'ab', ARRAY, 1], NOT_IN), ...operand([STRING, 'a.'], REGEX), ...operand([STRING, 'z'], NOT_REGEX),
      ...operand([STRING, 'A.'], IREGEX), ...operand([STRING, 'Z'], NOT_IREGEX),
      ARRAY, 16, CALL_GLOBAL, 'print', 1, POP, POP,
    ]);
    assert.deepEqual(printedBy(source), [
      '[false, true, true, true, true, true, true, true, true, true, true, false, true, true, true, true]',
    ]);
  });

  test('is null / is not null compare with null', () => {
    assert.deepEqual(body('let a := 1\nreturn [a is null, a is not null]'), [
      INTEGER, 1, NULL, GET_LOCAL, 0, EQ, NULL, GET_LOCAL, 0, NOT_EQ, ARRAY, 2, RETURN, POP,
    ]);
  });

  test('between evaluates each operand once into hidden locals and is false when one is null', () => {
    assert.deepEqual(body('let v := 5\nreturn v between 1 and 10'), [
      INTEGER, 5,
      NULL, GET_LOCAL, 0, INTEGER, 1, INTEGER, 10,
      GET_LOCAL, 3, NULL, NOT_EQ, GET_LOCAL, 4, NULL, NOT_EQ, GET_LOCAL, 2, NULL, NOT_EQ, AND, 3,
      JUMP_IF_FALSE, 14, GET_LOCAL, 3, GET_LOCAL, 2, GT_EQ, GET_LOCAL, 4, GET_LOCAL, 2, LT_EQ, AND, 2,
      JUMP, 1, FALSE, SET_LOCAL, 1, POP, POP, POP,
      RETURN, POP,
    ]);
    assert.deepEqual(printedBy('print(5 between 1 and 10)\nprint(5 not between 1 and 10)\nprint(null between 1 and 10)'), ['true', 'false', 'false']);
  });

  test('between inside `let` (or beside other arguments) numbers its slots one higher, as PostHog does', () => {
    // The hidden result slot is counted after the variable being declared, whose value it is: the
    // program then reads the wrong slots, in PostHog as here (w ends up null).
    assert.deepEqual(body('let v := 5\nlet w := v not between 1 and 10').slice(2, 12), [
      NULL, GET_LOCAL, 0, INTEGER, 1, INTEGER, 10, GET_LOCAL, 4, NULL,
    ]);
    assert.deepEqual(printedBy('let v := 5\nlet w := v between 1 and 10\nprint(w)'), ['null']);
  });

  test('?? compiles to ifNull: keep the value unless null', () => {
    assert.deepEqual(body("let a := null\nreturn a ?? 'x'"), [
      NULL, GET_LOCAL, 0, JUMP_IF_STACK_NOT_NULL, 3, POP, STRING, 'x', RETURN, POP,
    ]);
    assert.deepEqual(printedBy("let a := null\nprint(a ?? 'x', 1 ?? 'x')"), ['x 1']);
  });
});

describe('compiler: calls with a meaning of their own', () => {
  test('the ternary is if(): jumps, not a call', () => {
    assert.deepEqual(body("let a := 1\nreturn a > 0 ? 'pos' : 'neg'"), [
      INTEGER, 1, INTEGER, 0, GET_LOCAL, 0, GT, JUMP_IF_FALSE, 4, STRING, 'pos', JUMP, 2, STRING, 'neg', RETURN, POP,
    ]);
  });

  test('if() with two arguments has no else; with four Python ignores the last two', () => {
    assert.deepEqual(body('return if(true, 1)'), [TRUE, JUMP_IF_FALSE, 2, INTEGER, 1, RETURN]);
    assert.deepEqual(body('return if(true, 1, 2, 3)'), [TRUE, JUMP_IF_FALSE, 2, INTEGER, 1, RETURN]);
  });

  test('case … end is multiIf(): nested ifs from the last pair backwards', () => {
    const source = "let a := 2\nreturn case when a = 1 then 'one' when a = 2 then 'two' else 'many' end";
    assert.deepEqual(body(source), [
      INTEGER, 2,
      INTEGER, 1, GET_LOCAL, 0, EQ, JUMP_IF_FALSE, 4, STRING, 'one', JUMP, 13,
      INTEGER, 2, GET_LOCAL, 0, EQ, JUMP_IF_FALSE, 4, STRING, 'two', JUMP, 2, STRING, 'many',
      RETURN, POP,
    ]);
    assert.deepEqual(printedBy(source.replace('return', 'print(') + ')'), ['two']);
  });

  test('multiIf() without an else', () => {
    assert.deepEqual(body('return multiIf(false, 1, true, 2)'), [
      FALSE, JUMP_IF_FALSE, 4, INTEGER, 1, JUMP, 5, TRUE, JUMP_IF_FALSE, 2, INTEGER, 2, RETURN,
    ]);
  });

  test('not(), and(), or() with enough arguments are operators; otherwise calls', () => {
    assert.deepEqual(body('return [not(true), and(true, false), or(true), and(true)]'), [
      TRUE, NOT, TRUE, FALSE, AND, 2, TRUE, CALL_GLOBAL, 'or', 1, TRUE, CALL_GLOBAL, 'and', 1, ARRAY, 4, RETURN,
    ]);
  });

  test('stdlib and bytecode-STL functions are global calls; lambdas are closures', () => {
    assert.deepEqual(body("return [length('ab'), arrayMap(x -> x * 2, [1])]"), [
      STRING, 'ab', CALL_GLOBAL, 'length', 1,
      CALLABLE, 'lambda', 1, 0, 6, INTEGER, 2, GET_LOCAL, 0, MULTIPLY, RETURN, CLOSURE, 0,
      INTEGER, 1, ARRAY, 1, CALL_GLOBAL, 'arrayMap', 2,
      ARRAY, 2, RETURN,
    ]);
    assert.deepEqual(printedBy("print(length('ab'), arrayMap(x -> x * 2, [1, 2]))"), ['2 [2, 4]']);
  });

  test('calling an expression, and HogQL parametric calls f(params)(args)', () => {
    assert.deepEqual(body('return (x -> x)(3)'), [
      INTEGER, 3, CALLABLE, 'lambda', 1, 0, 3, GET_LOCAL, 0, RETURN, CLOSURE, 0, CALL_LOCAL, 1, RETURN,
    ]);
    assert.deepEqual(body('return quantile(0.5)(x)'), [
      STRING, 'x', GET_GLOBAL, 1, FLOAT, 0.5, CALL_GLOBAL, 'quantile', 1, CALL_LOCAL, 1, RETURN,
    ]);
  });
});

describe('compiler: variables and scopes', () => {
  test('locals live in slots; a block pops its own at its end', () => {
    assert.deepEqual(body('let a := 1\n{ let b := 2\n a := b }\nreturn a'), [
      INTEGER, 1, INTEGER, 2, GET_LOCAL, 1, SET_LOCAL, 0, POP, GET_LOCAL, 0, RETURN, POP,
    ]);
  });

  test('globals are read by their chain, reversed', () => {
    assert.deepEqual(body('return event.properties.$browser'), [
      STRING, '$browser', STRING, 'properties', STRING, 'event', GET_GLOBAL, 3, RETURN,
    ]);
  });

  test('property chains on locals, member and index assignment', () => {
    assert.deepEqual(body("let d := {'a': {}}\nd.a.b := 2\nd['a']['c'] := 3\nreturn d.a.b"), [
      STRING, 'a', DICT, 0, DICT, 1,
      GET_LOCAL, 0, STRING, 'a', GET_PROPERTY, STRING, 'b', INTEGER, 2, SET_PROPERTY,
      GET_LOCAL, 0, STRING, 'a', GET_PROPERTY, STRING, 'c', INTEGER, 3, SET_PROPERTY,
      GET_LOCAL, 0, STRING, 'a', GET_PROPERTY, STRING, 'b', GET_PROPERTY, RETURN, POP,
    ]);
    assert.deepEqual(printedBy("let d := {'a': {}}\nd.a.b := 2\nd['a']['c'] := 3\nprint(d)"), ["{'a': {'b': 2, 'c': 3}}"]);
  });

  test('tuple access, tuple element assignment, null-safe access', () => {
    assert.deepEqual(body('let t := (1, 2)\nt.1 := 5\nreturn [t.2, t?.1, t?.[2], t?.x]'), [
      INTEGER, 1, INTEGER, 2, TUPLE, 2,
      GET_LOCAL, 0, INTEGER, 1, INTEGER, 5, SET_PROPERTY,
      GET_LOCAL, 0, INTEGER, 2, GET_PROPERTY,
      GET_LOCAL, 0, INTEGER, 1, GET_PROPERTY_NULLISH,
      GET_LOCAL, 0, INTEGER, 2, GET_PROPERTY_NULLISH,
      GET_LOCAL, 0, STRING, 'x', GET_PROPERTY_NULLISH,
      ARRAY, 4, RETURN, POP,
    ]);
  });

  test('`let x := x` sees the variable being declared (its slot is already counted)', () => {
    assert.deepEqual(body('let x := x'), [GET_LOCAL, 0, POP]);
  });
});

describe('compiler: functions and closures', () => {
  test('fun is a closure kept in a local; the body gets an implicit return null', () => {
    assert.deepEqual(body('fun add(a, b) { print(a + b) }\nadd(1, 2)'), [
      CALLABLE, 'add', 2, 0, 11, GET_LOCAL, 1, GET_LOCAL, 0, PLUS, CALL_GLOBAL, 'print', 1, POP, NULL, RETURN, CLOSURE, 0,
      INTEGER, 1, INTEGER, 2, GET_LOCAL, 0, CALL_LOCAL, 2, POP, POP,
    ]);
  });

  test('captured variables are upvalues, closed (not popped) when their scope ends', () => {
    const source = 'fun counter() {\n  let n := 0\n  return () -> { n := n + 1\n return n }\n}\nlet c := counter()\nc()\nprint(c())';
    const lambda = [CALLABLE, 'lambda', 0, 1, 10, INTEGER, 1, GET_UPVALUE, 0, PLUS, SET_UPVALUE, 0, GET_UPVALUE, 0, RETURN, CLOSURE, 1, true, 0];
    assert.deepEqual(body(source), [
      CALLABLE, 'counter', 0, 0, 23, INTEGER, 0, ...lambda, RETURN, CLOSE_UPVALUE, CLOSURE, 0,
      GET_LOCAL, 0, CALL_LOCAL, 0,
      GET_LOCAL, 1, CALL_LOCAL, 0, POP,
      GET_LOCAL, 1, CALL_LOCAL, 0, CALL_GLOBAL, 'print', 1, POP,
      POP, POP,
    ]);
    assert.deepEqual(printedBy(source), ['2']);
  });

  test('a function calls itself through an upvalue (so it is closed at the end); nested lambdas pass upvalues on', () => {
    const source = 'fun fact(n) {\n  if (n <= 1) return 1\n  return n * fact(n - 1)\n}\nprint(fact(5))';
    const code = body(source);
    assert.deepEqual(code.slice(0, 5), [CALLABLE, 'fact', 1, 1, 23]);
    assert.deepEqual(code.slice(code.indexOf(CLOSURE, 5)), [CLOSURE, 1, true, 0, INTEGER, 5, GET_LOCAL, 0, CALL_LOCAL, 1, CALL_GLOBAL, 'print', 1, POP, CLOSE_UPVALUE]);
    assert.deepEqual(printedBy(source), ['120']);
    const nested = body('let a := 1\nreturn () -> () -> a');
    assert.deepEqual(nested, [
      INTEGER, 1,
      CALLABLE, 'lambda', 0, 1, 13, CALLABLE, 'lambda', 0, 1, 3, GET_UPVALUE, 0, RETURN, CLOSURE, 1, false, 0, RETURN, CLOSURE, 1, true, 0,
      RETURN, CLOSE_UPVALUE,
    ]);
  });

  test('a function called before its declaration is a global call', () => {
    assert.deepEqual(body('print(f())\nfun f() { return 1 }'), [
      CALL_GLOBAL, 'f', 0, CALL_GLOBAL, 'print', 1, POP, CALLABLE, 'f', 0, 0, 3, INTEGER, 1, RETURN, CLOSURE, 0, POP,
    ]);
  });
});

describe('compiler: control flow', () => {
  test('if / else, and an empty else gets no jump', () => {
    assert.deepEqual(body('let a := 1\nif (a) { a := 2 } else { a := 3 }'), [
      INTEGER, 1, GET_LOCAL, 0, JUMP_IF_FALSE, 6, INTEGER, 2, SET_LOCAL, 0, JUMP, 4, INTEGER, 3, SET_LOCAL, 0, POP,
    ]);
    assert.deepEqual(body('let a := 1\nif (a) { a := 2 } else { }'), [INTEGER, 1, GET_LOCAL, 0, JUMP_IF_FALSE, 4, INTEGER, 2, SET_LOCAL, 0, POP]);
  });

  test('while jumps back over the condition', () => {
    assert.deepEqual(body('let i := 0\nwhile (i < 3) { i := i + 1 }'), [
      INTEGER, 0, INTEGER, 3, GET_LOCAL, 0, LT, JUMP_IF_FALSE, 9, INTEGER, 1, GET_LOCAL, 0, PLUS, SET_LOCAL, 0, JUMP, -16, POP,
    ]);
  });

  test('for: its own scope for the initializer; the step after the body', () => {
    const source = 'for (let i := 0; i < 3; i := i + 1) { print(i) }';
    assert.deepEqual(body(source), [
      INTEGER, 0, INTEGER, 3, GET_LOCAL, 0, LT, JUMP_IF_FALSE, 15,
      GET_LOCAL, 0, CALL_GLOBAL, 'print', 1, POP,
      INTEGER, 1, GET_LOCAL, 0, PLUS, SET_LOCAL, 0,
      JUMP, -22, POP,
    ]);
    assert.deepEqual(printedBy(source), ['0', '1', '2']);
  });

  test('for-in over keys and values: hidden locals for the collection, keys, values, index and length', () => {
    const source = "for (let k, v in {'a': 1, 'b': 2}) { print(k, v) }";
    assert.deepEqual(body(source), [
      STRING, 'a', INTEGER, 1, STRING, 'b', INTEGER, 2, DICT, 2,
      GET_LOCAL, 0, CALL_GLOBAL, 'keys', 1,
      GET_LOCAL, 0, CALL_GLOBAL, 'values', 1,
      INTEGER, 1,
      GET_LOCAL, 2, CALL_GLOBAL, 'length', 1,
      NULL, NULL,
      GET_LOCAL, 4, GET_LOCAL, 3, LT_EQ, JUMP_IF_FALSE, 31,
      GET_LOCAL, 1, GET_LOCAL, 3, GET_PROPERTY, SET_LOCAL, 5,
      GET_LOCAL, 2, GET_LOCAL, 3, GET_PROPERTY, SET_LOCAL, 6,
      GET_LOCAL, 5, GET_LOCAL, 6, CALL_GLOBAL, 'print', 2, POP,
      GET_LOCAL, 3, INTEGER, 1, PLUS, SET_LOCAL, 3,
      JUMP, -38,
      POP, POP, POP, POP, POP, POP, POP,
    ]);
    assert.deepEqual(printedBy(source), ['a 1', 'b 2']);
  });

  test('for-in over values only', () => {
    const code = body('for (let v in [7]) { print(v) }');
    assert.deepEqual(code.slice(0, 20), [
      INTEGER, 7, ARRAY, 1, GET_LOCAL, 0, CALL_GLOBAL, 'values', 1, INTEGER, 1, GET_LOCAL, 1, CALL_GLOBAL, 'length', 1, NULL,
      GET_LOCAL, 3, GET_LOCAL,
    ]);
    assert.deepEqual(printedBy('for (let v in [7, 8]) { print(v) }'), ['7', '8']);
  });

  test('break and continue are reads of globals with those names', () => {
    assert.deepEqual(body('while (true) { break }'), [TRUE, JUMP_IF_FALSE, 7, STRING, 'break', GET_GLOBAL, 1, POP, JUMP, -10]);
  });

  test('try / typed catch / catch-all; throw', () => {
    const source = "try { throw Error('boom') } catch (e: RetryError) { print('retry') } catch (err) { print(err.message) }";
    assert.deepEqual(body(source), [
      TRY, 10, STRING, 'boom', CALL_GLOBAL, 'Error', 1, THROW, POP_TRY,
      JUMP, 38,
      GET_LOCAL, 0, STRING, 'type', GET_PROPERTY,
      STRING, 'RetryError', GET_LOCAL, 1, EQ, JUMP_IF_FALSE, 8,
      STRING, 'retry', CALL_GLOBAL, 'print', 1, POP, JUMP, 16,
      GET_LOCAL, 0, GET_LOCAL, 2, STRING, 'message', GET_PROPERTY, CALL_GLOBAL, 'print', 1, POP, POP, JUMP, 2,
      POP, THROW,
      POP, POP,
    ]);
    assert.deepEqual(printedBy(source), ['boom']);
  });

  test('return without a value returns null', () => {
    assert.deepEqual(body('fun f() { return }'), [CALLABLE, 'f', 0, 0, 2, NULL, RETURN, CLOSURE, 0, POP]);
  });
});
