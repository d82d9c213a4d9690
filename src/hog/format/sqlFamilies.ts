// The printer functions of embedded HogQL: queries, set operations, tags and every other node
// only HogQL has (window functions, …) print through the SQL layout (sqlLayout.ts).
import type { Node, NodeType } from '../ast';
import type { Doc } from './doc';
import { type Cursor, LayoutMismatch } from './parts';
import type { Families, Printer } from './printer';
import { sqlDoc } from './sqlLayout';

const SQL_KINDS: readonly NodeType[] = [
  'SelectQuery', 'SelectSetQuery', 'SelectSetNode', 'ValuesQuery', 'CTE', 'HogQLXTag', 'HogQLXAttribute', 'WindowFunction',
  'WindowExpr', 'WindowFrameExpr', 'TryCast', 'SpreadExpr', 'ColumnsExpr', 'OrderExpr', 'WithFillExpr', 'InterpolateExpr',
  'JoinExpr', 'JoinConstraint', 'SampleExpr', 'RatioExpr', 'LimitByExpr', 'GroupingSet', 'PivotExpr', 'PivotColumn',
  'UnpivotExpr', 'UnpivotColumn',
];

function spanFamily(node: Node, _parts: Cursor, p: Printer): Doc {
  return sqlDoc(p, p.index.first(node).index, p.index.last(node).index);
}

/** Hog expressions that may carry HogQL-only parts (`quantile(0.5)(x)`, `f(x) ignore nulls`). */
const MIXED_KINDS: readonly NodeType[] = ['Call', 'Lambda', 'ExprCall', 'Alias', 'TypeCast', 'Field', 'ArithmeticOperation', 'CompareOperation', 'And', 'Or', 'Not', 'BetweenExpr', 'Array', 'Tuple'];

type AnyFamily = (node: Node, parts: Cursor, p: Printer) => Doc;

/** A Hog family that meets HogQL it does not describe hands the node to the SQL layout. */
function orSql(family: AnyFamily): AnyFamily {
  return (node, parts, p) => {
    try {
      return family(node, parts, p);
    } catch (error) {
      if (error instanceof LayoutMismatch) return spanFamily(node, parts, p);
      throw error;
    }
  };
}

/** The Hog families, plus the SQL layout for the HogQL node kinds and for HogQL inside Hog expressions. */
export function withSqlFamilies(hog: Families): Families {
  const families: Record<string, AnyFamily> = { ...(hog as Record<string, AnyFamily>) };
  for (const kind of SQL_KINDS) families[kind] ??= spanFamily;
  for (const kind of MIXED_KINDS) {
    const family = families[kind];
    if (family !== undefined) families[kind] = orSql(family);
  }
  return families as Families;
}
