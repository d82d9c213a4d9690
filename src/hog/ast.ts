// Typed Hog syntax tree. Every interface mirrors the JSON emitted by PostHog's official parser
// (`@posthog/hogql-parser` 1.3.87, `parseProgram`) field for field, so `JSON.parse(officialJson)`
// has exactly these shapes. Nodes are a discriminated union on `node`.
//
// The parser creates every object with its keys in alphabetical order (as the official JSON
// does), which keeps `JSON.stringify(node)` close to the official text; see serialize.ts for the
// exact text. Query nodes (`(select …)`, tags, window functions) are in astQuery.ts.
import type {
  ColumnsExpr,
  HogQLXTag,
  OrderExpr,
  QueryPart,
  SelectQuery,
  SelectSetQuery,
  SpreadExpr,
  TryCast,
  WindowFunction,
} from './astQuery';

export type * from './astQuery';

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
