// Targeted expectations for the Hog TextMate grammar: which scope each kind of token gets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dump, findToken, innermostScope, tokenize, type Token } from './grammar-fixtures/tokenize';

/** [source, token text, expected innermost scope, which occurrence of the text (default 0)] */
type Expectation = [source: string, text: string, scope: string, occurrence?: number];

function expectScopes(cases: Expectation[]): void {
  for (const [source, text, scope, occurrence = 0] of cases) {
    test(`${JSON.stringify(text)}${occurrence ? ` #${occurrence}` : ''} in ${JSON.stringify(source)} is ${scope}`, async () => {
      const tokens = await tokenize(source);
      const token = findToken(tokens, text, occurrence);
      assert.equal(innermostScope(token), scope, dump(tokens));
    });
  }
}

function hasScope(token: Token, prefix: string): boolean {
  return token.scopes.some((s) => s === prefix || s.startsWith(`${prefix}.`));
}

describe('keywords', () => {
  expectScopes([
    ...['if', 'else', 'while', 'return', 'try', 'catch', 'finally', 'throw', 'break', 'continue'].map(
      (word): Expectation => [`${word} x`, word, 'keyword.control.hog'],
    ),
    ['for (let v in arr) { }', 'for', 'keyword.control.hog'],
    ['for (let v in arr) { }', 'in', 'keyword.control.hog'],
    ['for (let k, v in dict) { }', 'v', 'variable.other.readwrite.declaration.hog'],
    ['IF (TRUE) RETURN NULL', 'IF', 'keyword.control.hog'],
    ['IF (TRUE) RETURN NULL', 'RETURN', 'keyword.control.hog'],
    ['let x := 1', 'let', 'storage.type.hog'],
    ['let x := 1', 'x', 'variable.other.readwrite.declaration.hog'],
    ['fun f(a) { }', 'fun', 'storage.type.function.hog'],
    ['let select := from + where', 'select', 'variable.other.readwrite.declaration.hog'],
    ['let select := from + where', 'from', 'variable.other.readwrite.hog'],
    ['let in := 1', 'in', 'variable.other.readwrite.declaration.hog'],
    ['print(obj.select.from, obj.if)', 'if', 'variable.other.property.hog'],
    ['let l := case when a then 1 else 2 end', 'case', 'keyword.control.conditional.hog'],
    ['let l := case when a then 1 else 2 end', 'end', 'keyword.control.conditional.hog'],
    ['end := 17', 'end', 'variable.other.readwrite.hog'],
    ['try { f() } catch (e: RetryError) { }', 'e', 'variable.parameter.exception.hog'],
    ['try { f() } catch (e: RetryError) { }', 'RetryError', 'entity.name.type.exception.hog'],
  ]);
});

describe('constants', () => {
  expectScopes([
    ['[true, false, TRUE, False]', 'true', 'constant.language.boolean.hog'],
    ['[true, false, TRUE, False]', 'False', 'constant.language.boolean.hog'],
    ['[null, NULL, Null]', 'NULL', 'constant.language.null.hog'],
    ['[null, NULL, Null]', 'Null', 'constant.language.null.hog'],
    ['[inf, nan]', 'nan', 'constant.language.numeric.hog'],
  ]);
});

describe('numbers', () => {
  expectScopes([
    ['[0, 42, 007]', '42', 'constant.numeric.integer.hog'],
    ['[0x1F, 0Xff]', '0x1F', 'constant.numeric.hex.hog'],
    ['[0x1F, 0Xff]', '0Xff', 'constant.numeric.hex.hog'],
    ['[2.5, .5, 5., 10.0]', '2.5', 'constant.numeric.float.hog'],
    ['[2.5, .5, 5., 10.0]', '.5', 'constant.numeric.float.hog'],
    ['[2.5, .5, 5., 10.0]', '5.', 'constant.numeric.float.hog'],
    ['[1e3, 2.5e-4, 1E+2, .5e1]', '1e3', 'constant.numeric.float.hog'],
    ['[1e3, 2.5e-4, 1E+2, .5e1]', '2.5e-4', 'constant.numeric.float.hog'],
    ['[1e3, 2.5e-4, 1E+2, .5e1]', '1E+2', 'constant.numeric.float.hog'],
    ['[1e3, 2.5e-4, 1E+2, .5e1]', '.5e1', 'constant.numeric.float.hog'],
    ['print(pair.1, t?.2)', '1', 'constant.numeric.integer.tuple-index.hog'],
    ['print(pair.1, t?.2)', '2', 'constant.numeric.integer.tuple-index.hog'],
    ['let n := 1_000', '_000', 'variable.other.readwrite.hog'],
  ]);
});

