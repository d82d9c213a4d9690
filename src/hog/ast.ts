// Typed Hog syntax tree. Every interface mirrors the JSON emitted by PostHog's official parser
// (`@posthog/hogql-parser` 1.3.87, `parseProgram`) field for field, so `JSON.parse(officialJson)`
// has exactly these shapes. Nodes are a discriminated union on `node`.
//
// The parser creates every object with its keys in alphabetical order (as the official JSON
// does), which keeps `JSON.stringify(node)` close to the official text; see serialize.ts for the
// exact text. Query nodes (`(select …)`, tags, window functions) come last.

/** A point in the source: `line` 1-based, `column` 0-based, `offset` 0-based; `end` is exclusive. */
export interface Position {
  column: number;
  line: number;
  offset: number;
}

interface Located {
  end: Position;
  start: Position;
}

// ---------------------------------------------------------------------------------------------
// Program and statements
// ---------------------------------------------------------------------------------------------

export interface Program extends Located {
  declarations: Statement[];
  node: 'Program';
}

export interface Block extends Located {
  declarations: Statement[];
  node: 'Block';
}

/** `let name` / `let name := expr` */
export interface VariableDeclaration extends Located {
  expr: Expr | null;
  name: string;
  node: 'VariableDeclaration';
}

/** `left := right`; `left` is any expression (usually a Field, ArrayAccess or TupleAccess). */
export interface VariableAssignment extends Located {
  left: Expr;
  node: 'VariableAssignment';
  right: Expr;
}

export interface ExprStatement extends Located {
  expr: Expr;
  node: 'ExprStatement';
}

export interface IfStatement extends Located {
  else_: Statement | null;
  expr: Expr;
  node: 'IfStatement';
  then: Statement;
}

export interface WhileStatement extends Located {
  body: Statement;
  expr: Expr;
  node: 'WhileStatement';
}

/** C-style `for (init; condition; increment) body`; every clause may be empty. */
export interface ForStatement extends Located {
  body: Statement;
  condition: Expr | null;
  increment: ForClause | null;
  initializer: ForClause | null;
  node: 'ForStatement';
}

/** What may stand in the initializer / increment slot of a C-style `for`. */
export type ForClause = VariableDeclaration | VariableAssignment | Expr;

/** `for (let v in expr)` (keyVar null) or `for (let k, v in expr)`. */
export interface ForInStatement extends Located {
  body: Statement;
  expr: Expr;
  keyVar: string | null;
  node: 'ForInStatement';
  valueVar: string;
}

/** `fun name(params) { body }` */
export interface FunctionDeclaration extends Located {
  body: Block;
  name: string;
  node: 'Function';
  params: string[];
}

export interface ReturnStatement extends Located {
  expr: Expr | null;
  node: 'ReturnStatement';
}

export interface ThrowStatement extends Located {
  expr: Expr;
  node: 'ThrowStatement';
}

/** One `catch (name: Type) { ... }`: [variable or null, type or null, block]. */
export type CatchClause = [string | null, string | null, Block];

export interface TryCatchStatement extends Located {
  catches: CatchClause[];
  finally_stmt: Block | null;
  node: 'TryCatchStatement';
  try_stmt: Block;
}

export type Statement =
  | Block
  | VariableDeclaration
  | VariableAssignment
  | ExprStatement
  | IfStatement
  | WhileStatement
  | ForStatement
  | ForInStatement
  | FunctionDeclaration
  | ReturnStatement
  | ThrowStatement
  | TryCatchStatement;

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

export type ConstantValue = number | string | boolean | null;

/**
 * A literal. Synthetic constants (the `0` of unary minus, the name in `a?.b` / `a[1].b`, the
 * `null` of `is null`) carry no positions. Numbers the official parser cannot hold in a double or
 * an int64 (`inf`, `nan`, huge integers) are strings with `value_type: 'number'`.
 */
export interface Constant {
  end?: Position;
  node: 'Constant';
  start?: Position;
  value: ConstantValue;
  value_type?: 'number';
}

/** A name or dotted chain of names: `a`, `a.b.c`, `` `odd name` ``, `"dq"`, `*`, `a.*`. */
export interface Field extends Located {
  chain: string[];
  node: 'Field';
}

/** `array[property]`, `array?.[property]`, or `x.name` after a non-name (property is a Constant). */
export interface ArrayAccess extends Located {
  array: Expr;
  node: 'ArrayAccess';
  nullish?: true;
  property: Expr;
}

/** `tuple.1`, `tuple?.1` (1-based index). */
export interface TupleAccess extends Located {
  index: number;
  node: 'TupleAccess';
  nullish?: true;
  tuple: Expr;
}

/** `array[start:end]` (HogQL); a missing bound is left out. */
export interface ArraySlice extends Located {
  array: Expr;
  end_expr?: Expr;
  node: 'ArraySlice';
  start_expr?: Expr;
}

export interface ArrayLiteral extends Located {
  exprs: Expr[];
  node: 'Array';
}

