// syntaxes/hog.language-configuration.json and syntaxes/hog.snippets.json: valid JSON with the
// settings the editor needs, and snippet bodies that PostHog's own parser accepts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import createHogQLParser, { type HogQLParser } from '@posthog/hogql-parser';
import { expandSnippet } from './grammar-fixtures/snippet-body';
import { projectRoot } from './grammar-fixtures/tokenize';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(projectRoot, 'syntaxes', file), 'utf8'));
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  assert.ok(typeof value === 'object' && value !== null && !Array.isArray(value), `${what} is not an object`);
  return value as Record<string, unknown>;
}

function regex(value: unknown, what: string): RegExp {
  assert.equal(typeof value, 'string', `${what} is not a string`);
  return new RegExp(value as string);
}

describe('language configuration', () => {
  const config = asRecord(readJson('hog.language-configuration.json'), 'configuration');

  test('comments: // toggles line comments, /* */ block comments', () => {
    assert.deepEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
  });

  test('brackets', () => {
    assert.deepEqual(config.brackets, [['{', '}'], ['[', ']'], ['(', ')']]);
  });

  test("auto-closing pairs include ' and ` but not inside strings or comments", () => {
    const pairs = config.autoClosingPairs;
    assert.ok(Array.isArray(pairs));
    const byOpen = new Map(pairs.map((p: unknown) => {
      const pair = asRecord(p, 'auto-closing pair');
      return [pair.open, pair] as const;
    }));
    for (const open of ['{', '[', '(']) assert.ok(byOpen.has(open), `${open} missing`);
    for (const quote of ["'", '`']) {
      const pair = byOpen.get(quote);
      assert.ok(pair, `${quote} missing`);
      assert.equal(pair.close, quote);
      assert.deepEqual(pair.notIn, ['string', 'comment']);
    }
  });

  test('surrounding pairs include quotes and backticks', () => {
    const pairs = JSON.stringify(config.surroundingPairs);
    for (const pair of [['{', '}'], ['(', ')'], ['[', ']'], ["'", "'"], ['`', '`']]) {
      assert.ok(pairs.includes(JSON.stringify(pair)), `${pair.join('')} missing`);
    }
  });

  test('wordPattern keeps $ inside names', () => {
    const word = new RegExp(regex(config.wordPattern, 'wordPattern').source, 'g');
    assert.deepEqual('event.properties.$browser + mid$dle'.match(word), ['event', 'properties', '$browser', 'mid$dle']);
    assert.deepEqual('x := 3.5'.match(word), ['x', '3.5']);
  });

  test('indentation rules', () => {
    const rules = asRecord(config.indentationRules, 'indentationRules');
    const increase = regex(rules.increaseIndentPattern, 'increaseIndentPattern');
    const decrease = regex(rules.decreaseIndentPattern, 'decreaseIndentPattern');
    const nextLine = regex(rules.indentNextLinePattern, 'indentNextLinePattern');
    for (const line of ['if (x) {', 'let d := {', 'fetch(url, {  // options', 'let a := [', 'print(']) {
      assert.ok(increase.test(line), `should indent after ${line}`);
    }
    for (const line of ['let x := 1', '}', '// if (x) {', 'let s := {}']) {
      assert.ok(!increase.test(line), `should not indent after ${line}`);
    }
    for (const line of ['}', '  } else {', '])', ')']) assert.ok(decrease.test(line), `should outdent ${line}`);
    assert.ok(!decrease.test('let x := 1'));
    assert.ok(nextLine.test('if (x > 1)') && nextLine.test('else') && !nextLine.test('if (x) {'));
  });

  test('folding markers // #region … // #endregion', () => {
    const markers = asRecord(asRecord(config.folding, 'folding').markers, 'markers');
    const start = regex(markers.start, 'start');
    const end = regex(markers.end, 'end');
    assert.ok(start.test('// #region helpers') && start.test('-- region x') && !start.test('// #endregion'));
    assert.ok(end.test('  // #endregion') && !end.test('let region := 1'));
  });
});

describe('snippets', () => {
  const snippets = Object.entries(asRecord(readJson('hog.snippets.json'), 'snippets'));
  let parser: HogQLParser;

  before(async () => {
    parser = await createHogQLParser();
  });

  test('cover the required shapes', () => {
    const prefixes = snippets.flatMap(([, s]) => [asRecord(s, 'snippet').prefix].flat());
    for (const prefix of ['fetch', 'transformation', 'webhook', 'let', 'fun', 'if', 'ifelse', 'forin', 'try', 'fstring']) {
      assert.ok(prefixes.includes(prefix), `no snippet with prefix ${prefix}`);
    }
  });

  for (const [name, value] of snippets) {
    test(`${name}: has prefix, body and description, and the body parses`, () => {
      const snippet = asRecord(value, name);
      const prefixes = [snippet.prefix].flat();
      assert.ok(prefixes.length > 0 && prefixes.every((p) => typeof p === 'string' && p !== ''), 'prefix');
      assert.ok(typeof snippet.description === 'string' && snippet.description !== '', 'description');
      const body = [snippet.body].flat();
      assert.ok(body.length > 0 && body.every((line) => typeof line === 'string'), 'body');
      const program = expandSnippet(body.join('\n'));
      const result = asRecord(JSON.parse(parser.parseProgram(program, true)), 'parse result');
      assert.notEqual(result.error, true, `${String(result.message)}\n--- expanded body ---\n${program}`);
    });
  }

  test('the fetch snippet checks the status and throws', () => {
    const fetchSnippet = snippets.find(([, s]) => [asRecord(s, 'snippet').prefix].flat().includes('fetch'));
    const body = expandSnippet([asRecord(fetchSnippet?.[1], 'fetch snippet').body].flat().join('\n'));
    for (const part of ["'headers'", "'body'", 'inputs.', '.status', 'throw Error(']) {
      assert.ok(body.includes(part), `fetch snippet lacks ${part}`);
    }
  });
});

describe('snippet placeholder expansion (test helper)', () => {
  test('defaults, nesting, choices, tab stops and escapes', () => {
    assert.equal(expandSnippet('let ${1:name} := ${2:f(${3:x})}$0'), 'let name := f(x)');
    assert.equal(expandSnippet("'${1|POST,GET|}' ${2} $3"), "'POST'  ");
    assert.equal(expandSnippet('${1:{a\\}} \\$browser'), '{a} $browser');
    assert.throws(() => expandSnippet('${1:open'));
  });
});
