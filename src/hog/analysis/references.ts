// Find all references and document highlights.
import { occurrencesOf, symbolAt } from './occurrences';
import { isInSql, type Analysis } from './resolve';
import type { Span } from './text';

export interface HogHighlight {
  readonly span: Span;
  readonly kind: 'read' | 'write';
}

/** Every use of the local under the cursor, its declaration first when asked for. */
export function referencesAt(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] {
  if (isInSql(analysis, offset)) return [];
  const symbol = symbolAt(analysis, offset);
  if (!symbol) return [];
  return occurrencesOf(analysis, symbol)
    .filter((o) => includeDeclaration || !o.declaration)
    .map((o) => o.span);
}

/** The local under the cursor everywhere it occurs; for a global, every use of that global. */
export function highlightsAt(analysis: Analysis, offset: number): HogHighlight[] {
  if (isInSql(analysis, offset)) return [];
  const symbol = symbolAt(analysis, offset);
  if (symbol) return occurrencesOf(analysis, symbol).map((o) => ({ span: o.span, kind: o.write ? 'write' : 'read' }));
  const global = analysis.references.find((r) => !r.symbol && r.spans[0].start <= offset && offset <= r.spans[0].end);
  if (!global) return [];
  return analysis.references
    .filter((r) => !r.symbol && r.chain[0] === global.chain[0])
    .map((r) => ({ span: r.spans[0], kind: 'read' }));
}
