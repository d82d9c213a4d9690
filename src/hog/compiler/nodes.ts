// The compiler reads trees in the official parser's JSON shape: the typed Hog nodes of ../ast.ts,
// and any HogQL node (`(select …)`, joins, window functions, tags, …) the parser may produce,
// which the compiler only needs to walk generically.
import type { Position } from '../ast';

/** Any node of the official JSON: `{node: 'SelectQuery', …}`. */
export interface AnyNode {
  readonly node: string;
  readonly start?: Position;
  readonly end?: Position;
}

export function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { node?: unknown }).node === 'string';
}

/** The fields of a node, for generic walking. */
export function fieldsOf(node: AnyNode): Readonly<Record<string, unknown>> {
  return node as unknown as Readonly<Record<string, unknown>>;
}

/** Python's visitor method name for a node class: `IsDistinctFrom` → `visit_is_distinct_from`. */
export function visitMethodName(className: string): string {
  const snake = className
    .replace(/(?<!^)(?<![A-Z])(?=[A-Z])/g, '_')
    .toLowerCase()
    .replace('hog_qlxtag', 'hogqlx_tag')
    .replace('hog_qlxattribute', 'hogqlx_attribute');
  return `visit_${snake}`;
}
