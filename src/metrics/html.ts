// Escaping for text and attribute values in the generated HTML and SVG.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

// Made on first use: the first Intl object of a process sets up ICU, which made creating it here a
// tenth of the extension's load time (`npm run bench`, cold start).
let counts: Intl.NumberFormat | undefined;

/** `12,345` (fixed locale: the document is a pure function of its inputs). */
export function formatCount(value: number): string {
  counts ??= new Intl.NumberFormat('en-US');
  return counts.format(value);
}
