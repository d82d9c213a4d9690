// Whether a personal API key can travel in an Authorization header at all. A key pasted with a line
// break, a zero-width space or a typographic character is not a key PostHog issued: undici refuses
// such a header (which used to surface as a network error, and be retried) or sends bytes the
// server cannot match. Sign-in refuses such a key with the reason; the client refuses to send it.

const UNSENDABLE = ', which cannot be sent in an HTTP header';
const FOREIGN = ', which no PostHog key contains';

/** Why `key` (already trimmed) cannot be used, or undefined when it can. Never quotes the key. */
export function apiKeyProblem(key: string): string | undefined {
  if (key === '') return 'The API key is empty.';
  for (const char of key) {
    const problem = characterProblem(char);
    if (problem) return `The API key contains ${problem}. Copy the key again from PostHog (Settings → Personal API keys).`;
  }
  return undefined;
}

function characterProblem(char: string): string | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x21 && code <= 0x7e) return undefined;
  const named = codePoint(code);
  // Header values are Latin-1 without control characters; anything beyond cannot be sent at all.
  const why = code > 0xff || (code < 0x20 && char !== '\t') || code === 0x7f ? UNSENDABLE : FOREIGN;
  if (char === '\n' || char === '\r') return `a line break${why}`;
  if (char === '\t') return `a tab${why}`;
  if (/\s/u.test(char)) return `a space (${named})${why}`;
  if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(char)) return `an invisible character (${named})${why}`;
  return `“${char}” (${named})${why}`;
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
