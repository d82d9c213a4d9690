// HogQL query nodes: `(select …)` and everything inside it, HogQLX tags, window functions and
// the COLUMNS(…) forms. Like ast.ts, every interface mirrors the official parser's JSON field
// for field with keys in alphabetical order. Optional (`?`) keys are absent from the official
// JSON unless the source has the clause; `| null` keys are always present.
import type { Expr, Placeholder, Position } from './ast';

interface Located {
  end: Position;
  start: Position;
}

/** A key or `null` when the official parser emits no positions for the node. */
interface MaybeLocated {
  end?: Position;
  start?: Position;
}

export interface SelectQuery extends Located {
  array_join_list?: Expr[];
  array_join_op?: 'ARRAY JOIN' | 'LEFT ARRAY JOIN' | 'INNER ARRAY JOIN';
  ctes: CTE[] | null;
  distinct: true | null;
  group_by: (Expr | GroupingSet)[] | null;
  group_by_mode?: 'all' | 'cube' | 'grouping_sets' | 'rollup';
  having: Expr | null;
  interpolate?: InterpolateExpr[];
  limit?: Expr;
  limit_by?: LimitByExpr;
  limit_percent?: true;
  limit_with_ties?: true;
  node: 'SelectQuery';
  offset?: Expr;
  order_by?: OrderExpr[];
  prewhere: Expr | null;
  qualify: Expr | null;
  select: Expr[];
  select_from: JoinExpr | null;
  where: Expr | null;
  window_exprs?: Record<string, WindowExpr>;
}

/** `a UNION ALL b EXCEPT c …`; set-level LIMIT / OFFSET land here. */
export interface SelectSetQuery extends Located {
  initial_select_query: SelectSetMember;
  limit?: Expr;
  limit_percent?: true;
  limit_with_ties?: true;
  node: 'SelectSetQuery';
  offset?: Expr;
  subsequent_select_queries: SelectSetNode[];
}

/** What a set operation combines: a query, a nested set, or a `{placeholder}` (a Hog expression). */
export type SelectSetMember = SelectQuery | SelectSetQuery | Placeholder;

export interface SelectSetNode {
  node: 'SelectSetNode';
  select_query: SelectSetMember;
  set_operator: string;
}

/** `WITH name AS (select …)` (cte_type 'subquery') or `WITH expr AS name` ('column'). */
export type CTE = SubqueryCTE | ColumnCTE;

export interface SubqueryCTE extends Located {
  columns: string[] | null;
  cte_type: 'subquery';
  expr: SelectSetMember;
  materialized: boolean | null;
  name: string;
  node: 'CTE';
  recursive?: true;
  using_key: string[] | null;
}

export interface ColumnCTE extends Located {
  cte_type: 'column';
  expr: Expr;
  name: string;
  node: 'CTE';
  recursive?: true;
}

/** A tuple the parser builds from a list (`USING a, b`, `PIVOT (… FOR (a, b) IN …)`): no positions. */
export interface ListTuple {
  exprs: Expr[];
  node: 'Tuple';
}

/** The name of a table function (`numbers` in `FROM numbers(10)`): no positions. */
export interface TableFunctionName {
  chain: [string];
  node: 'Field';
}

/** A table in FROM, and through `next_join` the tables joined to it. */
export interface JoinExpr extends MaybeLocated {
  alias?: string | null;
  column_aliases?: string[] | null;
  constraint?: JoinConstraint | null;
  join_type?: string;
  next_join?: JoinExpr | null;
  node: 'JoinExpr';
  sample?: SampleExpr | null;
  table: TableValue;
  table_args?: Expr[];
  table_final?: true | null;
}

/** What a JoinExpr reads from. */
export type TableValue = Expr | TableFunctionName | JoinExpr | ValuesQuery | PivotExpr | UnpivotExpr;

export interface JoinConstraint extends Located {
  constraint_type: 'ON' | 'USING';
  expr: Expr | ListTuple;
  node: 'JoinConstraint';
}

export interface SampleExpr extends Located {
  node: 'SampleExpr';
  offset_value: RatioExpr | Placeholder | null;
  sample_value: RatioExpr | Placeholder;
}

export interface RatioExpr extends Located {
  left: Expr;
  node: 'RatioExpr';
  right: Expr | null;
}

