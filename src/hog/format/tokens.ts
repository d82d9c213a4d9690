// The formatter's view of the source: the lexer's tokens (src/hog/lexer.ts, called, not changed),
// each f-string merged into one token printed verbatim, and every comment attached to a token.
// The lexer skips comments, so they are found here in the gaps between tokens: a gap holds only
// whitespace and comments, which this file scans with the lexer's comment rules (`//`, `--` and
// `#` not followed by a digit run to the end of the line; `/* */` does not nest).
import { tokenize } from '../lexer';
import { DiagnosticList } from '../syntaxErrors';
import { TokenKind } from '../tokens';

export interface Comment {
  /** The comment as written, delimiters included. */
  text: string;
  /** `//`, `--` or `#`: ends at the end of its line. */
  isLine: boolean;
  /** Line breaks between the previous token or comment and this comment. */
  newlinesBefore: number;
  /** The whitespace before the comment on its line, when nothing else precedes it there. */
  lineIndent: string | null;
}

export interface FormatToken {
  kind: TokenKind;
  /** Source offsets; an f-string spans from its `f'` to its closing quote. */
  start: number;
  end: number;
  text: string;
  /** Lower-cased text of a bare word, '' otherwise. */
  word: string;
  /** Comments on their own line(s) before this token. */
  leading: Comment[];
  /** Comments after this token on its line. */
  trailing: Comment[];
  /** Line breaks between the previous token or comment and this token. */
  newlinesBefore: number;
  /** Position in the token list. */
  index: number;
}

/** All tokens of a program that lexes without errors, ending with the EOF token. */
export function formatTokens(source: string): FormatToken[] {
  const tokens: FormatToken[] = [];
  let depth = 0;
  let open: FormatToken | null = null;
  for (const token of tokenize(source, new DiagnosticList())) {
    if (token.synthetic) continue;
    if (token.kind === TokenKind.TemplateStart) depth++;
    if (token.kind === TokenKind.TemplateEnd) depth--;
    if (open === null) {
      open = newToken(source, token.kind, token.start, token.end, token.word, tokens.length);
      tokens.push(open);
    } else {
      open.end = token.end;
      open.text = source.slice(open.start, open.end);
    }
    if (depth === 0) open = null;
  }
  attachComments(source, tokens);
  return tokens;
}

function newToken(source: string, kind: TokenKind, start: number, end: number, word: string, index: number): FormatToken {
  return { kind, start, end, text: source.slice(start, end), word, leading: [], trailing: [], newlinesBefore: 0, index };
}

/** Sorts each gap's comments into the previous token's trailing and the next token's leading ones. */
function attachComments(source: string, tokens: FormatToken[]): void {
  let previousEnd = 0;
  let previous: FormatToken | null = null;
  for (const token of tokens) {
    const gap = scanGap(source, previousEnd, token.start);
    let newlineSeen = previous === null;
    for (const comment of gap.comments) {
      if (comment.newlinesBefore > 0) newlineSeen = true;
      if (newlineSeen || previous === null) token.leading.push(comment);
      else previous.trailing.push(comment);
      if (comment.isLine) newlineSeen = true;
    }
    token.newlinesBefore = gap.newlinesAfter;
    previous = token;
    previousEnd = token.end;
  }
}

interface Gap {
  comments: Comment[];
  /** Line breaks after the last comment (or in the whole gap when it has none). */
  newlinesAfter: number;
}

export function scanGap(source: string, from: number, to: number): Gap {
  const comments: Comment[] = [];
  let newlines = 0;
  let i = from;
  while (i < to) {
    const length = commentLength(source, i, to);
    if (length === 0) {
      if (source.charCodeAt(i) === 10) newlines++;
      i++;
      continue;
    }
    const text = source.slice(i, i + length);
    comments.push({ text, isLine: !text.startsWith('/*'), newlinesBefore: newlines, lineIndent: indentationBefore(source, i) });
    newlines = 0;
    i += length;
  }
  return { comments, newlinesAfter: newlines };
}

function indentationBefore(source: string, at: number): string | null {
  const before = source.slice(source.lastIndexOf('\n', at - 1) + 1, at);
  return /^[ \t]*$/.test(before) ? before : null;
}

/** The length of the comment starting at `i`, or 0 when none starts there. */
export function commentLength(source: string, i: number, to: number): number {
  const ch = source.charCodeAt(i);
  const next = source.charCodeAt(i + 1);
  const lineComment = (ch === 47 && next === 47) || (ch === 45 && next === 45) || (ch === 35 && !(next >= 48 && next <= 57));
  if (lineComment) {
    let end = i;
    while (end < to && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
    return end - i;
  }
  if (ch === 47 && next === 42) {
    const close = source.indexOf('*/', i + 2);
    return (close < 0 || close + 2 > to ? to : close + 2) - i;
  }
  return 0;
}
