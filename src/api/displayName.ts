// Names from PostHog become tree labels, tab titles and file names. A name is whatever someone typed
// (or a hostile server sent): bidi overrides can make "evil.hog" read as something else, zero-width
// and other invisible characters make two names look identical. Shown names keep none of them.

// Format characters (bidi embeddings, overrides and isolates, zero-width joiners and spaces, BOM,
// tags), everything Unicode says to render as nothing, and blank "letters" used to fake empty names
// (Hangul fillers, braille blank).
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\u2800\u115f\u1160\u3164\uffa0]/gu;
/** Control characters and line or paragraph breaks: they separate words, so they become spaces. */
const BREAKS = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
const SPACES = /\p{Zs}+/gu;

/** `name` fit to show as a title or label: invisible characters removed, spaces collapsed, length capped. */
export function displayName(name: unknown, fallback: string, maxLength = 120): string {
  if (typeof name !== 'string') return fallback;
  const cleaned = name.replace(BREAKS, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  if (!cleaned) return fallback;
  const chars = [...cleaned];
  return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('').trimEnd()}…` : cleaned;
}
