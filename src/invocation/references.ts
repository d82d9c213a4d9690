// Which properties a function's code and inputs read (`event.properties.plan`,
// `{person.properties.email}`, `request.body.type`), so the sample globals contain them.

export interface References {
  event: Set<string>;
  person: Set<string>;
  body: Set<string>;
  headers: Set<string>;
  query: Set<string>;
}

const PATTERNS: [keyof References, RegExp][] = [
  ['event', /\bevent\??\.properties\??\.(\$?[A-Za-z_][\w$]*)|\bevent\??\.properties\[\s*'([^']+)'\s*\]/g],
  ['person', /\bperson\??\.properties\??\.(\$?[A-Za-z_][\w$]*)|\bperson\??\.properties\[\s*'([^']+)'\s*\]/g],
  ['body', /\brequest\??\.body\??\.([A-Za-z_][\w$]*)|\brequest\??\.body\[\s*'([^']+)'\s*\]/g],
  ['headers', /\brequest\??\.headers\??\.([A-Za-z_][\w$-]*)|\brequest\??\.headers\[\s*'([^']+)'\s*\]/g],
  ['query', /\brequest\??\.query\??\.([A-Za-z_][\w$]*)|\brequest\??\.query\[\s*'([^']+)'\s*\]/g],
];

/** Scans every string found in `sources` (recursively through arrays and objects). */
export function findReferences(...sources: unknown[]): References {
  const found: References = { event: new Set(), person: new Set(), body: new Set(), headers: new Set(), query: new Set() };
  for (const text of strings(sources)) {
    for (const [kind, pattern] of PATTERNS) {
      for (const match of text.matchAll(pattern)) found[kind].add(match[1] ?? match[2] ?? '');
    }
  }
  for (const set of Object.values(found)) set.delete('');
  return found;
}

function* strings(value: unknown, depth = 0): Generator<string> {
  if (depth > 20) return;
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item, depth + 1);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) yield* strings(item, depth + 1);
}
