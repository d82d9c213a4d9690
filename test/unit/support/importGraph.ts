// The import graph of src/: every import, export-from, dynamic import and require, type-only ones
// included, read with TypeScript's own pre-processor; and the checks the architecture test runs on it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/** File (relative to the repository, `src/...`) → what it imports: resolved files, or bare package names. */
export type ImportGraph = Map<string, { files: string[]; packages: string[]; unresolved: string[] }>;

/** Reads every .ts (and imported .json) file under `root` (e.g. `src`). */
export function readSources(root: string): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') || name.endsWith('.json')) sources.set(path.split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return sources;
}

/** The graph of `sources` (paths like `src/a/b.ts`, with their text). */
export function importGraph(sources: ReadonlyMap<string, string>): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const [file, text] of sources) {
    const entry = { files: [] as string[], packages: [] as string[], unresolved: [] as string[] };
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!specifier.startsWith('.')) {
        entry.packages.push(specifier);
        continue;
      }
      const target = resolveImport(file, specifier, sources);
      if (target) entry.files.push(target);
      else entry.unresolved.push(specifier);
    }
    graph.set(file, entry);
  }
  return graph;
}

function resolveImport(from: string, specifier: string, sources: ReadonlyMap<string, string>): string | undefined {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  return [`${base}.ts`, `${base}/index.ts`, base].find((candidate) => sources.has(candidate));
}

/** The import circles: groups of files that reach each other (Tarjan's strongly connected components). */
export function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** `src/logs/tail.ts` → `logs`; a file directly in src/ → `(root)`. */
export function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? parts[1]! : '(root)';
}

/** Folder → the folders its files import (itself left out). */
export function folderEdges(graph: ImportGraph): Map<string, string[]> {
  const edges = new Map<string, Set<string>>();
  for (const [file, { files }] of graph) {
    const from = folderOf(file);
    const targets = edges.get(from) ?? new Set<string>();
    for (const target of files) if (folderOf(target) !== from) targets.add(folderOf(target));
    edges.set(from, targets);
  }
  return new Map([...edges].map(([folder, targets]) => [folder, [...targets].sort()]));
}

/** Imports from a folder into a folder of a higher layer (`layers`: lowest first). */
export function upwardImports(graph: ImportGraph, layers: readonly (readonly string[])[]): string[] {
  const rank = new Map(layers.flatMap((folders, i) => folders.map((folder) => [folder, i] as const)));
  const found: string[] = [];
  for (const [file, { files }] of graph) {
    for (const target of files) {
      const from = rank.get(folderOf(file));
      const to = rank.get(folderOf(target));
      if (from !== undefined && to !== undefined && to > from) found.push(`${file} → ${target}`);
    }
  }
  return found;
}

/** Files of `folders` that import `vscode`, or import (through any chain) a file that does. */
export function vscodeReachedFrom(graph: ImportGraph, folders: readonly string[]): string[] {
  const reaches = new Map<string, string[] | null>();
  const chainTo = (file: string, seen: Set<string>): string[] | null => {
    if (reaches.has(file)) return reaches.get(file)!;
    const entry = graph.get(file);
    if (!entry || seen.has(file)) return null;
    seen.add(file);
    let chain: string[] | null = entry.packages.includes('vscode') ? [file, 'vscode'] : null;
    for (const next of entry.files) {
      if (chain) break;
      const rest = chainTo(next, seen);
      if (rest) chain = [file, ...rest];
    }
    reaches.set(file, chain);
    return chain;
  };
  return [...graph.keys()]
    .filter((file) => folders.includes(folderOf(file)))
    .map((file) => chainTo(file, new Set()))
    .filter((chain): chain is string[] => chain !== null)
    .map((chain) => chain.join(' → '));
}
