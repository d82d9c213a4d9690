// Embedded HogQL read as a run of items: single tokens, bracket groups and HogQLX tags, each with
// the tokens at its edges. The layout works on tokens, not on the tree: whitespace between tokens
// is all the formatter changes inside a query, and the tokens stay the same (see glue.ts).
import { TokenKind } from '../tokens';
import { type Doc, group, indent, softline } from './doc';
import type { Printer } from './printer';
import { matchingClose, OPEN } from './sqlBrackets';
import { tagDoc, tagEnd } from './sqlTags';
import type { FormatToken } from './tokens';

export interface Item {
  doc: Doc;
  first: FormatToken;
  last: FormatToken;
  /** `(…)`, `[…]` or `{…}`. */
  bracket?: string;
  /** A bracket group holding a query: `(select …)`. */
  query?: boolean;
}


/** The items of tokens `from`…`to` (inclusive); `layout` lays out a bracket group's contents. */
export function readItems(p: Printer, from: number, to: number, layout: (from: number, to: number) => Doc): Item[] {
  const items: Item[] = [];
  for (let i = from; i <= to; ) {
    const token = p.tokens[i] as FormatToken;
    let end = i;
    if (token.kind === TokenKind.TagStart) {
      end = tagEnd(p.tokens, i);
      items.push({ doc: tagDoc(p, i, end, layout), first: token, last: p.tokens[end] as FormatToken });
    } else if (OPEN.has(token.kind)) {
      end = matchingClose(p.tokens, i, to);
      items.push(bracketItem(p, i, end, layout));
    } else {
      items.push({ doc: p.token(token), first: token, last: token });
    }
    i = end + 1;
  }
  return items;
}

function bracketItem(p: Printer, open: number, close: number, layout: (from: number, to: number) => Doc): Item {
  const first = p.tokens[open] as FormatToken;
  const last = p.tokens[close] as FormatToken;
  const inner = close > open + 1 ? layout(open + 1, close - 1) : '';
  const query = startsQuery(p.tokens, open + 1, close - 1);
  const padding = first.text === '{' ? '' : softline;
  const doc = group([p.token(first), indent([padding, inner, ...p.closingComments(last)]), padding, p.closer(last)]);
  return { doc, first, last, bracket: first.text, query };
}

/** Do tokens `from`…`to` hold a query (`select …`, `with …`, or a query in brackets)? */
export function startsQuery(tokens: readonly FormatToken[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const token = tokens[i] as FormatToken;
    if (token.kind === TokenKind.LParen) continue;
    return token.word === 'select' || token.word === 'with';
  }
  return false;
}
