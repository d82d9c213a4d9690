// Where a local symbol is declared and used: the base of references, highlights and rename.
// Names inside HogQL are never recorded as uses (the walker only enters `{placeholders}`), so
// nothing here touches SQL.
import type { Analysis } from './resolve';
import type { HogSymbol, Scope } from './scopes';
import type { Span } from './text';

export interface Occurrence {
  readonly span: Span;
  /** The name where it is declared (`let x`, a parameter, `fun f`). */
  readonly declaration: boolean;
  /** Assigned by `x := …` rather than read. */
  readonly write: boolean;
}

export const contains = (s: Span, offset: number): boolean => s.start <= offset && offset <= s.end;

/** The local under the cursor: used in a reference, called, or declared there. */
export function symbolAt(analysis: Analysis, offset: number): HogSymbol | undefined {
  for (const call of analysis.calls) {
    if (call.written && call.symbol && contains(call.nameSpan, offset)) return call.symbol;
  }
  for (const ref of analysis.references) {
    if (ref.symbol && contains(ref.spans[0], offset)) return ref.symbol;
  }
  return declaredAt(analysis.root, offset);
}

export function declaredAt(scope: Scope, offset: number): HogSymbol | undefined {
  const own = scope.ownSymbols().find((s) => s.nameSpan.end > s.nameSpan.start && contains(s.nameSpan, offset));
  if (own) return own;
  for (const child of scope.children) {
    const found = declaredAt(child, offset);
    if (found) return found;
  }
  return undefined;
}

/** Every place `symbol` is written, in source order, its declaration included. */
export function occurrencesOf(analysis: Analysis, symbol: HogSymbol): Occurrence[] {
  const found: Occurrence[] = [];
  if (symbol.nameSpan.end > symbol.nameSpan.start) found.push({ span: symbol.nameSpan, declaration: true, write: true });
  const writes = assignedSpans(analysis);
  for (const ref of analysis.references) {
    if (ref.symbol !== symbol) continue;
    const span = ref.spans[0];
    found.push({ span, declaration: false, write: writes.has(span.start) && ref.chain.length === 1 });
  }
  for (const call of analysis.calls) {
    if (call.written && call.symbol === symbol) found.push({ span: call.nameSpan, declaration: false, write: false });
  }
  return dedupe(found).sort((a, b) => a.span.start - b.span.start);
}

/** Offsets where an assignment target (`x := …`) starts. */
function assignedSpans(analysis: Analysis): Set<number> {
  return new Set(analysis.assignments.map((s) => s.start));
}

function dedupe(list: Occurrence[]): Occurrence[] {
  const seen = new Set<number>();
  return list.filter((o) => !seen.has(o.span.start) && seen.add(o.span.start) !== undefined);
}