describe('strings and escapes', () => {
  expectScopes([
    ["let s := 'hello'", 'hello', 'string.quoted.single.hog'],
    ["let s := 'hello'", "'", 'punctuation.definition.string.begin.hog'],
    ["let s := 'it\\'s'", "\\'", 'constant.character.escape.hog'],
    ["let s := 'it''s'", "''", 'constant.character.escape.hog'],
    ["let s := 'a\\nb\\tc\\\\d'", '\\n', 'constant.character.escape.hog'],
    ["let s := 'a\\nb\\tc\\\\d'", '\\\\', 'constant.character.escape.hog'],
    ["let s := 'a\\db'", '\\d', 'invalid.illegal.unknown-escape.hog'],
    ["let s := '// not -- a # comment'", '// not -- a # comment', 'string.quoted.single.hog'],
    ["let s := '{not} interpolated'", '{not} interpolated', 'string.quoted.single.hog'],
  ]);

  test('a string may span lines', async () => {
    const tokens = await tokenize("let s := 'one\ntwo' + x");
    assert.equal(innermostScope(findToken(tokens, 'two')), 'string.quoted.single.hog');
    assert.equal(innermostScope(findToken(tokens, 'x')), 'variable.other.readwrite.hog');
  });
});

describe('f-strings', () => {
  const source = "let a := f'Hi {upper(user.name)} x{n + 1}!'";
  expectScopes([
    [source, 'f', 'storage.type.string.hog'],
    [source, 'Hi ', 'string.interpolated.hog'],
    [source, '{', 'punctuation.section.interpolation.begin.hog'],
    [source, '}', 'punctuation.section.interpolation.end.hog'],
    [source, 'upper', 'support.function.builtin.hog'],
    [source, 'name', 'variable.other.property.hog'],
    [source, '+', 'keyword.operator.arithmetic.hog'],
    [source, '1', 'constant.numeric.integer.hog'],
    [source, '!', 'string.interpolated.hog'],
    ["f'literal \\{ brace'", '\\{', 'constant.character.escape.hog'],
    ["f'quote \\' and '' {x}'", "''", 'constant.character.escape.hog'],
    ["f'{c > 2 ? 'many' : 'few'}'", 'many', 'string.quoted.single.hog'],
    ["f'{ {'k': 1}.k }'", 'k', 'string.quoted.single.hog', 0],
    ["f'{ {'k': 1}.k }'", 'k', 'variable.other.property.hog', 1],
  ]);

  test('the expression inside {…} is Hog, embedded so themes reset the string colour', async () => {
    const tokens = await tokenize(source);
    const name = findToken(tokens, 'name');
    for (const scope of ['string.interpolated.hog', 'meta.interpolation.hog', 'meta.embedded.line.hog']) {
      assert.ok(name.scopes.includes(scope), `${scope} missing: ${name.scopes.join(' ')}`);
    }
    assert.ok(!hasScope(findToken(tokens, 'Hi '), 'meta.interpolation'), 'text before { is not interpolation');
  });

  test('nested f-strings inside interpolations', async () => {
    const tokens = await tokenize("let m := f'a {f'b {f'c {n}'}'} d'");
    const n = findToken(tokens, 'n');
    assert.equal(n.scopes.filter((s) => s === 'meta.interpolation.hog').length, 3, dump(tokens));
    assert.equal(n.scopes.filter((s) => s === 'string.interpolated.hog').length, 3, dump(tokens));
    assert.equal(innermostScope(n), 'variable.other.readwrite.hog');
    const last = tokens[tokens.length - 1];
    assert.ok(last && innermostScope(last) === 'punctuation.definition.string.end.hog', dump(tokens));
    assert.equal(innermostScope(findToken(tokens, ' d')), 'string.interpolated.hog');
  });

  test("a name ending in f is not an f-string prefix", async () => {
    const tokens = await tokenize("elf'x'");
    assert.equal(innermostScope(findToken(tokens, 'elf')), 'variable.other.readwrite.hog');
  });
});

