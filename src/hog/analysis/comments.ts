// Where comments are: the lexer skips them, so they are read from the gaps between tokens with
// the lexer's own comment rules (shared with the formatter).
import { commentLength } from '../format/tokens';
import { tokenize } from '../lexer';
import { DiagnosticList } from '../syntaxErrors';
import type { Span } from './text';

export interface CommentSpan extends Span {
  /** `//`, `--` or `#` comment, ending with its line. */
  readonly isLine: boolean;
}

export function commentSpans(source: string): CommentSpan[] {
  const found: CommentSpan[] = [];
  let from = 0;
  for (const token of tokenize(source, new DiagnosticList())) {
    if (token.synthetic) continue;
    scanGap(source, from, token.start, found);
    from = Math.max(from, token.end);
  }
  scanGap(source, from, source.length, found);
  return found;
}

function scanGap(source: string, from: number, to: number, found: CommentSpan[]): void {
  for (let i = from; i < to; ) {
    const length = commentLength(source, i, to);
    if (length === 0) {
      i++;
      continue;
    }
    found.push({ start: i, end: i + length, isLine: source[i] !== '/' || source[i + 1] !== '*' });
    i += length;
  }
}
