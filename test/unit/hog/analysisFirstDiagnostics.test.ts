// The editor's two-step first check (src/language/diagnostics.ts): firstDiagnostics, then
// withCompilerDiagnostics, must end with exactly diagnosticsOf's list (the one-step check of the
// command line), on every corpus program, for every function type.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeSource, diagnosticsOf, firstDiagnostics, withCompilerDiagnostics, type FunctionInfo } from '../../../src/hog/analysis';
import { assembleProgram, corpusFiles, CORPUS_SKIP, corpusPresent, sqlCorpusFiles } from './fixtures/corpus';

const INFOS: (FunctionInfo | undefined)[] = [
  undefined,
  { type: 'destination', inputsSchema: [{ key: 'url' }] },
  { type: 'transformation' },
  { type: 'source_webhook' },
  { type: 'hog_flow' },
];

/** Every corpus program, and programs assembled from their statements (these mix compiler errors with the other checks). */
function programs(): { name: string; source: string }[] {
  if (!corpusPresent) return [];
  const valid = corpusFiles('programs');
  const assembled = [0, 1, 2, 3].map((seed) => ({ name: `assembled-${seed}`, source: assembleProgram(valid, 200, seed) }));
  return [...valid, ...corpusFiles('invalid'), ...sqlCorpusFiles(), ...assembled];
}

describe('the first check in two steps', { skip: CORPUS_SKIP }, () => {
  const all = programs();

  it('ends with the one-step list on every corpus program, for every function type', () => {
    assert.ok(all.length > 100, `${all.length} programs`);
    for (const { name, source } of all) {
      const result = analyzeSource(source);
      for (const info of INFOS) {
        const first = firstDiagnostics(result, info);
        assert.deepEqual(withCompilerDiagnostics(first, result), diagnosticsOf(result, info), `${name} as ${info?.type ?? 'a plain .hog file'}`);
      }
    }
  });

  it('leaves out only the compiler errors at first', () => {
    let withCompilerErrors = 0;
    for (const { name, source } of all) {
      const result = analyzeSource(source);
      const full = diagnosticsOf(result);
      const first = firstDiagnostics(result);
      assert.deepEqual(first, full.filter((d) => d.code !== 'posthog-compile'), name);
      if (full.length > first.length) withCompilerErrors++;
    }
    // Not vacuous: several programs have compiler errors among other diagnostics.
    assert.ok(withCompilerErrors >= 4, `${withCompilerErrors} programs with compiler errors`);
  });
});
