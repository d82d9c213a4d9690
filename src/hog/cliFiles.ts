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
