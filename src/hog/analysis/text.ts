// Source-text helpers: offsets to line/column positions, and finding names inside a node's text
// (the syntax tree locates whole nodes, not the names they declare).
import type { Position } from '../ast';

/** Maps offsets to `{line (1-based), column (0-based), offset}`, like the syntax tree. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.source.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low], offset: clamped };
  }

  /** Offset of a 1-based line and 0-based column (clamped to the text). */
  offset(line: number, column: number): number {
    const start = this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
    return Math.min(start + column, this.source.length);
  }
}

/** A span of the source by offsets, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function isIdentStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36; // a-z A-Z _ $
}

export function isIdentPart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return isIdentStart(ch) || (c >= 48 && c <= 57);
}

// One regular expression match instead of a call per character: much faster in a fresh process,
// before V8 optimizes (the first diagnostics after activation).
const IDENT_PARTS = /[A-Za-z0-9_$]*/y;

/** The end of the name starting at `offset`: a plain identifier, or a `backtick`/"quoted" one. */
export function nameEnd(source: string, offset: number): number {
  const quote = source[offset];
  if (quote === '`' || quote === '"') {
    for (let i = offset + 1; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === quote) {
        if (source[i + 1] === quote) i++;
        else return i + 1;
      }
    }
    return source.length;
  }
  if (offset >= source.length) return offset;
  IDENT_PARTS.lastIndex = offset;
  IDENT_PARTS.test(source);
  return IDENT_PARTS.lastIndex;
}

/**
 * Where `name` is written as a whole identifier (plain or backticked) in `source[from, to)`.
 * Skips strings and comments only roughly (names in them are rare next to declarations).
 */
export function findName(source: string, from: number, to: number, name: string): Span | undefined {
  const forms = [name, '`' + name.replace(/`/g, '``') + '`'];
  for (const form of forms) {
    let at = source.indexOf(form, from);
    while (at !== -1 && at + form.length <= to) {
      const plain = form === name;
      if (!plain || (!isIdentPart(source[at - 1]) && !isIdentPart(source[at + form.length]))) {
        return { start: at, end: at + form.length };
      }
      at = source.indexOf(form, at + 1);
    }
  }
  return undefined;
}

/**
 * The spans of each name in a dotted chain written at `start` (`event . properties.$x`).
 * Stops early when the text does not look like a chain.
 */
export function chainSpans(source: string, start: number, count: number): Span[] {
  const spans: Span[] = [];
  let at = start;
  while (spans.length < count) {
    const end = nameEnd(source, at);
    if (end === at) break;
    spans.push({ start: at, end });
    at = skipSpaces(source, end);
    if (source[at] !== '.') break;
    at = skipSpaces(source, at + 1);
  }
  return spans;
}

function skipSpaces(source: string, at: number): number {
  while (at < source.length && isSpace(source.charCodeAt(at))) at++;
  return at;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
