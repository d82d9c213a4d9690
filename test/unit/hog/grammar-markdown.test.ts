// The Markdown injection grammar: ```hog fences (and ~~~hog) get Hog scopes inside, nothing else does.
// Markdown itself is a minimal stub (grammar-fixtures/markdown-stub.tmLanguage.json) with a generic
// fenced-code rule, so the test proves that the injection wins over it for hog fences only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dump, tokenize, type Token } from './grammar-fixtures/tokenize';

const markdown = [
  '# Hog notes', //                                        1
  'Outside a fence: let x := 1 if return', //              2
  '```hog', //                                             3
  "let greeting := f'hi {name}' // comment", //            4
  'if (x) { return null }', //                             5
  '```', //                                                6
  '```js', //                                              7
  'let y = 1; if (y) return', //                           8
  '```', //                                                9
  '~~~ HOG', //                                            10
  'print(1)', //                                           11
  '~~~', //                                                12
  'after the fences: fun f() {}', //                       13
].join('\n');

const isHogScope = (scope: string): boolean => scope.endsWith('.hog');
const onLine = (tokens: Token[], line: number): Token[] => tokens.filter((t) => t.line === line);

test('code inside ```hog fences is tokenised as embedded Hog', async () => {
  const tokens = await tokenize(markdown, 'text.html.markdown');
  for (const line of [4, 5, 11]) {
    const lineTokens = onLine(tokens, line);
    assert.ok(lineTokens.length > 0);
    for (const token of lineTokens) {
      assert.ok(token.scopes.includes('meta.embedded.block.hog'), `line ${line}:\n${dump(lineTokens)}`);
    }
  }
  const scopesOf = (line: number, text: string): string[] =>
    onLine(tokens, line).find((t) => t.text === text)?.scopes ?? [];
  assert.ok(scopesOf(4, 'let').includes('storage.type.hog'), dump(tokens));
  assert.ok(scopesOf(4, 'name').includes('meta.interpolation.hog'), dump(tokens));
  assert.ok(scopesOf(4, ' comment').includes('comment.line.double-slash.hog'), dump(tokens));
  assert.ok(scopesOf(5, 'return').includes('keyword.control.hog'), dump(tokens));
  assert.ok(scopesOf(11, 'print').includes('support.function.builtin.hog'), dump(tokens));
});

test('the fence lines are Markdown, with the language named', async () => {
  const tokens = await tokenize(markdown, 'text.html.markdown');
  for (const line of [3, 6, 10, 12]) {
    for (const token of onLine(tokens, line)) {
      assert.ok(!token.scopes.includes('meta.embedded.block.hog'), `line ${line}:\n${dump(tokens)}`);
      assert.ok(token.scopes.includes('markup.fenced_code.block.markdown'), `line ${line}:\n${dump(tokens)}`);
    }
  }
  const language = onLine(tokens, 3).find((t) => t.text === 'hog');
  assert.ok(language?.scopes.includes('fenced_code.block.language.markdown'), dump(tokens));
});

test('text outside hog fences gets no Hog scope', async () => {
  const tokens = await tokenize(markdown, 'text.html.markdown');
  for (const line of [1, 2, 7, 8, 9, 13]) {
    for (const token of onLine(tokens, line)) {
      assert.ok(!token.scopes.some(isHogScope), `line ${line}:\n${dump(onLine(tokens, line))}`);
    }
  }
  const js = onLine(tokens, 8)[0];
  assert.ok(js?.scopes.includes('markup.fenced_code.block.markdown'), 'the js fence is still a code block');
});

test('an unclosed string inside the fence does not leak past the closing fence', async () => {
  const tokens = await tokenize("```hog\nlet s := 'open\n```\nplain text", 'text.html.markdown');
  const open = tokens.find((t) => t.line === 2 && t.text.includes('open'));
  assert.ok(open?.scopes.includes('string.quoted.single.hog'), dump(tokens));
  const after = tokens.filter((t) => t.line === 4);
  assert.ok(after.length > 0 && after.every((t) => !t.scopes.some(isHogScope)), dump(tokens));
});
