// The shape of src/: no import circles (type-only imports count), no import into a higher layer,
// and no `vscode` reachable from the folders that must run in plain Node. Each check is first shown
// to catch what it is for on a small made-up tree.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cycles, folderEdges, importGraph, readSources, upwardImports, vscodeReachedFrom, type ImportGraph } from './support/importGraph';

/** src/'s folders, lowest layer first: a folder imports only from its own layer and those below. */
const LAYERS = [
  ['common'],
  ['api', 'hog', 'schema', 'merge'],
  ['objects'],
  ['documents', 'emulator', 'logs', 'metrics', 'workspace', 'taxonomy'],
  ['invocation', 'cli'],
  ['ui', 'config'],
  ['connections'],
  ['fileSystem', 'language'],
  ['explorer'],
  ['targets'],
  ['lifecycle', 'flows', 'logTails', 'testInvocations', 'metricsPanels', 'saveFailures', 'workspaceSync', 'workspaceTests', 'walkthrough', 'history'],
  ['localRuns'],
  ['testHooks', 'commands'],
  ['(root)'],
];

/** Folders whose code runs in plain Node (tests, the emulator, the `hog` CLI): never `vscode`. */
const VSCODE_FREE = ['common', 'api', 'hog', 'schema', 'merge', 'objects', 'documents', 'emulator', 'logs', 'metrics', 'workspace', 'taxonomy', 'invocation', 'cli'];

const graph = importGraph(readSources('src'));

function fileEdges(g: ImportGraph): Map<string, string[]> {
  return new Map([...g].map(([file, { files }]) => [file, files]));
}

describe('architecture of src/', () => {
  it('resolves every relative import (so nothing escapes the checks)', () => {
    const unresolved = [...graph].flatMap(([file, { unresolved }]) => unresolved.map((s) => `${file}: ${s}`));
    assert.deepEqual(unresolved, []);
    assert.ok(graph.size > 200, `read ${graph.size} files`);
  });

  it('has no import circle between files, type-only imports included', () => {
    assert.deepEqual(cycles(fileEdges(graph)), []);
  });

  it('has no import circle between folders', () => {
    assert.deepEqual(cycles(folderEdges(graph)), []);
  });

  it('places every folder in a layer, and imports nothing from a higher one', () => {
    const placed = new Set(LAYERS.flat());
    const unplaced = [...folderEdges(graph).keys()].filter((folder) => !placed.has(folder));
    assert.deepEqual(unplaced, [], 'add new folders to LAYERS in test/unit/architecture.test.ts');
    assert.deepEqual(upwardImports(graph, LAYERS), []);
  });

  it('never reaches vscode from the folders that run in plain Node', () => {
    assert.deepEqual(vscodeReachedFrom(graph, VSCODE_FREE), []);
  });
});

describe('the architecture checks themselves', () => {
  const made = importGraph(
    new Map([
      ['src/a/one.ts', "import type { B } from '../b/two';\nexport const a = 1;"],
      ['src/b/two.ts', "export { a } from '../a/one';\nexport type B = number;"],
      ['src/b/three.ts', "import * as vscode from 'vscode';\nexport const c = vscode;"],
      ['src/c/four.ts', "const d = import('../b/three');\nexport { d };"],
      ['src/c/five.ts', "import { missing } from './nowhere';"],
    ]),
  );

  it('see type-only imports, re-exports and dynamic imports, and report what does not resolve', () => {
    assert.deepEqual(made.get('src/a/one.ts')!.files, ['src/b/two.ts']);
    assert.deepEqual(made.get('src/b/two.ts')!.files, ['src/a/one.ts']);
    assert.deepEqual(made.get('src/c/four.ts')!.files, ['src/b/three.ts']);
    assert.deepEqual(made.get('src/c/five.ts')!.unresolved, ['./nowhere']);
  });

  it('find a circle between files and between folders', () => {
    assert.deepEqual(cycles(fileEdges(made)), [['src/a/one.ts', 'src/b/two.ts']]);
    assert.deepEqual(cycles(folderEdges(made)), [['a', 'b']]);
  });

  it('find an import into a higher layer', () => {
    assert.deepEqual(upwardImports(made, [['b'], ['a'], ['c']]), ['src/b/two.ts → src/a/one.ts']);
  });

  it('find vscode through a chain of imports', () => {
    assert.deepEqual(vscodeReachedFrom(made, ['c']), ['src/c/four.ts → src/b/three.ts → vscode']);
  });
});