describe('comments', () => {
  expectScopes([
    ['let a := 1 // note', ' note', 'comment.line.double-slash.hog'],
    ['let a := 1 // note', '//', 'punctuation.definition.comment.hog'],
    ['let a := 1 -- note', ' note', 'comment.line.double-dash.hog'],
    ['let a := 1 # note', ' note', 'comment.line.number-sign.hog'],
    ['# at line start', ' at line start', 'comment.line.number-sign.hog'],
    ['let d := /* inline */ 4', ' inline ', 'comment.block.hog'],
    ['let d := /* inline */ 4', '4', 'constant.numeric.integer.hog'],
    ['/**/ let w := 6 /***/', 'w', 'variable.other.readwrite.declaration.hog'],
    ['let g := 10 - -3', '3', 'constant.numeric.integer.hog'],
  ]);

  test('`5 -- 3` is 5 followed by a comment', async () => {
    const tokens = await tokenize('let e := 5 -- 3');
    assert.equal(innermostScope(findToken(tokens, '5')), 'constant.numeric.integer.hog');
    assert.equal(innermostScope(findToken(tokens, '--')), 'punctuation.definition.comment.hog');
    assert.equal(innermostScope(findToken(tokens, ' 3')), 'comment.line.double-dash.hog');
  });

  test('a block comment spans lines and hides code', async () => {
    const tokens = await tokenize("/*\nlet x := 'a'\n*/ let y := 2");
    assert.equal(innermostScope(findToken(tokens, "let x := 'a'")), 'comment.block.hog');
    assert.equal(innermostScope(findToken(tokens, 'y')), 'variable.other.readwrite.declaration.hog');
  });
});

describe('operators', () => {
  const cases: Array<[string, string]> = [
    [':=', 'keyword.operator.assignment.hog'],
    ['==', 'keyword.operator.comparison.hog'], ['=', 'keyword.operator.comparison.hog'],
    ['!=', 'keyword.operator.comparison.hog'], ['<>', 'keyword.operator.comparison.hog'],
    ['<=', 'keyword.operator.comparison.hog'], ['>=', 'keyword.operator.comparison.hog'],
    ['<', 'keyword.operator.comparison.hog'], ['>', 'keyword.operator.comparison.hog'],
    ['+', 'keyword.operator.arithmetic.hog'], ['-', 'keyword.operator.arithmetic.hog'],
    ['*', 'keyword.operator.arithmetic.hog'], ['/', 'keyword.operator.arithmetic.hog'],
    ['%', 'keyword.operator.arithmetic.hog'],
    ['??', 'keyword.operator.null-coalescing.hog'], ['||', 'keyword.operator.concatenation.hog'],
    ['=~', 'keyword.operator.regex.hog'], ['!~', 'keyword.operator.regex.hog'],
    ['=~*', 'keyword.operator.regex.hog'], ['!~*', 'keyword.operator.regex.hog'],
    ['~*', 'keyword.operator.regex.hog'],
    ['and', 'keyword.operator.logical.hog'], ['or', 'keyword.operator.logical.hog'],
    ['like', 'keyword.operator.word.hog'], ['ilike', 'keyword.operator.word.hog'],
    ['in', 'keyword.operator.word.hog'], ['AND', 'keyword.operator.logical.hog'],
  ];
  expectScopes(cases.map(([op, scope]): Expectation => [`let r := a ${op} b`, op, scope]));
  expectScopes([
    ['let r := not a', 'not', 'keyword.operator.logical.hog'],
    ['let r := a is not null', 'is', 'keyword.operator.word.hog'],
    ['let r := a not between 1 and 5', 'between', 'keyword.operator.word.hog'],
    ['let r := c ? a : b', '?', 'keyword.operator.ternary.hog'],
    ['let v := a?.b?.[1]', '?.', 'keyword.operator.optional-chaining.hog', 1],
    ['let v := a?.b', 'b', 'variable.other.property.hog'],
    ['let f := x -> x * 2', '->', 'keyword.operator.arrow.hog'],
    ['let f := x -> x * 2', 'x', 'variable.parameter.hog'],
    ['let f := (a, b) -> a + b', 'b', 'variable.parameter.hog'],
    ['let f := (a, b) -> a + b', 'b', 'variable.other.readwrite.hog', 1],
    ['let f := () -> 42', '42', 'constant.numeric.integer.hog'],
  ]);
});

