// Hog's statement and operator keywords, for completion.
export const HOG_KEYWORDS: readonly string[] = [
  'let', 'fun', 'return', 'if', 'else', 'while', 'for', 'in', 'try', 'catch', 'finally', 'throw',
  'break', 'continue', 'true', 'false', 'null', 'and', 'or', 'not', 'like', 'ilike', 'between', 'is',
];

// HogQL's clause and operator keywords, for completion inside `(select …)`.
export const SQL_KEYWORDS: readonly string[] = [
  'select', 'distinct', 'from', 'as', 'join', 'left', 'right', 'inner', 'full', 'outer', 'cross', 'any', 'all',
  'asof', 'semi', 'anti', 'on', 'using', 'array', 'prewhere', 'where', 'group', 'by', 'having', 'qualify', 'window',
  'order', 'asc', 'desc', 'nulls', 'first', 'last', 'limit', 'offset', 'with', 'ties', 'union', 'except', 'intersect',
  'over', 'partition', 'rows', 'range', 'unbounded', 'preceding', 'following', 'current', 'row', 'filter', 'within',
  'final', 'sample', 'interval', 'case', 'when', 'then', 'else', 'end', 'cast', 'and', 'or', 'not', 'in', 'like',
  'ilike', 'between', 'is', 'null', 'true', 'false',
];