export interface Dict extends Located {
  items: [Expr, Expr][];
  node: 'Dict';
}

export interface Tuple extends Located {
  exprs: Expr[];
  node: 'Tuple';
}

/** `x -> expr`, `(a, b) -> { block }`, `lambda x: expr`. */
export interface Lambda extends Located {
  args: string[];
  expr: Expr | Block;
  node: 'Lambda';
}

/**
 * A call by name. Parsed calls carry HogQL's `distinct`, `filter_expr`, `order_by` and `params`
 * (`f(p)(a)` puts `p` in params; `f(x ORDER BY y) FILTER (WHERE z)` fills the others); a
 * `WITHIN GROUP (ORDER BY …)` call has `within_group` instead of `filter_expr` and `order_by`.
 * Calls the parser synthesises (`concat` for f-strings and `||`, `ifNull` for `??`, `if` for
 * `?:`, `multiIf` for `case`, `toIntervalDay` for `interval`, ...) only have `name` and `args`.
 */
export interface Call extends Located {
  args: Expr[];
  distinct?: boolean;
  filter_expr?: Expr | null;
  name: string;
  node: 'Call';
  order_by?: OrderExpr[] | null;
  params?: Expr[] | null;
  within_group?: OrderExpr[];
}

/** A call on anything that is not a plain name: `a.b(1)`, `f(1)(2)(3)`, `(x -> x)(1)`. */
export interface ExprCall extends Located {
  args: Expr[];
  expr: Expr;
  node: 'ExprCall';
}

export type ArithmeticOperator = '+' | '-' | '*' | '/' | '%';

export interface ArithmeticOperation extends Located {
  left: Expr;
  node: 'ArithmeticOperation';
  op: ArithmeticOperator;
  right: Expr;
}

export type CompareOperator =
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'like'
  | 'ilike'
  | 'not like'
  | 'not ilike'
  | 'in'
  | 'not in'
  | 'in cohort'
  | 'not in cohort'
  | '=~'
  | '!~'
  | '=~*'
  | '!~*';

/** Comparisons. `x is null` / `x is not null` become `==` / `!=` null with `is_null_comparison_style`. */
export interface CompareOperation extends Located {
  is_null_comparison_style?: true;
  left: Expr;
  node: 'CompareOperation';
  op: CompareOperator;
  right: Expr;
}

export interface And extends Located {
  exprs: Expr[];
  node: 'And';
}

export interface Or extends Located {
  exprs: Expr[];
  node: 'Or';
}

export interface Not extends Located {
  expr: Expr;
  node: 'Not';
}

/** `expr [not] between low and high` */
export interface BetweenExpr extends Located {
  expr: Expr;
  high: Expr;
  low: Expr;
  negated: boolean;
  node: 'BetweenExpr';
}

/** `{expr}` where an expression is expected (e.g. a lambda body holding one expression). */
export interface Placeholder extends Located {
  expr: Expr;
  node: 'Placeholder';
}

/** `name := value` inside call arguments or a placeholder (HogQL); has no positions. */
export interface NamedArgument {
  name: string;
  node: 'NamedArgument';
  value: Expr;
}

/** `expr as name` (HogQL). */
export interface Alias extends Located {
  alias: string;
  expr: Expr;
  node: 'Alias';
}

/** `expr::Type` or `cast(expr as Type)`; the type name is lower-cased. */
export interface TypeCast extends Located {
  expr: Expr;
  node: 'TypeCast';
  type_name: string;
}

/** `left is [not] distinct from right` (HogQL). */
export interface IsDistinctFrom extends Located {
  left: Expr;
  negated: boolean;
  node: 'IsDistinctFrom';
  right: Expr;
}

/** `#1` (HogQL positional column reference). */
export interface PositionalRef extends Located {
  index: number;
  node: 'PositionalRef';
}

export type Expr =
  | Constant
  | Field
  | ArrayAccess
  | TupleAccess
  | ArraySlice
  | ArrayLiteral
  | Dict
  | Tuple
  | Lambda
  | Call
  | ExprCall
  | ArithmeticOperation
  | CompareOperation
  | And
  | Or
  | Not
  | BetweenExpr
  | Placeholder
  | NamedArgument
  | Alias
  | TypeCast
  | IsDistinctFrom
  | PositionalRef
  | SelectQuery
  | SelectSetQuery
  | HogQLXTag
  | WindowFunction
  | TryCast
  | ColumnsExpr
  | SpreadExpr;

/** Any node of the tree. */
export type Node = Program | Statement | Expr | QueryPart;

export type NodeType = Node['node'];

// ---------------------------------------------------------------------------------------------
// HogQL queries
// ---------------------------------------------------------------------------------------------
// HogQL query nodes: `(select …)` and everything inside it, HogQLX tags, window functions and
// the COLUMNS(…) forms. Optional (`?`) keys are absent from the official JSON unless the source
// has the clause; `| null` keys are always present.

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
