// Reads the shared reference samples in place (../shared/reference/samples from the project root).
import { readFileSync } from 'node:fs';
import { sharedPath, sharedSkip } from '../support/shared';

/** For `test(name, { skip: sampleSkip(name) }, …)`: false when the sample is there (see support/shared.ts). */
export function sampleSkip(name: string): false | string {
  return sharedSkip(`reference/samples/${name}`);
}

export function readSample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(sharedPath('reference', 'samples', name), 'utf8')) as Record<string, unknown>;
}

export function keysOf(value: unknown): string[] {
  return Object.keys(value as Record<string, unknown>).filter((k) => k !== '_note').sort();
}
