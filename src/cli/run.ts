// `hog pull|status|diff|push`: reads the workspace, connects with the key from the environment,
// runs the operation, prints the result (text or --json) on stdout and progress on stderr.
// Exit status: 2 bad usage; 1 anything failed (checks, API errors); 3 a conflict; else 0.
import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PostHogClient, type PostHogClientOptions } from '../api';
import {
  diff, exitCodeOf, formatProblem, pull, push, readWorkspace, resolveWorkspaceTarget, status, type OperationContext,
  type OperationReport,
} from '../workspace';
import { parseWorkspaceArgs, WORKSPACE_USAGE, type WorkspaceArgs } from './args';
import { renderReport } from './text';

export const API_KEY_VARIABLE = 'POSTHOG_PERSONAL_API_KEY';

export interface CliEnvironment {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  signal?: AbortSignal;
  /** Client settings for tests (retry timing); never the key. */
  client?: Partial<Omit<PostHogClientOptions, 'apiKey' | 'baseUrl'>>;
}

export async function runWorkspaceCommand(argv: readonly string[], cli: CliEnvironment): Promise<number> {
  const args = parseWorkspaceArgs(argv);
  if (typeof args === 'string') return usage(cli, args);
  const dir = resolve(cli.cwd, args.dir);
  if (!(await isDirectory(dir))) {
    if (args.command !== 'pull') return usage(cli, `${args.dir} is not a directory`);
    await mkdir(dir, { recursive: true });
  }
  const workspace = await readWorkspace(dir);
  const target = resolveWorkspaceTarget(workspace.binding, { host: args.host, project: args.project });
  if (typeof target === 'string') {
    if (workspace.fatal.length === 0) return usage(cli, target);
    workspace.fatal.forEach((problem) => cli.out(formatProblem(problem)));
    return 1;
  }
  const apiKey = cli.env[API_KEY_VARIABLE]?.trim();
  if (!apiKey) return usage(cli, `set ${API_KEY_VARIABLE} to a personal API key with the hog_function and hog_flow scopes`);
  const client = new PostHogClient({ ...cli.client, baseUrl: target.host, apiKey, env: cli.env });
  try {
    const context: OperationContext = {
      workspace, target, client, env: cli.env, signal: cli.signal, onProgress: (event) => cli.err(`hog: ${event.message}`),
    };
    const report = await run(args, context);
    const exitCode = exitCodeOf(report);
    if (args.json) cli.out(JSON.stringify({ ...report, exitCode }, null, 2));
    else renderReport(report).forEach((line) => cli.out(line));
    return exitCode;
  } finally {
    await client.close();
  }
}

function run(args: WorkspaceArgs, context: OperationContext): Promise<OperationReport> {
  switch (args.command) {
    case 'pull':
      return pull(context, { force: args.force });
    case 'status':
      return status(context);
    case 'diff':
      return diff(context);
    case 'push':
      return push(context, { dryRun: args.dryRun, force: args.force, prune: args.prune, secrets: args.secrets });
  }
}

function usage(cli: CliEnvironment, problem: string): number {
  cli.err(`hog: ${problem}`);
  cli.err(`usage:${WORKSPACE_USAGE.slice('usage:'.length)}`);
  return 2;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * The command as a process runs it: console output, the process environment, Ctrl-C cancels (the
 * lock is still saved; a second Ctrl-C ends the process at once). Sets process.exitCode.
 */
export async function runWorkspaceMain(argv: readonly string[]): Promise<void> {
  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  process.once('SIGINT', cancel);
  const cli: CliEnvironment = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    cwd: process.cwd(),
    signal: controller.signal,
  };
  try {
    process.exitCode = await runWorkspaceCommand(argv, cli);
  } catch (error) {
    cli.err(`hog: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    process.off('SIGINT', cancel);
  }
}
