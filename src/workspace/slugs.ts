// File names from object names. A slug is given once, when an object first reaches the workspace,
// and then stays in the lock: renaming the object on PostHog never renames its files.

const MAX_SLUG_LENGTH = 60;

/** "Signups to Slack (EU)" → "signups-to-slack-eu"; `fallback` when nothing is left. */
export function slugify(name: string, fallback: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = words.length > MAX_SLUG_LENGTH ? words.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') : words;
  return cut || fallback;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet; the result is added to `taken`. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
