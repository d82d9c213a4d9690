// Reading the files a command names: the source, and JSON objects (globals, inputs); failures are
// reported on the command's error output.
import { readFileSync } from 'node:fs';
import type { Output } from './output';

export function readText(file: string, output: Output): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    output.err(`hog: cannot read ${file} (${reason})`);
    return null;
  }
}

/** What `hog run` and `hog debug` read: the program, and its globals and inputs (`{}` when not named). */
export interface ProgramFiles {
  readonly source: string;
  readonly globals: Record<string, unknown>;
  readonly inputs: Record<string, unknown>;
}

export function readProgramFiles(named: { file: string; globals?: string; inputs?: string }, output: Output): ProgramFiles | null {
  const source = readText(named.file, output);
  const globals = named.globals === undefined ? {} : readJson(named.globals, output);
  const inputs = named.inputs === undefined ? {} : readJson(named.inputs, output);
  return source === null || globals === null || inputs === null ? null : { source, globals, inputs };
}

/** Writes a run's uncaught errors as `FILE:line:column: error: …`; the exit status (0 ran to the end, 1 error). */
export function runStatus(file: string, result: { status: string; errors: readonly string[]; errorPosition?: { line: number; column: number } | null }, output: Output): number {
  if (result.status !== 'error') return 0;
  const where = result.errorPosition ? `:${result.errorPosition.line}:${result.errorPosition.column}` : '';
  for (const error of result.errors) output.err(`${file}${where}: error: ${error}`);
  return 1;
}

export function readJson(file: string, output: Output): Record<string, unknown> | null {
  const text = readText(file, output);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    output.err(`hog: ${file} must hold a JSON object`);
  } catch (error) {
    output.err(`hog: ${file} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return null;
}
