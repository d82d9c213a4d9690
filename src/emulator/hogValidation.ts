// Hog syntax check behind one small interface, so the emulator can later switch from PostHog's
// WASM parser (a dev dependency, slow: ~0.5 s per real program) to the project's own parser.

export type HogValidation = { ok: true } | { ok: false; message: string; offset: number };

interface ProgramParser {
  parseProgram(source: string, isInternal?: boolean): string;
}

let parserPromise: Promise<ProgramParser> | undefined;
// Results are pure functions of the source; caching them keeps repeated saves of the same code fast.
const cache = new Map<string, HogValidation>();
const CACHE_LIMIT = 256;

function loadParser(): Promise<ProgramParser> {
  parserPromise ??= import('@posthog/hogql-parser')
    .then(async (mod) => {
      const create = (mod as { default: () => Promise<ProgramParser> }).default;
      return create();
    })
    .catch((error: unknown) => {
      parserPromise = undefined; // let a later call retry
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Hog validation is unavailable: @posthog/hogql-parser could not be loaded (${reason})`);
    });
  return parserPromise;
}

export async function validateHog(code: string): Promise<HogValidation> {
  const cached = cache.get(code);
  if (cached) return cached;
  const parser = await loadParser();
  const result = toValidation(parser.parseProgram(code, true));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(code, result);
  return result;
}

function toValidation(output: string): HogValidation {
  const parsed: unknown = JSON.parse(output);
  if (typeof parsed !== 'object' || parsed === null || !('error' in parsed) || parsed.error !== true) {
    return { ok: true };
  }
  const message = 'message' in parsed && typeof parsed.message === 'string' ? parsed.message : 'Syntax error';
  const start = 'start' in parsed ? parsed.start : undefined;
  const offset =
    typeof start === 'object' && start !== null && 'offset' in start && typeof start.offset === 'number'
      ? start.offset
      : 0;
  return { ok: false, message, offset };
}
