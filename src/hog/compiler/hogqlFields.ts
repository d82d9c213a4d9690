// The fields of PostHog's Python AST classes (posthog/hogql/ast.py and base.py), in dataclass
// order, with their defaults. An `__hx_ast` dictionary lists every field whose value is not None
// in this order (start, end and type left out); a field the official JSON omits takes the
// dataclass default, which is why `Field` carries `from_asterisk: false` and `Call` `distinct: false`.

/** `undefined`: no default (required); anything else: the dataclass default (null: None). */
type FieldSpec = readonly [name: string, fallback?: unknown];

const none = null;

const FIELDS: Readonly<Record<string, readonly FieldSpec[]>> = {
  // Statements (ast.py's Declaration subclasses).
  Program: [['declarations']],
  Block: [['declarations']],
  VariableAssignment: [['left'], ['right']],
  VariableDeclaration: [['name'], ['expr', none]],
  ExprStatement: [['expr']],
  ReturnStatement: [['expr']],
  ThrowStatement: [['expr']],
  TryCatchStatement: [['try_stmt'], ['catches'], ['finally_stmt', none]],
  IfStatement: [['expr'], ['then'], ['else_', none]],
  WhileStatement: [['expr'], ['body']],
  ForStatement: [['initializer'], ['condition'], ['increment'], ['body']],
  ForInStatement: [['keyVar'], ['valueVar'], ['expr'], ['body']],
  Function: [['name'], ['params'], ['body']],
  // Expressions.
  TypeCast: [['expr'], ['type_name']],
  TryCast: [['expr'], ['type_name']],
  CTE: [['name'], ['expr'], ['cte_type'], ['columns', none], ['materialized', none], ['using_key', none]],
  Alias: [['alias'], ['expr'], ['hidden', false], ['from_asterisk', false]],
  ArithmeticOperation: [['left'], ['right'], ['op']],
  And: [['exprs']],
  Or: [['exprs']],
  CompareOperation: [['left'], ['right'], ['op'], ['is_null_comparison_style', none]],
  Not: [['expr']],
  IsDistinctFrom: [['left'], ['right'], ['negated', false]],
  BetweenExpr: [['expr'], ['low'], ['high'], ['negated', false]],
  WithFillExpr: [['from_value', none], ['to_value', none], ['step_value', none]],
  InterpolateExpr: [['expr'], ['value', none]],
  OrderExpr: [['expr'], ['order', 'ASC'], ['with_fill', none]],
  ArrayAccess: [['array'], ['property'], ['nullish', false]],
  ArraySlice: [['array'], ['start_expr', none], ['end_expr', none]],
  Array: [['exprs']],
  Dict: [['items']],
  TupleAccess: [['tuple'], ['index'], ['nullish', false]],
  Tuple: [['exprs']],
  Lambda: [['args'], ['expr']],
  Constant: [['value']],
  Keyword: [['name']],
  Field: [['chain'], ['from_asterisk', false]],
  ColumnsExpr: [['regex', none], ['columns', none], ['all_columns', false], ['exclude', none], ['replace', none]],
  SpreadExpr: [['expr']],
  Placeholder: [['expr']],
  NamedArgument: [['name'], ['value']],
  PositionalRef: [['index']],
  Call: [
    ['name'],
    ['args'],
    ['params', none],
    ['distinct', false],
    ['within_group', none],
    ['order_by', none],
    ['filter_expr', none],
  ],
  ExprCall: [['expr'], ['args']],
  JoinConstraint: [['expr'], ['constraint_type']],
  UnpivotColumn: [['value_columns'], ['name_columns'], ['unpivot_values']],
  UnpivotExpr: [['table'], ['columns'], ['include_nulls', false]],
  PivotColumn: [['column'], ['values']],
  PivotExpr: [['table'], ['aggregates'], ['columns'], ['group_by', none]],
  JoinExpr: [
    ['join_type', none],
    ['table', none],
    ['table_args', none],
    ['alias', none],
    ['column_aliases', none],
    ['table_final', none],
    ['constraint', none],
    ['next_join', none],
    ['sample', none],
  ],
  WindowFrameExpr: [['frame_type', none], ['frame_value', none]],
  WindowExpr: [['partition_by', none], ['order_by', none], ['frame_method', none], ['frame_start', none], ['frame_end', none]],
  WindowFunction: [['name'], ['args', none], ['exprs', none], ['over_expr', none], ['over_identifier', none]],
  LimitByExpr: [['n'], ['exprs'], ['offset_value', none]],
  GroupingSet: [['exprs']],
  SelectQuery: [
    ['ctes', none],
    ['select'],
    ['distinct', none],
    ['select_from', none],
    ['array_join_op', none],
    ['array_join_list', none],
    ['window_exprs', none],
    ['where', none],
    ['prewhere', none],
    ['having', none],
    ['qualify', none],
    ['group_by', none],
    ['group_by_mode', none],
    ['order_by', none],
    ['interpolate', none],
    ['limit', none],
    ['limit_by', none],
    ['limit_with_ties', none],
    ['limit_percent', none],
    ['offset', none],
    ['settings', none],
    ['view_name', none],
  ],
  ValuesQuery: [['rows']],
  SelectSetNode: [['select_query'], ['set_operator']],
  SelectSetQuery: [
    ['initial_select_query'],
    ['subsequent_select_queries'],
    ['limit', none],
    ['offset', none],
    ['limit_percent', none],
    ['limit_with_ties', none],
  ],
  RatioExpr: [['left'], ['right', none]],
  SampleExpr: [['sample_value'], ['offset_value', none]],
  HogQLXAttribute: [['name'], ['value']],
  HogQLXTag: [['kind'], ['attributes']],
};

/** JSON keys that are not fields of the Python node. */
const NOT_FIELDS = new Set(['node', 'start', 'end', 'type', 'value_type']);

/**
 * The (name, value) pairs of a node's `__hx_ast` dictionary candidates, in Python's field order.
 * Keys of the JSON that the table does not know (a newer parser's) follow, in the JSON's order.
 */
export function astFields(nodeType: string, fields: Readonly<Record<string, unknown>>): [string, unknown][] {
  const specs = FIELDS[nodeType];
  const result: [string, unknown][] = [];
  const known = new Set<string>();
  for (const [name, fallback] of specs ?? []) {
    known.add(name);
    result.push([name, name in fields ? fields[name] : (fallback ?? null)]);
  }
  for (const name of Object.keys(fields)) {
    if (!known.has(name) && !NOT_FIELDS.has(name)) result.push([name, fields[name]]);
  }
  return result;
}
