// Command line for the Hog language tools, bundled to dist/hog.js:
//   node dist/hog.js parse FILE        print the AST JSON (the official parser's format)
//   node dist/hog.js check [--type T] FILE...
//                                      print problems as file:line:column: severity: message;
//                                      T is the function type whose globals the code may use
// `require('./dist/hog.js').parseProgram(source)` is a drop-in for the official parseProgram.
import { readFileSync } from 'node:fs';
import { isWorkspaceCommand, runWorkspaceMain, WORKSPACE_USAGE } from '../cli';
import { checkProgram, DEFAULT_FUNCTION_TYPE, isKnownFunctionType } from './analysis';
import { parse, parseProgram } from './index';

export { parse, parseProgram };

export interface Problem {
  severity: 'error' | 'warning';
  message: string;
  /** 1-based line and column, as printed. */
  line: number;
  column: number;
}

/** Every problem in one source file: syntax errors, then (when it parses) the semantic checks. */
export function checkSource(source: string, functionType: string = DEFAULT_FUNCTION_TYPE): Problem[] {
  return checkProgram(source, { type: functionType }).map((problem) => ({
    severity: problem.severity,
    message: problem.message,
    line: problem.start.line,
    column: problem.start.column + 1,
  }));
}

export function formatProblem(fileName: string, problem: Problem): string {
  return `${fileName}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

const USAGE = `usage: hog parse FILE                 print the syntax tree as JSON
       hog check [--type T] FILE...  report problems (exit status 1 when there is an error);
                                     T: destination (default), transformation, source_webhook, ...
${WORKSPACE_USAGE}`;

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: Output = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

/** Runs the command line; returns the exit status (0 ok, 1 problems found, 2 bad usage). */
export function main(args: string[], output: Output = consoleOutput): number {
  const [command, ...files] = args;
  if (command === 'parse' && files.length === 1) return runParse(files[0] as string, output);
  if (command === 'check') {
    const options = checkOptions(files);
    if (options) return runCheck(options.files, options.functionType, output);
  }
  output.err(USAGE);
  return 2;
}

function runParse(file: string, output: Output): number {
  const source = readSource(file, output);
  if (source === null) return 2;
  const json = parseProgram(source);
  output.out(json);
  // A tree starts with its "declarations" key; an error object with "end" (keys are sorted).
  return json.startsWith('{"declarations"') ? 0 : 1;
}

function checkOptions(args: string[]): { files: string[]; functionType: string } | undefined {
  const [flag, value, ...rest] = args;
  if (flag !== '--type') return args.length > 0 ? { files: args, functionType: DEFAULT_FUNCTION_TYPE } : undefined;
  if (value === undefined || !isKnownFunctionType(value) || rest.length === 0) return undefined;
  return { files: rest, functionType: value };
}

function runCheck(files: string[], functionType: string, output: Output): number {
  let status = 0;
  for (const file of files) {
    const source = readSource(file, output);
    if (source === null) {
      status = Math.max(status, 2);
      continue;
    }
    for (const problem of checkSource(source, functionType)) {
      output.out(formatProblem(file, problem));
      if (problem.severity === 'error') status = Math.max(status, 1);
    }
  }
  return status;
}

function readSource(file: string, output: Output): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    output.err(`hog: cannot read ${file} (${reason})`);
    return null;
  }
}

// Run only as the command itself (dist/hog.js, the `hog` bin link to it, or src/hog/cli.ts through
// tsx): when this module is bundled into another entry point (the benchmark), `require.main ===
// module` holds there too.
const entryPoint = process.argv[1] ?? '';
if (require.main === module && /(^|[\\/])(hog|hog\.js|cli\.ts)$/.test(entryPoint)) {
  const args = process.argv.slice(2);
  if (isWorkspaceCommand(args[0])) void runWorkspaceMain(args);
  else process.exitCode = main(args);
}
