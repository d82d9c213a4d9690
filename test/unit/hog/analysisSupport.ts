// Shared by the analysis tests: fixture parsing, the corpus location, small lookups.
import type { Program } from '../../../src/hog/ast';
import { parse } from '../../../src/hog/index';
import { sharedPath, sharedSkip } from '../support/shared';

/** Parses a fixture that must be valid Hog. */
export function parseHog(source: string): Program {
  const { program, errors } = parse(source);
  if (!program || errors.length > 0) throw new Error(`fixture does not parse: ${JSON.stringify(errors)}`);
  return program;
}

export const CORPUS = sharedPath('corpus');
export const CORPUS_SKIP = sharedSkip('corpus/programs');
export const corpusPresent = CORPUS_SKIP === false;

/** The function type a corpus program is checked as, from its file name prefix. */
export function corpusType(fileName: string): string {
  if (fileName.startsWith('transformation-')) return 'transformation';
  if (fileName.startsWith('source-')) return 'source_webhook';
  return 'destination';
}

/** Offset of the `n`th (0-based) occurrence of `needle` in `source`. */
export function offsetOf(source: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = source.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`'${needle}' occurs fewer than ${n + 1} times`);
  }
  return at;
}
