// How a token prints with its comments. A leading comment starts a line and keeps a blank line
// that followed it; a trailing `//` comment stays at the end of its line; a trailing `/* */`
// comment stays right after its token. Line comments print as line suffixes: the renderer ends
// the line after them whatever follows, so no layout can let one swallow code.
import { type Doc, freshLine, hardline, lineSuffix } from './doc';
import type { Comment, FormatToken } from './tokens';

/** The token as `text` (its source text unless told), with its comments. */
export function tokenDoc(token: FormatToken, text: string = token.text): Doc[] {
  return [...leadingDocs(token), text, ...trailingDocs(token.trailing)];
}

/**
 * Only the comments of a token the formatter leaves out (a trailing comma, an extra `;`); what
 * comes next starts a new line after them anyway. After a `//` comment (`previousEndsLine`) its
 * trailing comments start their own line, where formatting the result again will find them.
 */
export function commentsOnly(token: FormatToken, previousEndsLine: boolean): Doc[] {
  const trailing = trailingDocs(token.trailing);
  const ownLine = previousEndsLine && token.leading.length === 0 && token.trailing.length > 0;
  return [...leadingDocs(token, token.trailing.length > 0), ...(ownLine ? [freshLine, ...trailing] : trailing)];
}

/**
 * The comments before `token`, each followed by what separated it from the next thing: a line
 * break (two for a blank line) or a space. `lastBreak: false` leaves the break after the last
 * one to the caller (comments before a closing bracket).
 */
export function leadingDocs(token: FormatToken, lastBreak = true): Doc[] {
  const comments = token.leading;
  if (comments.length === 0) return [];
  const docs: Doc[] = [freshLine];
  comments.forEach((comment, i) => {
    const isLast = i === comments.length - 1;
    const next = comments[i + 1] ?? token;
    docs.push(comment.isLine ? lineSuffix(comment.text) : blockComment(comment));
    if (isLast && !lastBreak) return;
    if (comment.isLine || next.newlinesBefore > 0) {
      docs.push(hardline);
      if (next.newlinesBefore > 1) docs.push(hardline);
    } else {
      docs.push(' ');
    }
  });
  return docs;
}

/** A comment that starts its line: when it spans lines, they move with it. */
function blockComment(comment: Comment): Doc {
  if (comment.lineIndent === null || !comment.text.includes('\n')) return comment.text;
  return { kind: 'blockComment', text: comment.text, indent: comment.lineIndent };
}

export function trailingDocs(comments: Comment[]): Doc[] {
  return comments.flatMap((comment): Doc[] =>
    comment.isLine ? [lineSuffix(' ' + comment.text)] : [' ', comment.text],
  );
}

/** Does the first leading comment (or the token itself) follow a blank line? */
export function blankLineBefore(token: FormatToken): boolean {
  return (token.leading[0] ?? token).newlinesBefore > 1;
}

export function hasComments(token: FormatToken): boolean {
  return token.leading.length > 0 || token.trailing.length > 0;
}
