// Reads the shared reference samples in place (../shared/reference/samples from the project root).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLES = join(process.cwd(), '..', 'shared', 'reference', 'samples');

/** The parsed sample, or undefined (the caller skips with a message) when the reference is absent. */
export function readSample(name: string): Record<string, unknown> | undefined {
  const path = join(SAMPLES, name);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : undefined;
}

export const MISSING = `reference samples not found at ${SAMPLES}`;

export function keysOf(value: unknown): string[] {
  return Object.keys(value as Record<string, unknown>).filter((k) => k !== '_note').sort();
}
