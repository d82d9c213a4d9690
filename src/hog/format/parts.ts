// A node's source, as the printer sees it: its tokens in order, each child node standing for all of
// its own tokens. Tokens the tree does not record (keywords, punctuation, grouping parentheses,
// the `??` or `||` that became a call) are the node's own tokens, so printing every part prints
// every token of the source, whatever the parser turned them into.
import type { Node } from '../ast';
import type { FormatToken } from './tokens';

export type Part = { token: FormatToken; node?: undefined } | { node: Node; token?: undefined };

/** Thrown when a node's tokens are not laid out as its printer expects: the node prints verbatim. */
export class LayoutMismatch extends Error {}

export function mismatch(what: string): never {
  throw new LayoutMismatch(what);
}

/** Token lookup by source offset. */
export class TokenIndex {
  private readonly byStart = new Map<number, number>();
  private readonly byEnd = new Map<number, number>();

  constructor(readonly tokens: FormatToken[]) {
    tokens.forEach((token, i) => {
      this.byStart.set(token.start, i);
      // The end-of-file token is empty: it must not hide the token that ends where it starts.
      if (token.end > token.start) this.byEnd.set(token.end, i);
    });
  }

  first(node: Node): FormatToken {
    const i = 'start' in node && node.start !== undefined ? this.byStart.get(node.start.offset) : undefined;
    return i === undefined ? mismatch(`no token starts ${node.node}`) : (this.tokens[i] as FormatToken);
  }

  last(node: Node): FormatToken {
    const i = 'end' in node && node.end !== undefined ? this.byEnd.get(node.end.offset) : undefined;
    return i === undefined ? mismatch(`no token ends ${node.node}`) : (this.tokens[i] as FormatToken);
  }

  /** The tokens and child nodes that make up `node`, in source order. */
  partsOf(node: Node): Part[] {
    const children = childNodes(node);
    const end = (node as { end: { offset: number } }).end.offset;
    const parts: Part[] = [];
    let c = 0;
    for (let i = this.first(node).index; i < this.tokens.length; ) {
      const token = this.tokens[i] as FormatToken;
      if (token.start >= end || token.end > end) break;
      // Children that start inside an f-string token print with it.
      while (c < children.length && offsetOf(children[c] as Node) < token.start) c++;
      const child = children[c];
      if (child !== undefined && offsetOf(child) === token.start) {
        parts.push({ node: child });
        c++;
        i = this.last(child).index + 1;
      } else {
        parts.push({ token });
        i++;
      }
    }
    return parts;
  }
}

function offsetOf(node: Node): number {
  return (node as { start: { offset: number } }).start.offset;
}

function hasPosition(node: Node): boolean {
  return 'start' in node && node.start !== undefined && 'end' in node && node.end !== undefined && node.end.offset > node.start.offset;
}

/**
 * The nearest descendants that have a source range, in source order. Nodes without one (the
 * synthetic `0` of `-x`, named arguments) are looked through; empty ones only exist in programs
 * with errors and are left out.
 */
export function childNodes(node: Node): Node[] {
  const found: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'start' && key !== 'end' && key !== 'node') collect(value, found);
  }
  return found.sort((a, b) => offsetOf(a) - offsetOf(b));
}

function collect(value: unknown, found: Node[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found);
    return;
  }
  if (typeof value !== 'object' || value === null || !('node' in value) || typeof value.node !== 'string') return;
  const node = value as Node;
  if (hasPosition(node)) found.push(node);
  else if (!('start' in node)) for (const [key, inner] of Object.entries(node)) if (key !== 'node') collect(inner, found);
}

// ---------------------------------------------------------------------------------------------
// Reading parts
// ---------------------------------------------------------------------------------------------

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/** The text of an own token, lower-cased for words; undefined for a child node. */
export function textOf(part: Part | undefined): string | undefined {
  if (part?.token === undefined) return undefined;
  return part.token.word || part.token.text;
}

/** The index of the own closing bracket matching the opening one at `open`. */
export function matching(parts: Part[], open: number): number {
  let depth = 0;
  for (let i = open; i < parts.length; i++) {
    const text = textOf(parts[i]);
    if (text !== undefined && OPENERS.has(text)) depth++;
    if (text !== undefined && CLOSERS.has(text) && --depth === 0) return i;
  }
  return mismatch('unbalanced brackets');
}

/** Splits `parts` at own tokens with text `separator` that are outside own brackets. */
export function splitTop(parts: Part[], separator: string): { pieces: Part[][]; separators: FormatToken[] } {
  const pieces: Part[][] = [[]];
  const separators: FormatToken[] = [];
  let depth = 0;
  for (const part of parts) {
    const text = textOf(part);
    if (text !== undefined && OPENERS.has(text)) depth++;
    if (text !== undefined && CLOSERS.has(text)) depth--;
    if (depth === 0 && text === separator && part.token !== undefined) {
      separators.push(part.token);
      pieces.push([]);
    } else {
      (pieces[pieces.length - 1] as Part[]).push(part);
    }
  }
  return { pieces, separators };
}

/** Consumes a node's parts front to back. */
export class Cursor {
  private i = 0;

  constructor(readonly parts: Part[]) {}

  peek(ahead = 0): Part | undefined {
    return this.parts[this.i + ahead];
  }

  /** Is the next part the own token `text` (words compare lower-cased)? */
  at(text: string, ahead = 0): boolean {
    return textOf(this.peek(ahead)) === text;
  }

  get done(): boolean {
    return this.i >= this.parts.length;
  }

  take(): Part {
    const part = this.parts[this.i++];
    return part ?? mismatch('missing part');
  }

  /** The next own token; with `text`, it must be that token. */
  token(text?: string): FormatToken {
    const part = this.take();
    if (part.token === undefined || (text !== undefined && textOf(part) !== text)) {
      return mismatch(`expected '${text ?? 'a token'}'`);
    }
    return part.token;
  }

  node(): Node {
    const part = this.take();
    return part.node ?? mismatch('expected a node');
  }

  /** The parts from here to the own bracket closing the one that is next (both excluded). */
  bracketed(open: string): { open: FormatToken; inner: Part[]; close: FormatToken } {
    if (!this.at(open)) mismatch(`expected '${open}'`);
    const close = matching(this.parts, this.i);
    const inner = this.parts.slice(this.i + 1, close);
    const openToken = this.token();
    this.i = close;
    return { open: openToken, inner, close: this.token() };
  }

  /** The parts up to (not including) the next own token `text` outside brackets, or to the end. */
  until(text: string): Part[] {
    const rest = this.parts.slice(this.i);
    const piece = splitTop(rest, text).pieces[0] as Part[];
    this.i += piece.length;
    return piece;
  }

  /** The remaining parts except a final run of own tokens `text` (a statement's `;`). */
  before(text: string): Part[] {
    let end = this.parts.length;
    while (end > this.i && textOf(this.parts[end - 1]) === text) end--;
    const taken = this.parts.slice(this.i, end);
    this.i = end;
    return taken;
  }

  rest(): Part[] {
    const rest = this.parts.slice(this.i);
    this.i = this.parts.length;
    return rest;
  }

  end(): void {
    if (!this.done) mismatch('unexpected extra parts');
  }
}
