// Whether two tokens may be printed with nothing between them. `a - -b` must keep its space
// (`--` starts a comment), `'a' 'b'` too (`''` is an escaped quote): rather than list such cases,
// ask the lexer whether the joined text still reads as the same two tokens.
import { tokenize } from '../lexer';
import { DiagnosticList } from '../syntaxErrors';
import { TokenKind } from '../tokens';

/** Characters that never join with a neighbour into another token or a comment. */
const INERT = new Set(['(', ')', '[', ']', '{', '}', ',', ';']);
const cache = new Map<string, boolean>();

export function canGlue(left: string, right: string): boolean {
  // `#` is a token only directly before a digit (`#1`); anywhere else it starts a comment.
  if (left === '' || right === '' || left === '#') return true;
  if (INERT.has(left[left.length - 1] as string) || INERT.has(right[0] as string)) return true;
  const key = left + '\u0000' + right;
  let result = cache.get(key);
  if (result === undefined) {
    result = readsAsTwo(left, right);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function readsAsTwo(left: string, right: string): boolean {
  const diagnostics = new DiagnosticList();
  const joined = lex(left + right, diagnostics);
  const apart = [...lex(left, diagnostics), ...lex(right, diagnostics)];
  if (diagnostics.length > 0 || joined.length !== apart.length) return false;
  return joined.every((token, i) => token.kind === apart[i]?.kind && token.length === apart[i].length);
}

function lex(text: string, diagnostics: DiagnosticList): { kind: TokenKind; length: number }[] {
  return tokenize(text, diagnostics)
    .filter((token) => token.kind !== TokenKind.EOF)
    .map((token) => ({ kind: token.kind, length: token.end - token.start }));
}
