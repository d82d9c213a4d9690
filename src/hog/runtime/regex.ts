// Regular expressions as production runs them: RE2 semantics (no backreferences or lookaround,
// linear time), through re2js, a pure-JavaScript port (the native `re2` package downloads binaries
// at install time). Hooked into the VM as `external.regex`, like PostHog's hog-exec.ts does.
import type { RE2JS } from 're2js';

const cache = new Map<string, RE2JS>();
const CACHE_SIZE = 256;
let loaded: typeof RE2JS | undefined;

function compiled(pattern: string): RE2JS {
  let regex = cache.get(pattern);
  if (regex === undefined) {
    regex = re2js().compile(pattern);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(pattern, regex);
  }
  return regex;
}

/** Does `value` contain a match of `pattern` (`=~`, `match`, `like` lowered to a regex)? */
export function regexMatch(pattern: string, value: string): boolean {
  return compiled(pattern).matcher(value).find();
}

/** The first group of the first match, or the whole match without groups; '' when none (`extract`). */
export function regexExtract(pattern: string, value: string): string {
  const matcher = compiled(pattern).matcher(value);
  if (!matcher.find()) return '';
  return matcher.groupCount() > 0 ? (matcher.group(1) ?? '') : (matcher.group(0) ?? '');
}

export const RE2_EXTERNAL = { match: regexMatch, extract: regexExtract };

/** re2js is loaded by the first regular expression a run evaluates, not with the extension. */
function re2js(): typeof RE2JS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an import statement would load it with the extension
  return (loaded ??= (require('re2js') as typeof import('re2js')).RE2JS);
}
