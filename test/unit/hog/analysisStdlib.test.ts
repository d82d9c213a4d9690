// The committed standard-library table matches the shared reference it was generated from.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sharedPath, sharedSkip } from '../support/shared';
import { allStdlibFunctions, describeArity, formatSignature, stdlibFunction } from '../../../src/hog/analysis/stdlib';

const REFERENCE = sharedPath('reference', 'hog-stdlib.json');
const SKIP = sharedSkip('reference/hog-stdlib.json');

describe('standard library table', () => {
  it('equals the shared reference (regenerate with node src/hog/analysis/generateStdlib.mjs)', { skip: SKIP }, () => {
    const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as { functions: Record<string, unknown>[] };
    const pick = (f: Record<string, unknown>) => ({
      name: f.name,
      params: f.params,
      returns: f.returns,
      minArgs: f.minArgs,
      maxArgs: f.maxArgs,
      description: f.description,
      async: f.async,
      implementation: f.implementation,
      contexts: f.contexts,
    });
    const ours = allStdlibFunctions().map((f) => pick({ ...f }));
    assert.deepEqual(JSON.parse(JSON.stringify(ours)), JSON.parse(JSON.stringify(reference.functions.map(pick))));
  });

  it('includes the host functions and the VM built-ins', () => {
    for (const name of ['fetch', 'postHogCapture', 'sendEmail', 'print', 'sleep', 'arrayMap', 'HogError', 'jsonParse']) {
      assert.ok(stdlibFunction(name), `${name} missing`);
    }
    assert.equal(stdlibFunction('fetch')?.implementation, 'host');
  });

  it('formats signatures and arities', () => {
    const fetch = stdlibFunction('fetch');
    assert.ok(fetch);
    assert.equal(formatSignature(fetch), 'fetch(url: string, [options: dict]): dict');
    const concat = stdlibFunction('concat');
    assert.ok(concat);
    assert.equal(formatSignature(concat), `concat(...values: ${concat.params[0].type}): ${concat.returns}`);
    assert.equal(describeArity(1, 1), '1 argument');
    assert.equal(describeArity(0, 0), '0 arguments');
    assert.equal(describeArity(2, 3), '2 to 3 arguments');
    assert.equal(describeArity(1, null), 'at least 1 argument');
  });
});
