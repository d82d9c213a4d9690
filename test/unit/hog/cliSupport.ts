// Running `hog …` in-process with its output captured, on files written to a temporary folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mainAsync } from '../../../src/hog/cli';

export interface CliResult {
  status: number;
  out: string[];
  err: string[];
}

export async function runHog(args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await mainAsync(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, out, err };
}

/** A temporary folder: `file` writes one file into it and returns its path; `remove` deletes the folder. */
export function tempFolder(prefix: string): { dir: string; file(name: string, text: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
