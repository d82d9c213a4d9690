// The formatter on generated programs: deeply nested expressions and statements, long operator
// chains, and random expressions built from every operator and literal form. Each must keep its
// tree, be idempotent and keep its comments in place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { printProgram } from '../../../src/hog/format/index';
import { parse, type Program } from '../../../src/hog/index';
import { assertFormatsSafely, commented, format, random, respaced, wrapped } from './formatSupport';

function nest(depth: number, open: string, inner: string, close: string): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

const DEEP: Record<string, string> = {
  parentheses: `let x := ${nest(300, '(', '1 + 2', ') * 3')}`,
  arrays: `let x := ${nest(150, '[', "'bottom'", ']')}`,
  dicts: `let x := ${nest(100, "{'k': ", '1', '}')}`,
  calls: `let x := ${nest(150, 'f(', 'x', ')')}`,
  'calls with a dict argument': `let x := ${nest(60, 'fetch(url, {', "'a': 1", '})')}`,
  lambdas: `let f := ${'x -> '.repeat(100)}x`,
  ternaries: `let t := ${'a ? b : '.repeat(100)}c`,
  'null coalescing': `let n := ${Array.from({ length: 300 }, (_, i) => `v${i}`).join(' ?? ')}`,
  'additions and subtractions': `let sum := ${Array.from({ length: 500 }, (_, i) => `n${i}`).join(' + ')} - 1`,
  'and / or': `if (${Array.from({ length: 200 }, (_, i) => `c${i} ${i % 3 === 0 ? 'or' : 'and'} not d${i}`).join(' and ')}) { return 1 }`,
  'if blocks': nest(100, 'if (a) {\n', 'print(1)\n', '}\n'),
  'else if chain': `if (a == 0) { print(0) } ${Array.from({ length: 100 }, (_, i) => `else if (a == ${i + 1}) { print(${i}) }`).join(' ')} else { print('many') }`,
  'member and index chains': `let m := a${'.b[1]?.c(2).3'.repeat(80)}`,
  'nested functions and loops': nest(40, 'fun f(x) { for (let i in x) { while (true) {\n', 'return i\n', '} } }\n'),
};

describe('formatter: deeply nested programs', () => {
  for (const [name, source] of Object.entries(DEEP)) {
    test(name, () => {
      assertFormatsSafely(source, name);
      assertFormatsSafely(commented(source, name, 6), `${name} with comments`);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Random expressions
// ---------------------------------------------------------------------------------------------

const LEAVES = ['1', '-2', '3.5', '.5', '0x1F', '1e3', "'text'", "'it''s'", 'true', 'NULL', 'name', 'event.properties.$browser', '`odd name`', "f'a {b} c'", "f'{x}'", '[]', '{}', '#1'];
const BINARY = ['+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '=~', '!~*', 'like', 'not ilike', 'in', 'not in', 'and', 'or', '??', '||'];

function expression(next: () => number, depth: number): string {
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  if (depth === 0 || next() < 0.15) return pick(LEAVES);
  const sub = (): string => expression(next, depth - 1);
  const forms: (() => string)[] = [
    () => `${sub()} ${pick(BINARY)} ${sub()}`,
    () => `(${sub()})`,
    () => `-${sub()}`,
    () => `not ${sub()}`,
    () => `${sub()} ? ${sub()} : ${sub()}`,
    () => `${sub()} between ${pick(LEAVES)} and ${pick(LEAVES)}`,
    () => `${sub()} is not null`,
    () => `call(${sub()}, ${sub()})`,
    () => `[${sub()}, ${sub()},]`,
    () => `{'k': ${sub()}, key: ${sub()}}`,
    () => `(${sub()}, ${sub()})`,
    () => `(x, y) -> ${sub()}`,
    () => `x -> { return ${sub()} }`,
    () => `obj.field[${sub()}]?.next`,
    () => `f'{${sub()}} and {${sub()}}'`,
    () => `fetch(url, {'body': ${sub()}, 'method': 'POST'})`,
    () => `arrayMap(v -> { return ${sub()} }, items)`,
    () => `case when ${sub()} then ${sub()} else ${sub()} end`,
  ];
  return pick(forms)();
}

/** A random statement around random expressions. */
function statement(next: () => number): string {
  const e = (): string => expression(next, 4);
  const forms: (() => string)[] = [
    () => `let a := ${e()}`,
    () => `a.b[1] := ${e()}`,
    () => `if (${e()}) { print(${e()}) } else if (${e()}) return ${e()}\nelse { throw Error(${e()}) }`,
    () => `while (${e()}) { x := ${e()}; }`,
    () => `for (let i := 0; i < ${e()}; i := i + 1) print(i)`,
    () => `for (let k, v in ${e()}) { print(k, v) }`,
    () => `fun f(a, b) { return ${e()} }`,
    () => `try { ${e()} } catch (e: Error) { print(e) } finally { done() }`,
    () => `return ${e()};`,
    () => `{ let inner := ${e()} }`,
  ];
  return (forms[Math.floor(next() * forms.length)] as () => string)();
}

/**
 * `count` random programs that parse (operators are combined without regard to precedence, so
 * some combinations, such as a lambda as an operand, are not Hog; those are left out).
 */
function validPrograms(seed: string, count: number, build: (next: () => number) => string): string[] {
  const next = random(seed);
  const programs: string[] = [];
  for (let attempts = 0; programs.length < count; attempts++) {
    assert.ok(attempts < count * 4, 'most random programs are valid Hog');
    const source = build(next);
    if (parse(source).errors.length === 0) programs.push(source);
  }
  return programs;
}

describe('formatter: random expressions', () => {
  test('200 random programs of nested expressions, none printed verbatim', () => {
    const programs = validPrograms('random expressions', 200, (next) =>
      Array.from({ length: 3 }, (_, j) => `let v${j} := ${expression(next, 6)}`).join('\n'),
    );
    programs.forEach((source, i) => {
      assertFormatsSafely(source, `program ${i}:\n${source}`);
      const verbatim: string[] = [];
      printProgram(source, parse(source).program as Program, {}, '', { onVerbatim: (kind) => verbatim.push(kind) });
      assert.deepEqual(verbatim, [], source);
    });
  });

  test('random programs with comments between tokens', () => {
    const programs = validPrograms('commented expressions', 60, (next) => `let v := ${expression(next, 5)}\nprint(v)\n`);
    programs.forEach((source, i) => assertFormatsSafely(commented(source, String(i), 3), `program ${i}:\n${source}`));
  });

  test('random programs of statements: with comments, re-spaced, wrapped', () => {
    const programs = validPrograms('random statements', 80, (next) => Array.from({ length: 4 }, () => statement(next)).join('\n'));
    programs.forEach((source, i) => {
      assertFormatsSafely(commented(source, String(i), 2), `commented program ${i}:\n${source}`);
      assertFormatsSafely(respaced(source, String(i)), `re-spaced program ${i}:\n${source}`);
      assertFormatsSafely(wrapped(commented(source, `w${i}`, 3)), `wrapped program ${i}:\n${source}`);
    });
  });

  test('formatted random programs keep within 120 columns where a break is possible', () => {
    for (const source of validPrograms('widths', 100, (next) => `let v := ${expression(next, 7)}`)) {
      for (const line of format(source).split('\n')) {
        // A line that is still too long holds a single unbreakable piece after its indentation.
        if (line.length > 120) assert.doesNotMatch(line.trim(), /^\S+(, | [+*\/%-] | and | or )\S+$/, line);
      }
    }
  });
});