/** `(VALUES (1, 2), (3, 4))` as a table. */
export interface ValuesQuery extends Located {
  node: 'ValuesQuery';
  rows: Expr[][];
}

export interface PivotExpr extends Located {
  aggregates: Expr[];
  columns: PivotColumn[];
  group_by?: Expr[];
  node: 'PivotExpr';
  table: TableValue;
}

export interface PivotColumn {
  column: Expr | ListTuple;
  node: 'PivotColumn';
  values: Expr[];
}

export interface UnpivotExpr extends Located {
  columns: UnpivotColumn[];
  include_nulls: boolean;
  node: 'UnpivotExpr';
  table: TableValue;
}

export interface UnpivotColumn {
  name_columns: Expr | ListTuple;
  node: 'UnpivotColumn';
  unpivot_values: Expr[];
  value_columns: Expr | ListTuple;
}

export interface GroupingSet extends Located {
  exprs: Expr[];
  node: 'GroupingSet';
}

export interface OrderExpr extends Located {
  expr: Expr;
  node: 'OrderExpr';
  order: 'ASC' | 'DESC';
  with_fill?: WithFillExpr;
}

export interface WithFillExpr extends Located {
  from_value?: Expr;
  node: 'WithFillExpr';
  step_value?: Expr;
  to_value?: Expr;
}

/** `INTERPOLATE (column AS value)`; the official parser crashes on a column without a value. */
export interface InterpolateExpr extends Located {
  expr: Expr;
  node: 'InterpolateExpr';
  value?: Expr;
}

export interface LimitByExpr extends Located {
  exprs: Expr[];
  n: Expr;
  node: 'LimitByExpr';
  offset_value: Expr | null;
}

export interface WindowExpr extends Located {
  frame_end: WindowFrameExpr | null;
  frame_method?: 'ROWS' | 'RANGE';
  frame_start: WindowFrameExpr | null;
  node: 'WindowExpr';
  order_by: OrderExpr[] | null;
  partition_by: Expr[] | null;
}

/** A frame bound; `frame_value` is the bound's number (a plain value) or expression. */
export interface WindowFrameExpr extends Located {
  frame_type: 'CURRENT ROW' | 'PRECEDING' | 'FOLLOWING';
  frame_value?: Expr | number | string | boolean | null;
  node: 'WindowFrameExpr';
}

/** `f(args) OVER (…)` / `f(params)(args) OVER name`. */
export interface WindowFunction extends Located {
  args: Expr[];
  exprs: Expr[];
  name: string;
  node: 'WindowFunction';
  over_expr?: WindowExpr | null;
  over_identifier?: string;
}

/** `TRY_CAST(expr AS Type)`. */
export interface TryCast extends Located {
  expr: Expr;
  node: 'TryCast';
  type_name: string;
}

/** `COLUMNS('regex')`, `COLUMNS(a, b)`, `* EXCLUDE (…)`, `COLUMNS(* REPLACE (… AS x))`. */
export interface ColumnsExpr extends MaybeLocated {
  all_columns?: true;
  columns?: Expr[];
  exclude?: string[];
  node: 'ColumnsExpr';
  regex?: string;
  replace?: Record<string, Expr>;
}

/** `* COLUMNS(…)`. */
export interface SpreadExpr extends Located {
  expr: ColumnsExpr;
  node: 'SpreadExpr';
}

/** `<Kind attr='x' other={expr}>children</Kind>`; children become a `children` attribute. */
export interface HogQLXTag extends Located {
  attributes: HogQLXAttribute[];
  kind: string;
  node: 'HogQLXTag';
}

export interface HogQLXAttribute extends MaybeLocated {
  name: string;
  node: 'HogQLXAttribute';
  value: Expr | Expr[];
}

/** Query parts that are not expressions. */
export type QueryPart =
  | SelectSetNode
  | JoinExpr
  | JoinConstraint
  | SampleExpr
  | RatioExpr
  | ValuesQuery
  | PivotExpr
  | PivotColumn
  | UnpivotExpr
  | UnpivotColumn
  | GroupingSet
  | OrderExpr
  | WithFillExpr
  | InterpolateExpr
  | LimitByExpr
  | WindowExpr
  | WindowFrameExpr
  | CTE
  | HogQLXAttribute;
