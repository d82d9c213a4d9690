// `hog run FILE.hog [--globals FILE.json] [--inputs FILE.json] [--real-fetch]`: runs a program on
// PostHog's VM and prints what its print() calls print, as PostHog's VM test snapshots show it
// (arguments joined by spaces). fetch() is mocked (answers 200 with an empty body) unless
// --real-fetch; --inputs is a JSON object of input values (`inputs.key`), --globals one of globals.
import { runFunction } from './runtime';
import type { Output } from './output';
import { readProgramFiles, runStatus } from './cliFiles';

interface RunArgs {
  readonly file: string;
  readonly globals?: string;
  readonly inputs?: string;
  readonly realFetch: boolean;
}

export const RUN_USAGE = `       hog run FILE [--globals G.json] [--inputs I.json] [--real-fetch]
                                     run it on PostHog's VM; print() lines go to stdout`;

/** Exit status: 0 ran to the end, 1 compile or uncaught runtime error, 2 bad usage. */
export async function runCommand(args: readonly string[], output: Output): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === null) {
    output.err(`usage:\n${RUN_USAGE}`);
    return 2;
  }
  const files = readProgramFiles(parsed, output);
  if (files === null) return 2;
  const { source, globals, inputs } = files;
  const result = await runFunction({
    type: 'hog',
    code: source,
    globals,
    inputs: Object.fromEntries(Object.entries(inputs).map(([key, value]) => [key, { value, templating: 'none' }])),
    fetch: parsed.realFetch ? 'real' : 'mock',
    vmPrint: (line) => output.out(line),
  });
  return runStatus(parsed.file, result, output);
}

function parseArgs(args: readonly string[]): RunArgs | null {
  const rest = [...args];
  let file: string | undefined;
  const options: { globals?: string; inputs?: string; realFetch: boolean } = { realFetch: false };
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === '--real-fetch') options.realFetch = true;
    else if (arg === '--globals' || arg === '--inputs') {
      const value = rest.shift();
      if (value === undefined) return null;
      options[arg === '--globals' ? 'globals' : 'inputs'] = value;
    } else if (file === undefined && !arg.startsWith('--')) file = arg;
    else return null;
  }
  return file === undefined ? null : { file, ...options };
}
