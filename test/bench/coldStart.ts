// Cold-start figures for `npm run bench`: what the first diagnostics after activation cost. Each
// sample is a fresh Node process (dist/coldCheck.js) that loads the code, then checks one program
// once; the figures are medians over COLD_RUNS processes, module load apart from the first check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ColdSample } from './coldCheck';

const COLD_RUNS = 11;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function samples(args: string[]): ColdSample[] {
  const child = join(__dirname, 'coldCheck.js');
  return Array.from({ length: COLD_RUNS }, () => JSON.parse(execFileSync(process.execPath, [child, ...args], { encoding: 'utf8' })) as ColdSample);
}

function figure(runs: ColdSample[], cpu: keyof ColdSample, wall: keyof ColdSample): string {
  return `${median(runs.map((r) => r[cpu])).toFixed(1)} ms CPU (${median(runs.map((r) => r[wall])).toFixed(1)} ms wall)`;
}

function lineCount(source: string): number {
  return source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
}

/** The cold-start lines; `programs` are [label, source] pairs checked in fresh processes. */
export function coldStartFigures(programs: [string, string][]): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'hog-bench-'));
  try {
    const lines = [`cold start:        fresh process per sample, medians of ${COLD_RUNS}`];
    const extension = samples(['extension']);
    lines.push(`  load dist/extension.js (vscode stand-in): ${figure(extension, 'loadCpu', 'loadWall')}`);
    programs.forEach(([label, source], index) => {
      const file = join(folder, `program-${index}.hog`);
      writeFileSync(file, source);
      const runs = samples(['check', file]);
      const what = `${label} (${lineCount(source)} lines, ${runs[0]!.diagnostics} diagnostics)`;
      lines.push(`  ${what}:`);
      lines.push(`    load the Hog analysis bundle ${figure(runs, 'loadCpu', 'loadWall')}`);
      lines.push(`    first diagnostics shown after ${figure(runs, 'firstCpu', 'firstWall')}, whole first check ${figure(runs, 'checkCpu', 'checkWall')}`);
    });
    return lines;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A realistic destination of about 100 lines (dist/bench.js runs from dist/). */
export function destinationProgram(): string {
  return readFileSync(join(__dirname, '..', 'test', 'bench', 'fixtures', 'destination-100.hog'), 'utf8');
}
