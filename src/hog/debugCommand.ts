// `hog debug FILE.hog --break LINE … [--globals G.json] [--inputs I.json]`: runs the program under
// the debugger (src/hog/debug) and prints one JSON line per stop — `{"line", "function", "locals"}`,
// plus `"error"` where an uncaught error stops it — between the program's own print lines.
import type { Output } from './output';
import { readProgramFiles, runStatus } from './cliFiles';
import { DebugSession, type DebugStop } from './debug/session';
import { jsonValue } from './debug/values';

interface DebugArgs {
  readonly file: string;
  readonly lines: number[];
  readonly globals?: string;
  readonly inputs?: string;
}

export const DEBUG_USAGE = `       hog debug FILE --break LINE... [--globals G.json] [--inputs I.json]
                                     run it under the debugger: one JSON line per stop`;

/** Exit status: as `hog run` (0 ran to the end, 1 compile or uncaught runtime error, 2 bad usage). */
export async function debugCommand(args: readonly string[], output: Output): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === null) {
    output.err(`usage:\n${DEBUG_USAGE}`);
    return 2;
  }
  const files = readProgramFiles(parsed, output);
  if (files === null) return 2;
  const session: DebugSession = new DebugSession(
    files,
    {
      output: (text) => output.out(text.replace(/\n$/, '')),
      stopped: (stop) => {
        output.out(JSON.stringify(stopLine(stop)));
        session.resume();
      },
    },
  );
  session.setBreakpoints(parsed.lines.map((line) => ({ line })));
  const result = await session.run();
  return runStatus(parsed.file, result, output);
}

function stopLine(stop: DebugStop): Record<string, unknown> {
  const frame = stop.frames[0];
  const locals = Object.fromEntries((frame?.locals ?? []).map((v) => [v.name, jsonValue(v.value)]));
  const line = { line: frame?.line ?? null, function: frame?.name ?? null, locals };
  return stop.reason === 'exception' ? { ...line, error: stop.description } : line;
}

function parseArgs(args: readonly string[]): DebugArgs | null {
  const rest = [...args];
  let file: string | undefined;
  const lines: number[] = [];
  const options: { globals?: string; inputs?: string } = {};
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === '--break' || arg === '--globals' || arg === '--inputs') {
      const value = rest.shift();
      if (value === undefined) return null;
      if (arg !== '--break') options[arg === '--globals' ? 'globals' : 'inputs'] = value;
      else if (/^[1-9]\d*$/.test(value)) lines.push(Number(value));
      else return null;
    } else if (file === undefined && !arg.startsWith('--')) file = arg;
    else return null;
  }
  return file === undefined ? null : { file, lines, ...options };
}
