// Hog code compiled as PostHog compiles it on save, remembered by source text (every GET of a
// function returns its bytecode; compiling once per distinct source is enough).
import { compileSource, type BytecodeValue } from '../hog/compiler';

const cache = new Map<string, BytecodeValue[] | null>();
const CACHE_SIZE = 500;

/** The bytecode, or null when the code does not compile (saves refuse such code). */
export function compiledHog(hog: string): BytecodeValue[] | null {
  let bytecode = cache.get(hog);
  if (bytecode === undefined) {
    const result = compileSource(hog);
    bytecode = result.errors === undefined ? result.bytecode : null;
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(hog, bytecode);
  }
  return bytecode;
}
