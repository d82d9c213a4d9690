// Arrays, dicts, tuples, lambdas, placeholders, and the postfix forms: calls on expressions,
// indexing, slices, member and tuple access, `::` casts. Dicts print `{'key': value}` (no space
// inside the braces, as Hog's own `print` and the templates write them); a dict whose first entry
// is written on a new line keeps one entry per line, as its author laid it out (like Prettier's
// objects), so payload dicts stay readable even when they would fit on one line.
import { type Doc } from './doc';
import { argumentList } from './arguments';
import { type Brackets, brokenListDoc, filledListDoc, listDoc, listItems } from './lists';
import { Cursor, matching, mismatch, type Part, splitTop } from './parts';
import type { Families, Printer } from './printer';
import { names } from './statements';
import { TokenKind } from '../tokens';
import type { FormatToken } from './tokens';

export const collectionFamilies: Families = {
  Array: (_node, parts, p) => {
    const prefix = parts.at('[') ? '' : p.keyword(parts.token('array'));
    return [prefix, list(parts.bracketed('['), p)];
  },
  Tuple: (_node, parts, p) => {
    const brackets = parts.bracketed('(');
    parts.end();
    const items = listItems(brackets.inner);
    return listDoc(brackets, items.items.map((item) => p.operand(item)), items, p, items.items.length === 1);
  },
  Dict: (_node, parts, p) => {
    const brackets = parts.bracketed('{');
    parts.end();
    const items = listItems(brackets.inner);
    const docs = items.items.map((item) => entry(item, p));
    // A dict written with its first entry on a new line stays one entry per line.
    const first = items.items[0];
    if (first !== undefined && p.firstToken(first).newlinesBefore > 0) return brokenListDoc(brackets, docs, items, p);
    return listDoc(brackets, docs, items, p);
  },
  Placeholder: (_node, parts, p) => {
    const { open, inner, close } = parts.bracketed('{');
    parts.end();
    return [p.token(open), p.operand(inner), ...p.closingComments(close), p.closer(close)];
  },
  Lambda: (_node, parts, p) => {
    const params = parts.at('(') ? names(parts.bracketed('('), p) : bareParams(parts.until('->'), p);
    const arrow = p.token(parts.token('->'));
    return [params, ' ', arrow, ' ', p.operand(parts.rest())];
  },
  ArrayAccess: (_node, parts, p) => postfix(parts, p),
  TupleAccess: (_node, parts, p) => postfix(parts, p),
  ArraySlice: (_node, parts, p) => postfix(parts, p),
  ExprCall: (_node, parts, p) => postfix(parts, p),
  TypeCast: (_node, parts, p) => (parts.at('cast') ? cast(parts, p) : postfix(parts, p)),
};

function list(brackets: Brackets, p: Printer): Doc {
  const items = listItems(brackets.inner);
  const docs = items.items.map((item) => p.operand(item));
  return filledListDoc(brackets, docs, items, p) ?? listDoc(brackets, docs, items, p);
}

/** `key: value` */
function entry(item: Part[], p: Printer): Doc {
  const { pieces, separators } = splitTop(item, ':');
  const [key, value] = pieces;
  if (pieces.length !== 2 || key === undefined || value === undefined) return mismatch('a dict entry is key: value');
  return [p.operand(key), p.token(separators[0] as FormatToken), ' ', p.operand(value)];
}

/** `x` or `a, b` before `->`. */
function bareParams(parts: Part[], p: Printer): Doc {
  return parts.map((part, i): Doc => {
    const token = part.token ?? mismatch('parameters are names');
    if (token.text !== ',') return p.token(token);
    return i === parts.length - 1 && !p.keepTrailingCommas ? p.dropped(token) : [p.token(token), ' '];
  });
}

/** An operand followed by calls, indexes, slices, `.name`, `?.name`, `.1` and `::type`. */
function postfix(parts: Cursor, p: Printer): Doc {
  const docs: Doc[] = [p.operand(headOperand(parts))];
  while (!parts.done) {
    if (parts.at('(')) docs.push(argumentList(parts.bracketed('('), p));
    else if (parts.at('[')) docs.push(index(parts.bracketed('['), p));
    else if (parts.at('.') || parts.at('?.')) {
      docs.push(p.token(parts.token()));
      if (!parts.at('[')) docs.push(p.token(parts.token()));
    } else if (parts.at('::')) docs.push(p.token(parts.token()), p.token(parts.token()));
    else mismatch('unexpected postfix part');
  }
  return docs;
}

/** The expression the postfix operators apply to: a node, an f-string or a parenthesised expression. */
function headOperand(parts: Cursor): Part[] {
  const first = parts.peek() ?? mismatch('missing operand');
  if (first.token?.text !== '(') return [parts.take()];
  const end = matching(parts.parts, parts.parts.indexOf(first));
  const taken: Part[] = [];
  while (taken.length <= end) taken.push(parts.take());
  return taken;
}

/** `[i]`, `[i:j]`, `[:j]`, `[i:]` */
function index({ open, inner, close }: Brackets, p: Printer): Doc {
  const { pieces, separators } = splitTop(inner, ':');
  const docs = pieces.map((piece, i): Doc => {
    const separator = separators[i];
    return [piece.length > 0 ? p.operand(piece) : '', separator === undefined ? '' : p.token(separator)];
  });
  return [p.token(open), docs, ...p.closingComments(close), p.closer(close)];
}

/** `cast(expr as Type)` */
function cast(parts: Cursor, p: Printer): Doc {
  const keyword = p.keyword(parts.token('cast'));
  const { open, inner, close } = parts.bracketed('(');
  parts.end();
  const body = new Cursor(inner);
  const expr = p.operand(body.until('as'));
  const as = p.keyword(body.token('as'));
  const type = body.rest();
  if (type.length === 0 || type.some((part) => part.token?.kind === TokenKind.Invalid)) mismatch('a cast needs a type');
  return [keyword, p.token(open), expr, ' ', as, ' ', p.segment(type), ...p.closingComments(close), p.closer(close)];
}
