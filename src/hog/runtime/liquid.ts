// Liquid input templates, rendered as PostHog's worker renders them (nodejs/src/cdp/utils/liquid.ts):
// liquidjs with HTML-escaped output, the globals plus `now`, and HTML entities that an email
// editor wrote inside {{ }} / {% %} decoded first.
import { Liquid } from 'liquidjs';

const LIQUID_TAGS = /\{\{(.*?)\}\}|{%(.*?)%}/g;
let engine: Liquid | null = null;

export function renderLiquid(template: string, globals: Record<string, unknown>): string {
  engine ??= new Liquid({ outputEscape: 'escape' });
  const decoded = template.replace(LIQUID_TAGS, (tag) =>
    tag
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&'),
  );
  return engine.parseAndRenderSync(decoded, { ...globals, now: new Date() }) as string;
}
