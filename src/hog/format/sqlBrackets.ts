// Brackets inside a query: which tokens open and close, and where a bracket closes.
import { TokenKind } from '../tokens';
import { mismatch } from './parts';
import type { FormatToken } from './tokens';

export const OPEN: ReadonlySet<TokenKind> = new Set([TokenKind.LParen, TokenKind.LBracket, TokenKind.LBrace]);
export const CLOSE: ReadonlySet<TokenKind> = new Set([TokenKind.RParen, TokenKind.RBracket, TokenKind.RBrace]);

/** The index of the bracket closing the one at `open`, at most `to`. */
export function matchingClose(tokens: readonly FormatToken[], open: number, to: number): number {
  let depth = 0;
  for (let i = open; i <= to; i++) {
    const kind = (tokens[i] as FormatToken).kind;
    if (OPEN.has(kind)) depth++;
    if (CLOSE.has(kind) && --depth === 0) return i;
  }
  return mismatch('unbalanced brackets in a query');
}
