// The words that shape embedded HogQL's layout. Only whitespace between tokens depends on them:
// a word misread (a column named `from`) changes where a line breaks, never what the query means.
import { TokenKind } from '../tokens';
import type { FormatToken } from './tokens';

/** Words that start a clause of a query: each clause goes on its own line when the query breaks. */
export const CLAUSE_WORDS = new Set([
  'select', 'from', 'where', 'prewhere', 'having', 'qualify', 'window', 'limit', 'offset', 'settings',
  'union', 'intersect', 'except',
]);

/** Clauses of two words: `group by`, `order by`. */
export const BY_CLAUSES = new Set(['group', 'order']);

/** Words that may come before `join` in a join clause (`left outer join`, `array join`). */
export const JOIN_WORDS = new Set(['inner', 'left', 'right', 'full', 'outer', 'cross', 'any', 'all', 'asof', 'semi', 'anti', 'natural', 'positional', 'array']);

/** Words of a clause's head, printed before its items: `select distinct`, `union all`, `order by`. */
export const HEAD_WORDS = new Set([...CLAUSE_WORDS, ...BY_CLAUSES, ...JOIN_WORDS, 'join', 'by', 'distinct', 'recursive', 'with', 'name']);

/** Words after which `(` opens a group, not a call: `from (select 1)`, `over (…)`, `in (1, 2)`. */
const NOT_CALLEES = new Set([
  ...CLAUSE_WORDS, ...JOIN_WORDS, 'join', 'by', 'on', 'using', 'as', 'over', 'filter', 'and', 'or', 'not', 'in', 'is',
  'like', 'ilike', 'between', 'when', 'then', 'else', 'case', 'interval', 'distinct', 'values', 'sets', 'with', 'return',
  'group', 'within', 'exclude', 'replace', 'materialized', 'key', 'recursive', 'interpolate',
]);

/** Words after which a `-` is a sign, not a subtraction. */
const NOT_OPERANDS = new Set([...NOT_CALLEES, 'preceding', 'following', 'rows', 'range', 'limit', 'offset', 'step', 'to']);

const OPERAND_KINDS = new Set([TokenKind.QuotedName, TokenKind.String, TokenKind.Integer, TokenKind.Float, TokenKind.Hex, TokenKind.Binary, TokenKind.TemplateStart]);

/** Can `token` end something a `(` or `[` applies to (a call or an index)? */
export function isCallee(token: FormatToken): boolean {
  if (token.kind === TokenKind.Word) return !NOT_CALLEES.has(token.word);
  return token.kind === TokenKind.QuotedName || token.text === ')' || token.text === ']';
}

/** Does `token` end an operand (so a `-` after it subtracts)? */
export function endsOperand(token: FormatToken): boolean {
  if (token.kind === TokenKind.Word) return !NOT_OPERANDS.has(token.word);
  return OPERAND_KINDS.has(token.kind) || token.text === ')' || token.text === ']' || token.text === '}' || token.text === '*';
}
