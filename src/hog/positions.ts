// Conversion from our positions to the official parser's, for byte-identical `parseProgram` output.
//
// Our positions are editor positions: offsets and columns count UTF-16 code units (as VS Code
// does) and `end` is where the last token really ends. The official parser (ANTLR in C++) counts
// differently, and the tests pin each difference:
//   * offsets and start columns count code points (an emoji is 1, not 2);
//   * an end column is the last token's start column plus the token's length in UTF-8 bytes, on
//     the token's first line (so a string spanning lines "ends" on the line where it starts);
//   * the Program's end column is the end-of-file column plus 5 (the length of "<EOF>").
// For ASCII sources without multi-line tokens only the last point applies.
import type { Position } from './ast';
import { Token, TokenKind } from './tokens';

export const EOF_TEXT_LENGTH = 5;

const NON_ASCII = /[^\x00-\x7f]/;

export class OfficialPositions {
  /** UTF-16 offsets of the low half of each surrogate pair, ascending. */
  private readonly pairEnds: number[] = [];
  /** UTF-16 offset at which each line starts (index 0 is line 1). */
  private readonly lineStarts: number[] = [0];
  /** Tokens by end offset, to find the token a node ends with. */
  private readonly tokensByEnd = new Map<number, Token>();

  constructor(
    private readonly source: string,
    tokens: Token[],
  ) {
    for (let i = 0; i < source.length; i++) {
      const ch = source.charCodeAt(i);
      if (ch === 10) this.lineStarts.push(i + 1);
      else if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < source.length) {
        const low = source.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          this.pairEnds.push(i + 1);
          i++;
        }
      }
    }
    for (const token of tokens) {
      if (token.kind !== TokenKind.EOF && !token.synthetic) this.tokensByEnd.set(token.end, token);
    }
  }

  /** Does this source need any conversion besides the Program end column? */
  static needed(source: string, tokens: Token[]): boolean {
    if (NON_ASCII.test(source)) return true;
    for (const token of tokens) {
      if (token.endLine !== token.line) return true;
    }
    return false;
  }

  start(position: Position): Position {
    const offset = this.codePoints(position.offset);
    const lineStart = this.lineStarts[position.line - 1] ?? 0;
    return { column: offset - this.codePoints(lineStart), line: position.line, offset };
  }

  end(position: Position): Position {
    const token = this.tokensByEnd.get(position.offset);
    if (token === undefined) return this.start(position);
    const start = this.start({ column: token.column, line: token.line, offset: token.start });
    const bytes = utf8Length(this.source, token.start, token.end);
    return { column: start.column + bytes, line: token.line, offset: this.codePoints(token.end) };
  }

  /** Code points before a UTF-16 offset. */
  private codePoints(offset: number): number {
    const pairs = this.pairEnds;
    let low = 0;
    let high = pairs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((pairs[mid] as number) < offset) low = mid + 1;
      else high = mid;
    }
    return offset - low;
  }
}

function utf8Length(text: string, start: number, end: number): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 0x80) bytes += 1;
    else if (ch < 0x800) bytes += 2;
    else if (ch >= 0xd800 && ch <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
