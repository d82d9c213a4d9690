// `hog test`: runs the workspace's test cases locally (no PostHog, no key), prints a TAP report or
// --json on stdout and progress on stderr. Exit status: 2 bad usage; 1 any case failed or a test
// file could not be read; else 0.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readTestSuite, runTests, testExitCode, testPath, type TestReport } from '../workspace';
import type { CliEnvironment } from './run';
import { renderTap } from './tap';
import { parseTestArgs, TEST_USAGE, type TestArgs } from './testArgs';

export type TestCliEnvironment = Pick<CliEnvironment, 'out' | 'err' | 'env' | 'cwd' | 'signal'>;

export async function runTestCommand(argv: readonly string[], cli: TestCliEnvironment): Promise<number> {
  const args = parseTestArgs(argv);
  if (typeof args === 'string') return usage(cli, args);
  const dir = resolve(cli.cwd, args.dir);
  if (!(await isDirectory(dir))) return usage(cli, `${args.dir} is not a directory`);
  const missing = await missingSuite(dir, args.slugs);
  if (missing !== undefined) return usage(cli, `no tests for ${missing}: ${testPath(missing)} does not exist`);
  const report = await runTests(dir, {
    env: cli.env,
    signal: cli.signal,
    filter: { slugs: args.slugs, grep: args.grep },
    onProgress: (event) => {
      if (event.phase === 'start') cli.err(`hog: testing ${event.testCase.slug} > ${event.testCase.name}`);
    },
  });
  const exitCode = testExitCode(report);
  if (args.json) cli.out(JSON.stringify(jsonReport(args, report, exitCode), null, 2));
  else renderTap(report).forEach((line) => cli.out(line));
  if (report.summary.total === 0 && args.grep !== undefined) cli.err(`hog: no case name contains '${args.grep}'`);
  return exitCode;
}

function jsonReport(args: TestArgs, report: TestReport, exitCode: number): object {
  return { command: 'test', dir: args.dir, ...report, exitCode };
}

async function missingSuite(dir: string, slugs: readonly string[]): Promise<string | undefined> {
  for (const slug of slugs) if ((await readTestSuite(dir, slug)) === undefined) return slug;
  return undefined;
}

function usage(cli: TestCliEnvironment, problem: string): number {
  cli.err(`hog: ${problem}`);
  cli.err(`usage:${TEST_USAGE.slice('usage:'.length)}`);
  return 2;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** The command as a process runs it: console output, the process environment; sets process.exitCode. */
export async function runTestMain(argv: readonly string[]): Promise<void> {
  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  process.once('SIGINT', cancel);
  try {
    process.exitCode = await runTestCommand(argv, {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
      env: process.env,
      cwd: process.cwd(),
      signal: controller.signal,
    });
  } catch (error) {
    process.stderr.write(`hog: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    process.off('SIGINT', cancel);
  }
}
