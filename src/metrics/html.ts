// Escaping for text and attribute values in the generated HTML and SVG.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

const NUMBER = new Intl.NumberFormat('en-US');

/** `12,345` (fixed locale: the document is a pure function of its inputs). */
export function formatCount(value: number): string {
  return NUMBER.format(value);
}
