// Hog syntax check for saved code, behind one small interface. It uses the project's own parser,
// whose output matches PostHog's official parser on every program that parser accepts (see
// test/unit/hog/parserCorpus.test.ts), and is hundreds of times faster than its WebAssembly build.
import { parse } from '../hog';

export type HogValidation = { ok: true } | { ok: false; message: string; offset: number };

export async function validateHog(code: string): Promise<HogValidation> {
  const [first] = parse(code).errors;
  return first ? { ok: false, message: first.message, offset: first.start.offset } : { ok: true };
}
