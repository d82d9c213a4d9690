// `npm run bench`: how fast our Hog parser is compared with the official one, on the corpus, and
// what compiling and running costs (compileBench.ts). Prints figures and asserts nothing.
// Each figure is given in CPU time (process.cpuUsage: user + system of this process), which a
// busy machine barely inflates, and in wall time. Bundled to dist/bench.js; the official parser
// (@posthog/hogql-parser, WebAssembly) stays external and is loaded from node_modules.
import createHogQLParser from '@posthog/hogql-parser';
import { performance } from 'node:perf_hooks';
import { parse, parseProgram } from '../../src/hog/index';
import { checkSource } from '../../src/hog/cli';
import { readdirSync } from 'node:fs';
import { sharedPath } from '../unit/support/shared';
import { coldStartFigures, destinationProgram } from './coldStart';
import { compileFigures } from './compileBench';
import { runtimeFigures } from './runtimeBench';
import { assembleProgram, corpusFiles, CORPUS_SKIP, type CorpusFile } from '../unit/hog/fixtures/corpus';

const WARM_RUNS = 30;

/** What `hog check` costs for one file: parsing plus the semantic checks. */
function checkHook(source: string): number {
  return checkSource(source).length;
}

/** CPU time and wall time of one run, in milliseconds. */
interface Timing {
  cpu: number;
  wall: number;
}

function time(run: () => void): Timing {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1000, wall };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** The median CPU time and the median wall time of `runs` runs (medians taken separately). */
function medianTime(runs: number, run: () => void): Timing {
  const timings = Array.from({ length: runs }, () => time(run));
  return { cpu: median(timings.map((t) => t.cpu)), wall: median(timings.map((t) => t.wall)) };
}

function ms(timing: Timing): string {
  return `${timing.cpu.toFixed(2)} ms CPU (${timing.wall.toFixed(2)} ms wall)`;
}

function parseAll(programs: CorpusFile[], parseOne: (source: string) => unknown): void {
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
  const firstCheck = time(() => checkHook(programs[0]!.source));
  // Ours first, before the official WebAssembly module inflates the process's memory.
  const parseCold = time(() => parseAll(programs, parse));
  const jsonCold = time(() => parseAll(programs, parseProgram));
  const parseWarm = medianTime(WARM_RUNS, () => parseAll(programs, parse));
  const jsonWarm = medianTime(WARM_RUNS, () => parseAll(programs, parseProgram));
  const thousandLines = assembleProgram(programs, 1000);
  checkHook(thousandLines);
  const check = medianTime(WARM_RUNS, () => checkHook(thousandLines));
  console.log(memoryLine('memory after our parser'));
  const withOutput = new Set(readdirSync(sharedPath('corpus', 'bytecode')).filter((f) => f.endsWith('.stdout')).map((f) => f.slice(0, -7)));
  const coldStart = coldStartFigures([
    ['~100-line destination', destinationProgram()],
    ['1,000-line program', thousandLines],
  ]);
  compileFigures(programs, withOutput);
  await runtimeFigures();

  const initMs = await timeAsync(() => createHogQLParser());
  const official = await createHogQLParser();
  const officialTime = time(() => parseAll(programs, (source) => official.parseProgram(source)));

  const all = `all ${programs.length} programs`;
  const mbPerSecond = (timing: Timing) =>
    `${(bytes / 1024 / 1024 / (timing.cpu / 1000)).toFixed(1)} MB/s CPU (${(bytes / 1024 / 1024 / (timing.wall / 1000)).toFixed(1)} wall)`;
  const ratio = (ours: Timing) => `${(officialTime.cpu / ours.cpu).toFixed(0)}x CPU (${(officialTime.wall / ours.wall).toFixed(0)}x wall)`;
  console.log('');
  console.log('CPU time = user + system time of this process (process.cpuUsage), wall time in parentheses;');
  console.log(`warm figures are medians of ${WARM_RUNS} passes over ${(bytes / 1024).toFixed(0)} KB of Hog.`);
  console.log(`official parser:   WebAssembly init ${initMs.toFixed(0)} ms wall (not included below)`);
  console.log(`official parser:   ${all}, JSON text: ${ms(officialTime)} (one pass)`);
  console.log(`parse (our tree):  ${all}: ${ms(parseWarm)} warm, ${ms(parseCold)} first pass`);
  console.log(`parse + JSON:      ${all}: ${ms(jsonWarm)} warm, ${ms(jsonCold)} first pass`);
  console.log(`throughput:        parse ${mbPerSecond(parseWarm)} warm, ${mbPerSecond(parseCold)} first pass`);
  console.log(`                   parse + JSON ${mbPerSecond(jsonWarm)} warm, ${mbPerSecond(jsonCold)} first pass`);
  console.log(`speed-up (JSON):   ${ratio(jsonWarm)} warm, ${ratio(jsonCold)} first pass, over the official parser`);
  console.log(`first check:       ${ms(firstCheck)} for the first program (${programs[0]!.source.split('\n').length} lines) in a cold process`);
  console.log(`check (parse + semantic checks) of a ${thousandLines.split('\n').length - 1}-line program: ${ms(check)} (median of ${WARM_RUNS})`);
  for (const line of coldStart) console.log(line);
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
