// The Hog language commands of the `hog` command line (src/cli/hog.ts, bundled to dist/hog.js):
//   node dist/hog.js parse FILE        print the AST JSON (the official parser's format)
//   node dist/hog.js check [--type T] FILE...
//                                      print problems as file:line:column: severity: message;
//                                      T is the function type whose globals the code may use
//   node dist/hog.js compile FILE      print PostHog's bytecode for the program (.hoge text)
//   node dist/hog.js run FILE [...]    run it on PostHog's VM (runCommand.ts)
//   node dist/hog.js debug FILE --break LINE...   run it under the debugger (debugCommand.ts)
//   node dist/hog.js format FILE       print the formatted file
//   node dist/hog.js format --write FILE...   format files in place
//   node dist/hog.js format --check FILE...   list the files formatting would change (exit 1)
import { writeFileSync } from 'node:fs';
import { checkProgram, DEFAULT_FUNCTION_TYPE, isKnownFunctionType } from './analysis';
import { compileSource, formatHoge } from './compiler';
import { formatSource, FormatterBug } from './format';
import { parse, parseProgram } from './index';
import { readText } from './cliFiles';
import { DEBUG_USAGE, debugCommand } from './debugCommand';
import { consoleOutput, type Output } from './output';
import { RUN_USAGE, runCommand } from './runCommand';

export { parse, parseProgram };
export type { Output };

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
       hog compile FILE              print PostHog's bytecode (.hoge); exit status 1 on an error
       hog format FILE               print the formatted file
       hog format --write FILE...    format the files in place
       hog format --check FILE...    list the files that are not formatted (exit status 1 if any)
${RUN_USAGE}
${DEBUG_USAGE}`;

/**
 * Runs the language commands; returns the exit status (0 ok, 1 problems found, 2 bad usage).
 * `moreUsage`: the other commands of the command line (src/cli/hog.ts), printed after ours.
 */
export function main(args: string[], output: Output = consoleOutput, moreUsage?: string): number {
  const [command, ...files] = args;
  if (command === 'parse' && files.length === 1) return runParse(files[0] as string, output);
  if (command === 'compile' && files.length === 1) return runCompile(files[0] as string, output);
  if (command === 'check') {
    const options = checkOptions(files);
    if (options) return runCheck(options.files, options.functionType, output);
  }
  if (command === 'format') {
    const options = formatOptions(files);
    if (options) return runFormat(options, output);
  }
  output.err(moreUsage === undefined ? USAGE : `${USAGE}\n${moreUsage}`);
  return 2;
}

function runParse(file: string, output: Output): number {
  const source = readText(file, output);
  if (source === null) return 2;
  const json = parseProgram(source);
  output.out(json);
  // A tree starts with its "declarations" key; an error object with "end" (keys are sorted).
  return json.startsWith('{"declarations"') ? 0 : 1;
}

/** Prints the bytecode as PostHog's `hoge` writes it; syntax or compile errors go to stderr. */
function runCompile(file: string, output: Output): number {
  const source = readText(file, output);
  if (source === null) return 2;
  const result = compileSource(source);
  if (result.errors) {
    for (const error of result.errors) {
      output.err(formatProblem(file, { severity: 'error', message: error.message, line: error.start.line, column: error.start.column + 1 }));
    }
    return 1;
  }
  output.out(formatHoge(result).trimEnd());
  return 0;
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
    const source = readText(file, output);
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

interface FormatRun {
  files: string[];
  mode: 'print' | 'write' | 'check';
}

function formatOptions(args: string[]): FormatRun | undefined {
  const files = args.filter((arg) => !arg.startsWith('--'));
  const flags = args.filter((arg) => arg.startsWith('--'));
  if (files.length === 0 || flags.length > 1) return undefined;
  if (flags.length === 0) return files.length === 1 ? { files, mode: 'print' } : undefined;
  if (flags[0] === '--write') return { files, mode: 'write' };
  if (flags[0] === '--check') return { files, mode: 'check' };
  return undefined;
}

/** Formats each file: prints it, rewrites it, or lists it when it would change. */
function runFormat({ files, mode }: FormatRun, output: Output): number {
  let status = 0;
  for (const file of files) {
    const source = readText(file, output);
    if (source === null) {
      status = Math.max(status, 2);
      continue;
    }
    const formatted = formatFile(file, source, output);
    if (formatted === null) {
      status = Math.max(status, 1);
    } else if (mode === 'print') {
      if (output.write) output.write(formatted);
      else if (formatted !== '') output.out(formatted.replace(/\r?\n$/, ''));
    } else if (formatted !== source) {
      if (mode === 'check') {
        output.out(file);
        status = Math.max(status, 1);
      } else {
        writeFileSync(file, formatted);
      }
    }
  }
  return status;
}

/** The formatted text, or null after reporting why there is none. */
function formatFile(file: string, source: string, output: Output): string | null {
  try {
    const result = formatSource(source);
    if (result.ok) return result.text;
    for (const error of result.errors) {
      output.err(formatProblem(file, { severity: 'error', message: error.message, line: error.start.line, column: error.start.column + 1 }));
    }
  } catch (error) {
    if (!(error instanceof FormatterBug)) throw error;
    output.err(`${file}: error: ${error.message}`);
  }
  return null;
}

/** `main`, plus the commands that wait on something (`run`, `debug`). */
export async function mainAsync(args: string[], output: Output = consoleOutput, moreUsage?: string): Promise<number> {
  if (args[0] === 'run') return runCommand(args.slice(1), output);
  if (args[0] === 'debug') return debugCommand(args.slice(1), output);
  return main(args, output, moreUsage);
}
