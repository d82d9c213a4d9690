// Hog check for saved code, as PostHog's compile_hog: the project's parser (whose output matches
// PostHog's official parser, see test/unit/hog/parserCorpus.test.ts) and compiler (PostHog's
// bytecode, see test/unit/hog/compilerCorpus.test.ts). What either refuses, PostHog refuses.
import { compileSource } from '../hog/compiler';

export type HogValidation = { ok: true } | { ok: false; message: string; offset: number };

export async function validateHog(code: string): Promise<HogValidation> {
  const [first] = compileSource(code).errors ?? [];
  return first ? { ok: false, message: first.message, offset: first.start.offset } : { ok: true };
}
