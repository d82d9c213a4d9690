// Liquid input templates, rendered as PostHog's worker renders them (nodejs/src/cdp/utils/liquid.ts):
// liquidjs with HTML-escaped output, the globals plus `now`, and HTML entities that an email
// editor wrote inside {{ }} / {% %} decoded first.
import type { Liquid } from 'liquidjs';

const LIQUID_TAGS = /\{\{(.*?)\}\}|{%(.*?)%}/g;
let engine: Liquid | null = null;

export function renderLiquid(template: string, globals: Record<string, unknown>): string {
  engine ??= newEngine();
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

/** liquidjs is loaded by the first Liquid input, not with the extension. */
function newEngine(): Liquid {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an import statement would load it with the extension
  const { Liquid } = require('liquidjs') as typeof import('liquidjs');
  return new Liquid({ outputEscape: 'escape' });
}
