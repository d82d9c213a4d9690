// Editor computations on offsets: completion, signature help, hover, go to definition, outline.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completionsAt } from '../../../src/hog/analysis/completion';
import type { FunctionInfo } from '../../../src/hog/analysis/context';
import { definitionAt, hoverAt } from '../../../src/hog/analysis/hover';
import { analyze, type Analysis } from '../../../src/hog/analysis/resolve';
import { signatureAt } from '../../../src/hog/analysis/signature';
import { documentSymbols } from '../../../src/hog/analysis/symbols';
import { offsetOf, parseHog } from './analysisSupport';

const analysisOf = (source: string): Analysis => analyze(source, parseHog(source));
const labels = (source: string, offset: number, analysis: Analysis | null, info?: FunctionInfo): string[] =>
  completionsAt(source, offset, analysis, info).map((c) => c.label);

const webhookInputs: FunctionInfo = {
  type: 'destination',
  inputsSchema: [
    { key: 'url', label: 'Webhook URL', description: 'Endpoint to call.', type: 'string' },
    { key: 'api-key', label: 'API key', secret: true },
  ],
};

describe('completion', () => {
  it('lists the event fields after `event.` (unparseable text)', () => {
    const source = 'let a := 1\nprint(event.';
    const items = completionsAt(source, source.length, null);
    assert.deepEqual(
      items.map((c) => c.label),
      ['uuid', 'event', 'distinct_id', 'properties', 'elements_chain', 'timestamp', 'url'],
    );
    assert.ok(items.every((c) => c.kind === 'field'));
    assert.equal(items.find((c) => c.label === 'distinct_id')?.detail, 'event.distinct_id');
  });

  it('completes a partly typed member and nested fields of request', () => {
    const source = 'return request.bo';
    assert.ok(labels(source, source.length, null, { type: 'source_webhook' }).includes('body'));
    assert.deepEqual(labels('person.', 7, null), ['id', 'properties', 'name', 'url']);
    assert.deepEqual(labels('event?.', 7, null).length, 7);
  });

  it('lists no fields for open dicts and for locals shadowing a global', () => {
    assert.deepEqual(labels('print(event.properties.', 23, null), []);
    const source = 'let event := {}\nprint(event.x)';
    assert.deepEqual(labels(source, offsetOf(source, '.x') + 1, analysisOf(source)), []);
  });

  it('offers the inputs_schema keys after `inputs.` with their labels as documentation', () => {
    const items = completionsAt('inputs.', 7, null, webhookInputs);
    assert.deepEqual(
      items.map((c) => [c.label, c.kind, c.detail, c.documentation, c.insertText]),
      [
        ['url', 'input', 'Webhook URL (string)', 'Endpoint to call.', undefined],
        ['api-key', 'input', 'API key', undefined, '`api-key`'],
      ],
    );
    assert.deepEqual(labels('inputs.', 7, null), []);
  });

  it('offers locals in scope, globals, stdlib functions and keywords elsewhere', () => {
    const source = 'let outer := 1\nfun helper(p) {\n  let inner := 2\n  return p\n}\n{\n  let hidden := 3\n}\nprint(outer)';
    const at = offsetOf(source, 'return p') + 7;
    const inHelper = labels(source, at, analysisOf(source));
    for (const name of ['inner', 'p', 'helper', 'outer', 'event', 'inputs', 'fetch', 'arrayMap', 'let', 'return']) {
      assert.ok(inHelper.includes(name), `${name} missing`);
    }
    assert.ok(!inHelper.includes('hidden'));
    const atEnd = labels(source, source.length - 1, analysisOf(source));
    assert.ok(atEnd.includes('outer') && atEnd.includes('helper'));
    assert.ok(!atEnd.includes('inner') && !atEnd.includes('p'));
  });

  it('orders locals before globals, functions and keywords', () => {
    const source = 'let zed := 1\n';
    const items = completionsAt(source, source.length, analysisOf(source));
    const first = (kind: string) => items.findIndex((c) => c.kind === kind);
    const sorted = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.equal(sorted[0].label, 'zed');
    assert.ok(first('global') >= 0 && first('keyword') >= 0);
    assert.equal(items.find((c) => c.label === 'substring')?.detail, 'substring(str: string, start: integer, [length: integer]): string');
  });

  it('uses globals of the function type', () => {
    const webhook = labels('', 0, null, { type: 'source_webhook' });
    assert.ok(webhook.includes('request') && !webhook.includes('event'));
    const destination = labels('', 0, null);
    assert.ok(destination.includes('event') && !destination.includes('request'));
  });

  it('reads locals from the text when the program does not parse', () => {
    const source = 'let total := 0\nfun add(a, b) { return a + b }\nprint(';
    const found = labels(source, source.length, null);
    assert.ok(found.includes('total') && found.includes('add'));
  });

  it('offers nothing in comments and strings, but does inside f-string placeholders', () => {
    assert.deepEqual(labels('// event.', 9, null), []);
    assert.deepEqual(labels("let s := 'event.", 16, null), []);
    assert.deepEqual(labels('/* x', 4, null), []);
    const source = "let s := f'id: {event.";
    assert.ok(labels(source, source.length, null).includes('uuid'));
    assert.deepEqual(labels("let s := f'{1} event.", 21, null), []);
  });
});

