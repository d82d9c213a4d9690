// The analysis's table of PostHog VM functions (vmFunctions.json) against the installed VM, and
// the checks that run PostHog's compiler on the program.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { ASYNC_STL, STL } from '@posthog/hogvm';
import { allStdlibFunctions, checkProgram } from '../../../src/hog/analysis';
import vmFunctions from '../../../src/hog/analysis/vmFunctions.json';

const require = createRequire(__filename);

describe('PostHog VM functions', () => {
  it('vmFunctions.json lists what the installed @posthog/hogvm has (regenerate: node src/hog/analysis/generateVmFunctions.mjs)', () => {
    const packageDir = dirname(require.resolve('@posthog/hogvm/package.json'));
    const bytecodeSource = readFileSync(join(packageDir, 'src/stl/bytecode.ts'), 'utf8');
    const bytecode = [...bytecodeSource.matchAll(/^\s*"([A-Za-z_][A-Za-z0-9_]*)": \[\[/gm)].map((m) => m[1]).sort();
    assert.equal(vmFunctions.version, (require('@posthog/hogvm/package.json') as { version: string }).version);
    assert.deepEqual(vmFunctions.native, Object.keys(STL).sort());
    assert.deepEqual(vmFunctions.async, Object.keys(ASYNC_STL).sort());
    assert.deepEqual(vmFunctions.bytecode, bytecode);
    assert.ok(vmFunctions.bytecode.includes('arrayMap'));
  });

  it('every documented function is in the VM, or comes from PostHog\'s CDP runtime (host)', () => {
    const vm = new Set([...vmFunctions.native, ...vmFunctions.async, ...vmFunctions.bytecode]);
    const missing = allStdlibFunctions().filter((f) => f.implementation !== 'host' && !vm.has(f.name)).map((f) => f.name);
    assert.deepEqual(missing, []);
  });
});

describe('what PostHog\'s compiler refuses, as diagnostics', () => {
  const at = (source: string) =>
    checkProgram(source).map((d) => `${d.start.line}:${d.start.column}-${d.end.line}:${d.end.column} ${d.severity} ${d.code}: ${d.message}`);

  it('a finally block, at its keyword', () => {
    assert.deepEqual(at("try {\n  print(1)\n} catch (e) {\n  print(e)\n} finally {\n  print(2)\n}"), [
      '5:2-5:9 error posthog-compile: PostHog cannot compile this: finally blocks are not yet supported.',
    ]);
  });

  it('cohorts, index 0, a variable declared twice, HogQL-only syntax', () => {
    assert.deepEqual(at('let x := 1\nprint(x in cohort 3)'), [
      "2:6-2:19 error posthog-compile: PostHog cannot compile this: Can't use cohorts in real-time filters. Please inline the relevant expressions (cohort id=3).",
    ]);
    assert.deepEqual(at('let a := [1]\nprint(a[0])'), ['2:6-2:10 error posthog-compile: PostHog cannot compile this: Array access starts from 1.']);
    assert.deepEqual(at('let a := [1]\nprint(a[0.0])'), [], 'a float index is not refused: the literal types come from the parser');
    assert.deepEqual(at('let a := 1\nlet a := 2'), ['2:0-2:10 error posthog-compile: PostHog cannot compile this: Variable `a` already declared in this scope.']);
    assert.deepEqual(at('print(1 as one)'), ['1:6-1:14 error posthog-compile: PostHog cannot compile this: BytecodeCompiler has no method visit_alias.']);
  });

  it('nothing for a program PostHog compiles', () => {
    assert.deepEqual(at("let a := [1, 2]\nfor (let x in a) {\n  print(x)\n}"), []);
  });
});
