// Generic walk over every located node of a syntax tree (statements, expressions, query parts),
// for features that only need node kinds and spans.
import type { Program } from '../ast';
import type { Span } from './text';

export interface LocatedNode {
  /** The node's kind ('Block', 'Dict', 'SelectQuery', ...); '' for unnamed parts. */
  readonly kind: string;
  readonly span: Span;
}

/** Calls `visit` for each located node, parents before children; `visit` returning false skips the children. */
export function walkLocated(program: Program, visit: (node: LocatedNode) => boolean | void): void {
  walk(program, visit);
}

function walk(value: unknown, visit: (node: LocatedNode) => boolean | void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  const span = spanOf(record);
  if (span && visit({ kind: typeof record.node === 'string' ? record.node : '', span }) === false) return;
  for (const key in record) {
    if (key !== 'start' && key !== 'end') walk(record[key], visit);
  }
}

function spanOf(record: Record<string, unknown>): Span | undefined {
  const start = (record.start as { offset?: unknown } | undefined)?.offset;
  const end = (record.end as { offset?: unknown } | undefined)?.offset;
  return typeof start === 'number' && typeof end === 'number' && end >= start ? { start, end } : undefined;
}
