// Arguments of `hog pull|status|diff|push`. The API key is never an argument: it comes from the
// POSTHOG_PERSONAL_API_KEY environment variable only, so it stays out of shell history and CI logs.
import type { OperationName } from '../workspace';

export interface WorkspaceArgs {
  command: OperationName;
  /** --dir, relative to the current directory; default '.'. */
  dir: string;
  host?: string;
  project?: number;
  json: boolean;
  force: boolean;
  dryRun: boolean;
  prune: boolean;
  secrets: boolean;
}

export const WORKSPACE_COMMANDS: readonly OperationName[] = ['pull', 'status', 'diff', 'push'];

export const WORKSPACE_USAGE = `       hog pull   [--force] [--dir DIR] [--host URL] [--project ID] [--json]
       hog status [--dir DIR] [--host URL] [--project ID] [--json]
       hog diff   [--dir DIR] [--host URL] [--project ID] [--json]
       hog push   [--dry-run] [--force] [--prune] [--secrets] [--dir DIR] [--host URL] [--project ID] [--json]
                                     functions and flows as files (see README, "Functions as code");
                                     the API key comes from POSTHOG_PERSONAL_API_KEY`;

const COMMON_FLAGS = ['--json'];
const COMMON_OPTIONS = ['--dir', '--host', '--project'];
const COMMAND_FLAGS: Record<OperationName, string[]> = {
  pull: ['--force'],
  status: [],
  diff: [],
  push: ['--dry-run', '--force', '--prune', '--secrets'],
};

export function isWorkspaceCommand(command: string | undefined): command is OperationName {
  return WORKSPACE_COMMANDS.includes(command as OperationName);
}

/** The parsed arguments, or a sentence saying what is wrong with them. */
export function parseWorkspaceArgs(argv: readonly string[]): WorkspaceArgs | string {
  const [command, ...rest] = argv;
  if (!isWorkspaceCommand(command)) return `unknown command ${command ?? '(none)'}`;
  const args: WorkspaceArgs = { command, dir: '.', json: false, force: false, dryRun: false, prune: false, secrets: false };
  const flags = [...COMMON_FLAGS, ...COMMAND_FLAGS[command]];
  for (let i = 0; i < rest.length; i++) {
    const [name, inline] = splitOption(rest[i] as string);
    if (name.startsWith('--') && /key|token/i.test(name)) return `${name}: the API key is read from the POSTHOG_PERSONAL_API_KEY environment variable only`;
    if (flags.includes(name) && inline === undefined) {
      setFlag(args, name);
      continue;
    }
    if (!COMMON_OPTIONS.includes(name)) return `hog ${command}: unknown argument ${name}`;
    const value = inline ?? rest[++i];
    if (value === undefined || value === '') return `${name} needs a value`;
    const problem = setOption(args, name, value);
    if (problem) return problem;
  }
  return args;
}

function splitOption(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return arg.startsWith('--') && equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
}

function setFlag(args: WorkspaceArgs, name: string): void {
  if (name === '--json') args.json = true;
  if (name === '--force') args.force = true;
  if (name === '--dry-run') args.dryRun = true;
  if (name === '--prune') args.prune = true;
  if (name === '--secrets') args.secrets = true;
}

function setOption(args: WorkspaceArgs, name: string, value: string): string | undefined {
  if (name === '--dir') args.dir = value;
  if (name === '--host') args.host = value;
  if (name === '--project') {
    if (!/^[1-9]\d*$/.test(value)) return `--project takes a project id (a positive integer), got ${value}`;
    args.project = Number(value);
  }
  return undefined;
}
