// `npm run bench`: how fast our Hog parser is compared with the official one, on the corpus, and
// what compiling and running costs (compileBench.ts). Prints figures and asserts nothing. Bundled to dist/bench.js; the official parser
// (@posthog/hogql-parser, WebAssembly) stays external and is loaded from node_modules.
import createHogQLParser from '@posthog/hogql-parser';
import { performance } from 'node:perf_hooks';
import { parseProgram } from '../../src/hog/index';
import { checkSource } from '../../src/hog/cli';
import { readdirSync } from 'node:fs';
import { sharedPath } from '../unit/support/shared';
import { compileFigures } from './compileBench';
import { runtimeFigures } from './runtimeBench';
import { assembleProgram, corpusFiles, CORPUS_SKIP, type CorpusFile } from '../unit/hog/fixtures/corpus';

const WARM_RUNS = 20;

/** What `hog check` costs for one file: parsing plus the semantic checks. */
function checkHook(source: string): number {
  return checkSource(source).length;
}

function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function parseAll(programs: CorpusFile[], parseOne: (source: string) => string): void {
  for (const program of programs) parseOne(program.source);
}

function memoryLine(label: string): string {
  const usage = process.memoryUsage();
  const peakRss = process.resourceUsage().maxRSS / 1024;
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return `${label}: peak RSS ${peakRss.toFixed(1)} MB, current RSS ${mb(usage.rss)} MB, heap used ${mb(usage.heapUsed)} MB`;
}

async function main(): Promise<void> {
  if (CORPUS_SKIP) {
    console.log(`bench skipped: ${CORPUS_SKIP}`);
    return;
  }
  const programs = corpusFiles('programs');
  const lines = programs.reduce((sum, p) => sum + p.source.split('\n').length, 0);
  console.log(`corpus: ${programs.length} programs, ${lines} lines`);

  const bytes = programs.reduce((sum, p) => sum + Buffer.byteLength(p.source), 0);
  // The first diagnostics after activation: one check of one program in a process that has run nothing yet.
  const firstCheckMs = timeMs(() => checkHook(programs[0]!.source));
  // Ours first, before the official WebAssembly module inflates the process's memory.
  const oursCold = timeMs(() => parseAll(programs, parseProgram));
  const oursWarm = median(Array.from({ length: WARM_RUNS }, () => timeMs(() => parseAll(programs, parseProgram))));
  const thousandLines = assembleProgram(programs, 1000);
  checkHook(thousandLines);
  const checkMs = median(Array.from({ length: WARM_RUNS }, () => timeMs(() => checkHook(thousandLines))));
  console.log(memoryLine('memory after our parser'));
  const withOutput = new Set(readdirSync(sharedPath('corpus', 'bytecode')).filter((f) => f.endsWith('.stdout')).map((f) => f.slice(0, -7)));
  compileFigures(programs, withOutput);
  await runtimeFigures();

  const initMs = await timeAsync(() => createHogQLParser());
  const official = await createHogQLParser();
  const officialMs = timeMs(() => parseAll(programs, (source) => official.parseProgram(source)));

  console.log('');
  console.log(`official parser: WebAssembly init ${initMs.toFixed(0)} ms (not included below)`);
  console.log(`official parser: all ${programs.length} programs in ${officialMs.toFixed(0)} ms (one pass)`);
  console.log(`our parser:      all ${programs.length} programs in ${oursCold.toFixed(2)} ms (first pass, cold JIT)`);
  console.log(`our parser:      all ${programs.length} programs in ${oursWarm.toFixed(2)} ms (median of ${WARM_RUNS} passes)`);
  console.log(`speed-up:        ${(officialMs / oursCold).toFixed(0)}x cold, ${(officialMs / oursWarm).toFixed(0)}x warm`);
  const mbPerSecond = (ms: number) => (bytes / 1024 / 1024 / (ms / 1000)).toFixed(1);
  console.log(`throughput:      ${mbPerSecond(oursWarm)} MB/s warm, ${mbPerSecond(oursCold)} MB/s cold (${(bytes / 1024).toFixed(0)} KB of Hog)`);
  console.log(`first check:     ${firstCheckMs.toFixed(2)} ms for the first program (${programs[0]!.source.split('\n').length} lines) in a cold process`);
  console.log(`check (parse + semantic checks) of a ${thousandLines.split('\n').length - 1}-line program: ${checkMs.toFixed(2)} ms (median of ${WARM_RUNS})`);
  console.log(memoryLine('memory after the official parser'));
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