describe('signature help', () => {
  it('shows a stdlib signature with the argument at the cursor', () => {
    const source = "let s := substring('hello', 2, ";
    const help = signatureAt(source, source.length, null);
    assert.equal(help?.label, 'substring(str: string, start: integer, [length: integer]): string');
    assert.deepEqual(help?.parameters, ['str: string', 'start: integer', '[length: integer]']);
    assert.equal(help?.activeParameter, 2);
    assert.match(help?.documentation ?? '', /\S/);
  });

  it('follows nesting, commas inside literals and strings', () => {
    const source = "print(concat('a,b', length([1, 2]), ";
    const help = signatureAt(source, source.length, null);
    assert.equal(help?.label.startsWith('concat('), true);
    assert.equal(help?.activeParameter, 0); // variadic: stays on the last parameter
    const inner = "print(length([1, 2";
    assert.equal(signatureAt(inner, inner.length, null)?.label.startsWith('length('), true);
    const closed = 'print(length(x), ';
    assert.equal(signatureAt(closed, closed.length, null)?.label.startsWith('print('), true);
  });

  it('shows local functions and lambdas with their parameters', () => {
    const source = 'fun send(url, body) {\n  return 1\n}\nsend(1, 2)';
    const help = signatureAt(source, offsetOf(source, '2)'), analysisOf(source));
    assert.deepEqual([help?.label, help?.activeParameter], ['send(url, body)', 1]);
    const partial = 'let f := (a, b, c) -> a\nf(1, ';
    assert.deepEqual(signatureAt(partial, partial.length, null)?.label, 'f(a, b, c)');
  });

  it('gives nothing outside calls and for declarations', () => {
    assert.equal(signatureAt('let x := (1 + ', 14, null), undefined);
    assert.equal(signatureAt('fun f(a, ', 9, null), undefined);
    assert.equal(signatureAt('if (x ', 6, null), undefined);
  });
});

describe('hover and go to definition', () => {
  const source = [
    'let payload := {}',
    'fun send(url) {',
    "  return fetch(url, {'body': payload})",
    '}',
    'send(inputs.url)',
    'print(event.properties, person)',
  ].join('\n');

  it('describes stdlib functions with signature and description', () => {
    const hover = hoverAt(analysisOf(source), offsetOf(source, 'fetch') + 2);
    assert.match(hover?.contents ?? '', /fetch\(url: string, \[options: dict\]\): dict/);
    assert.match(hover?.contents ?? '', /HTTP request performed by the host/);
    assert.deepEqual(hover?.span, { start: offsetOf(source, 'fetch'), end: offsetOf(source, 'fetch') + 5 });
  });

  it('describes globals and their fields, and inputs with their label', () => {
    const analysis = analysisOf(source);
    assert.match(hoverAt(analysis, offsetOf(source, 'properties'))?.contents ?? '', /event\.properties[\s\S]*event's properties/);
    assert.match(hoverAt(analysis, offsetOf(source, 'person'))?.contents ?? '', /\(global\) person/);
    const input = hoverAt(analysis, offsetOf(source, 'url)', 1), webhookInputs);
    assert.match(input?.contents ?? '', /inputs\.url: string[\s\S]*\*\*Webhook URL\*\*[\s\S]*Endpoint to call\./);
  });

  it('describes locals and jumps to their declaration', () => {
    const analysis = analysisOf(source);
    const call = offsetOf(source, 'send(inputs');
    assert.match(hoverAt(analysis, call)?.contents ?? '', /fun send\(url\)/);
    assert.deepEqual(definitionAt(analysis, call), { start: offsetOf(source, 'send'), end: offsetOf(source, 'send') + 4 });
    const use = offsetOf(source, 'payload})');
    assert.deepEqual(definitionAt(analysis, use), { start: offsetOf(source, 'payload'), end: offsetOf(source, 'payload') + 7 });
    const param = offsetOf(source, 'url, {');
    assert.deepEqual(definitionAt(analysis, param), { start: offsetOf(source, 'url)'), end: offsetOf(source, 'url)') + 3 });
    assert.equal(definitionAt(analysis, offsetOf(source, 'fetch')), undefined);
  });

  it('finds catch and loop variables', () => {
    const code = 'try { throw Error() } catch (err) { print(err) }\nfor (let k, v in {}) { print(v) }';
    const analysis = analysisOf(code);
    assert.deepEqual(definitionAt(analysis, offsetOf(code, 'err)', 1)), { start: offsetOf(code, 'err'), end: offsetOf(code, 'err') + 3 });
    assert.deepEqual(definitionAt(analysis, offsetOf(code, 'v)')), { start: offsetOf(code, 'v in'), end: offsetOf(code, 'v in') + 1 });
  });
});

describe('document symbols', () => {
  it('lists functions with their nested declarations and top-level variables', () => {
    const source = 'let a := 1\nfun outer(x) {\n  let b := 2\n  fun inner() { return b }\n  return inner()\n}\nif (a) {\n  let c := x -> x\n}';
    const symbols = documentSymbols(source, parseHog(source));
    const outline = (list: typeof symbols): unknown[] =>
      list.map((s) => [s.name, s.kind, s.detail, source.slice(s.nameSpan.start, s.nameSpan.end), outline(s.children)]);
    assert.deepEqual(outline(symbols), [
      ['a', 'variable', '', 'a', []],
      ['outer', 'function', '(x)', 'outer', [
        ['b', 'variable', '', 'b', []],
        ['inner', 'function', '()', 'inner', []],
      ]],
      ['c', 'variable', '(x) -> ...', 'c', []],
    ]);
    assert.equal(source.slice(symbols[1].span.start, symbols[1].span.end).startsWith('fun outer(x) {'), true);
  });
});
