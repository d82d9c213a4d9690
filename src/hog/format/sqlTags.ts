// HogQLX tags, `<Tag attr={x} flag>children</Tag>`: the opening tag's attributes one space apart,
// `=` and the braces tight; the children as written (their text keeps every blank, which is part
// of the value), nested tags and `{…}` inside them laid out the same way.
import { TokenKind } from '../tokens';
import type { Doc } from './doc';
import { mismatch } from './parts';
import type { Printer } from './printer';
import { matchingClose } from './sqlBrackets';
import type { FormatToken } from './tokens';

type Layout = (from: number, to: number) => Doc;

/** The index of the last token (`/>` or the closing tag's `>`) of the tag starting at `start`. */
export function tagEnd(tokens: readonly FormatToken[], start: number): number {
  const open = openingEnd(tokens, start);
  if ((tokens[open] as FormatToken).kind === TokenKind.SlashGt) return open;
  for (let i = open + 1; i < tokens.length; i++) {
    const token = tokens[i] as FormatToken;
    if (token.kind === TokenKind.TagStart) i = tagEnd(tokens, i);
    else if (token.kind === TokenKind.LBrace) i = matchingClose(tokens, i, tokens.length - 1);
    else if (token.kind === TokenKind.LtSlash) return closingEnd(tokens, i);
  }
  return mismatch('unclosed tag');
}

/** The `>` or `/>` ending the opening tag at `start`. */
function openingEnd(tokens: readonly FormatToken[], start: number): number {
  for (let i = start + 1; i < tokens.length; i++) {
    const token = tokens[i] as FormatToken;
    if (token.kind === TokenKind.LBrace) i = matchingClose(tokens, i, tokens.length - 1);
    else if (token.kind === TokenKind.Gt || token.kind === TokenKind.SlashGt) return i;
  }
  return mismatch('unfinished tag');
}

function closingEnd(tokens: readonly FormatToken[], slash: number): number {
  for (let i = slash + 1; i < tokens.length; i++) if ((tokens[i] as FormatToken).kind === TokenKind.Gt) return i;
  return mismatch('unfinished closing tag');
}

export function tagDoc(p: Printer, start: number, end: number, layout: Layout): Doc {
  const open = openingEnd(p.tokens, start);
  const docs: Doc[] = [openingDoc(p, start, open, layout)];
  if (open === end) return docs;
  for (let i = open + 1; i <= end; i++) {
    const token = p.tokens[i] as FormatToken;
    if (token.kind === TokenKind.TagStart) {
      const close = tagEnd(p.tokens, i);
      docs.push(tagDoc(p, i, close, layout));
      i = close;
    } else if (token.kind === TokenKind.LBrace) {
      const close = matchingClose(p.tokens, i, end);
      docs.push(braces(p, i, close, layout));
      i = close;
    } else {
      docs.push(p.token(token));
    }
  }
  return docs;
}

/** `<name attr='x' n={1} flag>` or `… />`. */
function openingDoc(p: Printer, start: number, end: number, layout: Layout): Doc {
  const docs: Doc[] = [p.token(p.tokens[start] as FormatToken)];
  for (let i = start + 1; i <= end; i++) {
    const token = p.tokens[i] as FormatToken;
    const previous = p.tokens[i - 1] as FormatToken;
    const tight = i === start + 1 || token.kind === TokenKind.Gt || token.kind === TokenKind.EqSingle || previous.kind === TokenKind.EqSingle;
    if (!tight) docs.push(' ');
    if (token.kind === TokenKind.LBrace) {
      const close = matchingClose(p.tokens, i, end);
      docs.push(braces(p, i, close, layout));
      i = close;
    } else {
      docs.push(p.token(token));
    }
  }
  return docs;
}

function braces(p: Printer, open: number, close: number, layout: Layout): Doc {
  const inner = close > open + 1 ? layout(open + 1, close - 1) : '';
  const last = p.tokens[close] as FormatToken;
  return [p.token(p.tokens[open] as FormatToken), inner, ...p.closingComments(last), p.closer(last)];
}
