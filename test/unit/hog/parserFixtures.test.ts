// Our own fixtures for what the corpus lacks, and the cases where we deliberately differ from the
// official parser's output (named below with the choice made).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Constant, ExprStatement, VariableDeclaration } from '../../../src/hog/ast';
import { parse, parseProgram } from '../../../src/hog/index';
import { loadOracle, type Oracle } from './fixtures/oracle';

const FIXTURES = join(__dirname, 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Small programs, each accepted by the official parser: numbers, strings, operators, layout. */
const SNIPPETS = [
  '',
  '   \n\t ',
  '// only a comment',
  '# hash\n-- dash\n/* block */\n// last line without newline',
  '1e3; 6.02e23; 1.5; 10.0; 1e21; 1e-7; 0.1; 1e-5; 5.; .5; .5e1; 3.0000000000000004; 1e400; -0.0; -1e3',
  '9007199254740993; 9223372036854775807; 9223372036854775808; -9223372036854775808; -9223372036854775809',
  '0x1F; 0XfF; 0x7FFFFFFFFFFFFFFF; 0x8000000000000000; -0x10; 0b101; 007; 08; inf; -inf; nan; infinity',
  "'a''b'; '\\a\\b\\f\\v\\0\\x41\\'\\\\'; 'tab\\there'; f'it''s {1} \\{x} \\''; f''; f'{a}{b}'",
  '`a``b`; `a\\\\b`; "dq name".x; `quote\'inside`; $; a$b; _x1',
  'a.1.2; a?.1; a?.[1].b; a?.b?.c; f(x)[1].y; (a).b.c; a[1][2]; a.b(1)(2); f(1)(2)(3); (x -> x)(1)',
  '- a * b; - 5 * b; -(3); - -5; a - -5; +5; not a ?? b; a ?? not b; not (a); a and not b',
  'x between 1 and 2 and 3; a or x between 1 and 2; not a between 1 and 2; x not between a ?? b and 2',
  'a ? b : c ? d : e; a ? b ? c : d : e; x -> x ? 1 : 2; 1 + 2 ? 3 : 4; a ?? b ?? c; a is null is null',
  'f(a, b -> b); (a, b,) -> a; () -> 1; x -> {}; x -> {a}; x -> {a; b}; x -> {a := 1}; x -> {return}',
  'x := 1 := 2; a.b[1] := 3; f() := 4; {}; {x}; {a: 1}[a]; {\'k\': 1, \'j\': [1, 2,],}',
  'let x 5; if x > 1 { }; for let v in a { }; 4 +* 2; else { }; 1 -- 2',
  'if(a, b, c); not in [1, 2]; return + r; a[]; while (false) { };',
  'let x := 1 # comment\nlet y := 2 -- comment\n#12a\nprint(x, y)',
  "cast(a as String); cast(a + 1 as Nullable(String)); interval '2 days'; let cast := 1; cast + 1; interval(1)",
  'case when a then 1 else 2 end; case x when 1 then 2 end; let case := 1; case + 1',
];

describe('parser: fixtures', () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  test('small programs: identical JSON text', () => {
    for (const source of SNIPPETS) {
      const official = oracle.parseProgram(source);
      assert.ok(oracle.accepts(official), `official accepts ${JSON.stringify(source)}`);
      assert.equal(parseProgram(source), official, JSON.stringify(source));
    }
  });

  test('CRLF line endings: identical JSON text', () => {
    const source = fixture('hogql-forms.hog').replace(/\n/g, '\r\n');
    assert.equal(parseProgram(source), oracle.parseProgram(source));
  });

  test('HogQL forms (case, interval, ||, as, ::, named arguments, slices, cohorts): identical JSON text', () => {
    const source = fixture('hogql-forms.hog');
    assert.equal(parseProgram(source), oracle.parseProgram(source));
  });

  test('unicode: parseProgram reproduces the official positions', () => {
    const source = fixture('unicode.hog');
    assert.equal(parseProgram(source), oracle.parseProgram(source));
  });

  test('choice: parse() positions count UTF-16 code units (as editors do), not code points', () => {
    const source = fixture('unicode.hog');
    const { program } = parse(source);
    assert.ok(program);
    const after = program.declarations.find((d) => d.node === 'VariableDeclaration' && d.name === 'after') as VariableDeclaration;
    assert.equal(after.start.offset, source.indexOf('let after'));
    const emoji = (program.declarations[1] as VariableDeclaration).expr as Constant;
    assert.equal(emoji.value, '😀 rocket 🚀');
    assert.equal(source.slice(emoji.start?.offset, emoji.end?.offset), "'😀 rocket 🚀'");
    // The official parser counts code points (offset) and UTF-8 bytes (end column) instead.
    const official = JSON.parse(oracle.parseProgram(source)) as { declarations: { expr: { end: { column: number; offset: number } } }[] };
    const officialEnd = official.declarations[1]?.expr.end;
    assert.deepEqual(officialEnd, { column: 13 + Buffer.byteLength("'😀 rocket 🚀'"), line: 3, offset: (emoji.start?.offset ?? 0) + [..."'😀 rocket 🚀'"].length });
    assert.deepEqual(emoji.end, { column: 13 + "'😀 rocket 🚀'".length, line: 3, offset: emoji.end?.offset });
  });

  test('choice: a string spanning lines ends where it really ends in parse(), on its first line officially', () => {
    const source = "let s := 'one\ntwo'\n";
    const declaration = parse(source).program?.declarations[0] as VariableDeclaration;
    assert.deepEqual(declaration.end, { column: 4, line: 2, offset: 18 });
    const official = JSON.parse(oracle.parseProgram(source)) as { declarations: { end: unknown }[] };
    assert.deepEqual(official.declarations[0]?.end, { column: 18, line: 1, offset: 18 });
    assert.equal(parseProgram(source), oracle.parseProgram(source));
  });

  test('choice: Program.end.column is the real end-of-file column in parse(), official + 5 in parseProgram', () => {
    const source = 'let a := 1\n';
    assert.deepEqual(parse(source).program?.end, { column: 0, line: 2, offset: 11 });
    const official = JSON.parse(oracle.parseProgram(source)) as { end: unknown };
    assert.deepEqual(official.end, { column: 5, line: 2, offset: 11 });
    assert.equal(parseProgram(source), oracle.parseProgram(source));
  });

  test('choice: an unterminated /* at the end is an error for us (the official parser reads "/ *")', () => {
    const source = 'let a := 1 /* never closed';
    assert.ok(oracle.accepts(oracle.parseProgram(source)));
    const { errors } = parse(source);
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.message ?? '', /unterminated block comment/);
  });

  test('HogQL query forms that run as Hog (subqueries, tags, window functions, filter): identical JSON text', () => {
    const forms = [
      'let rows := (select 1)',
      'let tag := <Div attr={1} />',
      'let ranked := rank() over (partition by a)',
      'let n := count() filter (where a)',
    ];
    for (const source of forms) {
      const official = oracle.parseProgram(source);
      assert.ok(oracle.accepts(official), `official parser accepts: ${source}`);
      assert.deepEqual(parse(source).errors, [], source);
      assert.equal(parseProgram(source), official, source);
    }
  });

  test('empty and comment-only programs give an empty Program', () => {
    for (const source of ['', '// just a comment', '/* a */ # b\n-- c']) {
      const { program, errors } = parse(source);
      assert.deepEqual(errors, []);
      assert.deepEqual(program?.declarations, []);
      assert.equal(program?.start.offset, source.length);
    }
  });

  test('deep nesting parses without overflowing the stack, with official parity at moderate depth', () => {
    const depth = 60;
    const nested = [
      `let p := ${'('.repeat(depth)}1${')'.repeat(depth)}`,
      `let a := ${'['.repeat(depth)}1${']'.repeat(depth)}`,
      `${'{ '.repeat(depth)}print(1)${' }'.repeat(depth)}`,
      `${'if (a) '.repeat(depth)}print(1)`,
      `let f := ${'x -> '.repeat(depth)}x`,
      `let s := ${Array.from({ length: 300 }, (_, i) => `v${i}`).join(' + ')}`,
    ];
    for (const source of nested) assert.equal(parseProgram(source), oracle.parseProgram(source), source.slice(0, 40));
    const deep = `let p := ${'('.repeat(600)}1${')'.repeat(600)}\n${'{'.repeat(600)}${'}'.repeat(600)}`;
    const { program, errors } = parse(deep);
    assert.deepEqual(errors, []);
    assert.equal(program?.declarations.length, 2);
    // Beyond 1000 levels (the official parser's WebAssembly stack gives out near 2000) we stop.
    for (const source of [`let p := ${'('.repeat(5000)}1${')'.repeat(5000)}`, `let s := ${'v + '.repeat(20000)}v`]) {
      const tooDeep = parse(source);
      assert.ok(tooDeep.errors.some((e) => /nested too deeply/.test(e.message)), source.slice(0, 20));
      assert.match(parseProgram(source), /^\{"end".*"error":true/);
    }
  });

  test('statements keep their own ranges, including a trailing semicolon where the grammar has one', () => {
    const { program } = parse('print(1);\nlet a := 2;');
    const statement = program?.declarations[0] as ExprStatement;
    assert.deepEqual([statement.start.offset, statement.end.offset], [0, 9]);
    const declaration = program?.declarations[1] as VariableDeclaration;
    assert.deepEqual([declaration.start.offset, declaration.end.offset], [10, 20]);
  });
});