describe('functions: definitions vs calls', () => {
  expectScopes([
    ['fun greet(name, greeting) { return name }', 'greet', 'entity.name.function.hog'],
    ['fun greet(name, greeting) { return name }', 'greeting', 'variable.parameter.hog'],
    ['fun greet(name, greeting) { return name }', 'name', 'variable.other.readwrite.hog', 1],
    ['greet(1)', 'greet', 'entity.name.function.hog'],
    ["concat('a', b)", 'concat', 'support.function.builtin.hog'],
    ["postHogCapture({'event': 'x'})", 'postHogCapture', 'support.function.builtin.hog'],
    ["throw Error('x')", 'Error', 'support.function.builtin.hog'],
    ['obj.run(21)', 'run', 'entity.name.function.member.hog'],
    ['obj?.run()', 'run', 'entity.name.function.member.hog'],
    ['obj.print(1)', 'print', 'entity.name.function.member.hog'],
    ['let print2 := print', 'print', 'variable.other.readwrite.hog'],
  ]);

  test('a definition is entity.name.function, not support.function, even for a stdlib name', async () => {
    const tokens = await tokenize('fun values(where, limit) {\n  return [where, limit]\n}\nprint(values(1, 2))');
    const definition = findToken(tokens, 'values', 0);
    assert.equal(innermostScope(definition), 'entity.name.function.hog');
    assert.ok(hasScope(definition, 'meta.function'));
    assert.equal(innermostScope(findToken(tokens, 'values', 1)), 'support.function.builtin.hog');
  });
});

describe('identifiers', () => {
  expectScopes([
    ['print($dollar, mid$dle, end$, $)', '$dollar', 'variable.other.readwrite.hog'],
    ['print($dollar, mid$dle, end$, $)', 'mid$dle', 'variable.other.readwrite.hog'],
    ['print($dollar, mid$dle, end$, $)', 'end$', 'variable.other.readwrite.hog'],
    ['print($dollar, mid$dle, end$, $)', '$', 'variable.other.readwrite.hog'],
    ['event.properties.$browser', '$browser', 'variable.other.property.hog'],
    ['event.properties.$browser', 'event', 'support.variable.global.hog'],
    ['inputs.url', 'inputs', 'support.variable.global.hog'],
    ['let x := `with space`', 'with space', 'variable.other.quoted.backtick.hog'],
    ['let x := `back``tick`', '``', 'constant.character.escape.hog'],
    ['print(obj.`key-with-dash`)', 'key-with-dash', 'variable.other.quoted.backtick.hog'],
    ['print("dq {x}")', 'dq {x}', 'variable.other.quoted.double.hog'],
    ['let `fun` := 1', 'fun', 'variable.other.quoted.backtick.hog'],
  ]);

  test('a double-quoted name is not a string', async () => {
    const tokens = await tokenize('print("x")');
    assert.ok(!hasScope(findToken(tokens, 'x'), 'string'), dump(tokens));
  });
});
