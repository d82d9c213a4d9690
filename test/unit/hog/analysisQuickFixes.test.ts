// Quick fixes for the semantic diagnostics, applied to the text they fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkProgram } from '../../../src/hog/analysis/check';
import { addInputToConfig } from '../../../src/hog/analysis/configInputs';
import type { FunctionInfo } from '../../../src/hog/analysis/context';
import { applyEdits } from '../../../src/hog/analysis/edits';
import { nearestStdlibNames } from '../../../src/hog/analysis/nearestNames';
import { quickFixesFor, type HogQuickFix } from '../../../src/hog/analysis/quickFixes';
import { analyze } from '../../../src/hog/analysis/resolve';
import { parseHog } from './analysisSupport';

function fixesFor(source: string, info?: FunctionInfo): HogQuickFix[] {
  const [diagnostic, ...rest] = checkProgram(source, info);
  assert.ok(diagnostic, 'no diagnostic');
  assert.deepEqual(rest, [], JSON.stringify(rest));
  return quickFixesFor(analyze(source, parseHog(source)), diagnostic.code, { start: diagnostic.start.offset, end: diagnostic.end.offset });
}

function applied(source: string, fix: HogQuickFix | undefined): string {
  assert.ok(fix?.kind === 'edit', JSON.stringify(fix));
  return applyEdits(source, fix.edits);
}

describe('quick fixes', () => {
  it('an unknown function: the nearest standard-library names, closest first and preferred', () => {
    const source = 'let x := lenght([1])\n';
    const fixes = fixesFor(source);
    assert.equal(fixes[0]?.title, "Change to 'length'");
    assert.ok(fixes[0]?.kind === 'edit' && fixes[0].preferred);
    assert.equal(applied(source, fixes[0]), 'let x := length([1])\n');
    assert.deepEqual(checkProgram(applied(source, fixes[0])), []);
    assert.deepEqual(nearestStdlibNames('tolower').slice(0, 1), ['lower']);
    assert.deepEqual(nearestStdlibNames('zzzzzzzz'), []);
  });

  it('an undeclared variable: declared before the line that uses it, at its indentation', () => {
    const source = 'fun f() {\n    return total + 1\n}\n';
    const fixes = fixesFor(source);
    assert.deepEqual(fixes.map((f) => f.title), ["Declare 'total'"]);
    const fixed = applied(source, fixes[0]);
    assert.equal(fixed, 'fun f() {\n    let total := null\n    return total + 1\n}\n');
    assert.deepEqual(checkProgram(fixed), []);
  });

  it('an input missing from the schema: add it to the configuration document', () => {
    const info: FunctionInfo = { type: 'destination', inputsSchema: [{ key: 'url' }] };
    const fixes = fixesFor('print(inputs.url, inputs.token)\n', info);
    assert.deepEqual(fixes, [{ kind: 'addInput', title: "Add 'token' to the inputs_schema", key: 'token' }]);
    const config = '{\n  "name": "Webhook",\n  "inputs_schema": [\n    {\n      "key": "url",\n      "type": "string"\n    }\n  ],\n  "inputs": {}\n}\n';
    const updated = applyEdits(config, [addInputToConfig(config, 'token')!]);
    const schema = JSON.parse(updated).inputs_schema;
    assert.deepEqual(schema.map((i: { key: string }) => i.key), ['url', 'token']);
    assert.equal(schema[1].type, 'string');
    assert.match(updated, /\n    \{\n      "type": "string",\n      "key": "token",/);
    assert.equal(addInputToConfig(updated, 'token'), undefined, 'already there');
    const empty = '{\n  "inputs_schema": []\n}\n';
    assert.deepEqual(JSON.parse(applyEdits(empty, [addInputToConfig(empty, 'a')!])).inputs_schema.map((i: { key: string }) => i.key), ['a']);
    const none = '{\n  "name": "x"\n}\n';
    assert.deepEqual(JSON.parse(applyEdits(none, [addInputToConfig(none, 'a')!])).inputs_schema.map((i: { key: string }) => i.key), ['a']);
    assert.equal(addInputToConfig('{ broken', 'a'), undefined);
  });

  it('a wrong argument count: show the signature inside the call', () => {
    const source = 'let x := length(1, 2)\n';
    const fixes = fixesFor(source);
    assert.equal(fixes.length, 1);
    assert.ok(fixes[0]?.kind === 'showSignature');
    assert.match(fixes[0].title, /^Show the signature: length\(/);
    assert.equal(fixes[0].offset, source.indexOf('(') + 1);
    const local = 'fun add(a, b) {\n    return a + b\n}\nprint(add(1, 2, 3))\n';
    const [localFix] = fixesFor(local);
    assert.deepEqual(localFix, { kind: 'showSignature', title: 'Show the signature: add(a, b)', offset: local.indexOf('add(1') + 4 });
  });
});
