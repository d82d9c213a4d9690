// The child process of the cold-start figures (coldStart.ts), bundled to dist/coldCheck.js:
//   node dist/coldCheck.js check FILE   loads the Hog analysis bundle, then checks FILE once, in the
//                                       editor's two steps (src/language/diagnostics.ts)
//   node dist/coldCheck.js extension    loads dist/extension.js (with a stand-in for `vscode`)
// and prints one JSON line of CPU and wall times. It imports only Node's own modules, so that
// what it loads by path is all that is measured.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { installVscodeStub } from './vscodeStub';

interface HogAnalysis {
  analyzeSource(source: string): unknown;
  firstDiagnostics(result: unknown, info?: { type: string }): unknown[];
  withCompilerDiagnostics(first: unknown[], result: unknown): unknown[];
}

export interface ColdSample {
  loadCpu: number;
  loadWall: number;
  /** Until the first diagnostics show: all but the compiler's errors (src/language/diagnostics.ts). */
  firstCpu: number;
  firstWall: number;
  /** The whole first check: the first diagnostics, then the compiler's. */
  checkCpu: number;
  checkWall: number;
  diagnostics: number;
}

const load = createRequire(__filename);

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** CPU and wall milliseconds of `run`, and what it returned. */
function timed<T>(run: () => T): { cpu: number; wall: number; value: T } {
  const cpu = cpuMs();
  const wall = performance.now();
  const value = run();
  return { cpu: cpuMs() - cpu, wall: performance.now() - wall, value };
}

/** What the diagnostics provider runs for a newly opened plain .hog file (a destination). */
function checkSample(file: string): ColdSample {
  const source = readFileSync(file, 'utf8');
  const loaded = timed(() => load(join(__dirname, 'hogAnalysis.js')) as HogAnalysis);
  const hog = loaded.value;
  const first = timed(() => {
    const result = hog.analyzeSource(source);
    return { result, diagnostics: hog.firstDiagnostics(result, undefined) };
  });
  const rest = timed(() => hog.withCompilerDiagnostics(first.value.diagnostics, first.value.result).length);
  return {
    loadCpu: loaded.cpu,
    loadWall: loaded.wall,
    firstCpu: first.cpu,
    firstWall: first.wall,
    checkCpu: first.cpu + rest.cpu,
    checkWall: first.wall + rest.wall,
    diagnostics: rest.value,
  };
}

function extensionSample(): ColdSample {
  installVscodeStub(load);
  const loaded = timed(() => load(join(__dirname, 'extension.js')) as unknown);
  return { loadCpu: loaded.cpu, loadWall: loaded.wall, firstCpu: 0, firstWall: 0, checkCpu: 0, checkWall: 0, diagnostics: 0 };
}

const [mode, file] = process.argv.slice(2);
const sample = mode === 'check' && file !== undefined ? checkSample(file) : extensionSample();
process.stdout.write(JSON.stringify(sample) + '\n');
