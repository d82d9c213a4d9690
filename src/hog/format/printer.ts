// Prints a node by its family's function (statements.ts, controlFlow.ts, operators.ts,
// collections.ts); a node kind without one, or whose tokens its function does not expect, prints
// as its source text, so new node kinds (embedded HogQL) format safely before they are known.
import type { Node, NodeType } from '../ast';
import { commentsOnly, leadingDocs, tokenDoc, trailingDocs } from './comments';
import { type Doc, group, indent, softline } from './doc';
import { canGlue } from './glue';
import { Cursor, LayoutMismatch, matching, type Part, TokenIndex } from './parts';
import { TokenKind } from '../tokens';
import type { FormatToken } from './tokens';

export type Family<K extends NodeType> = (node: Extract<Node, { node: K }>, parts: Cursor, printer: Printer) => Doc;
export type Families = { [K in NodeType]?: Family<K> };

/** Words that act as operators or keywords: a `(` after them opens a group, not a call. */
const OPERATOR_WORDS = new Set([
  'and', 'or', 'not', 'in', 'like', 'ilike', 'between', 'is', 'as', 'case', 'when', 'then', 'else',
  'end', 'interval', 'return', 'throw', 'let', 'if', 'while', 'for', 'cohort', 'distinct', 'from',
]);
const GLUE_AFTER = new Set(['(', '[', '.', '?.', '::', '#']);
const GLUE_BEFORE = new Set([')', ']', ',', ';', '.', '?.', '::', ':']);

/** A run of parts printed as one unit, with the tokens at its edges. */
interface Piece {
  doc: Doc;
  first: FormatToken;
  last: FormatToken;
  /** A parenthesised group or an index: glued to a name or a closing bracket before it. */
  bracketed: boolean;
}

export class Printer {
  readonly index: TokenIndex;
  /** Operator chains, with their layout for when brackets around them already indent them. */
  private readonly chains = new WeakMap<object, Doc>();

  constructor(
    readonly source: string,
    readonly tokens: FormatToken[],
    private readonly families: Families,
    /** Trailing commas stay as written (see printChecked). */
    readonly keepTrailingCommas = false,
    private readonly onVerbatim?: (kind: string) => void,
  ) {
    this.index = new TokenIndex(tokens);
  }

  node(node: Node): Doc {
    const family = this.families[node.node] as Family<NodeType> | undefined;
    if (family === undefined) return this.verbatim(node);
    try {
      return family(node as never, new Cursor(this.index.partsOf(node)), this);
    } catch (error) {
      if (error instanceof LayoutMismatch) return this.verbatim(node);
      throw error;
    }
  }

  /** The node's source text as written, with the comments around it. */
  verbatim(node: Node): Doc {
    this.onVerbatim?.(node.node);
    const first = this.index.first(node);
    const last = this.index.last(node);
    if (first === last) return tokenDoc(first);
    return [...leadingDocs(first), this.source.slice(first.start, last.end), ...trailingDocs(last.trailing)];
  }

  token(token: FormatToken): Doc {
    return tokenDoc(token);
  }

  /** A keyword, lower-cased. */
  keyword(token: FormatToken): Doc {
    return tokenDoc(token, token.kind === TokenKind.Word ? token.text.toLowerCase() : token.text);
  }

  /** A token the formatter leaves out, keeping its comments. */
  dropped(token: FormatToken): Doc {
    const previous = this.tokens[token.index - 1];
    return commentsOnly(token, previous?.trailing[previous.trailing.length - 1]?.isLine === true);
  }

  part(part: Part): Doc {
    return part.node !== undefined ? this.node(part.node) : tokenDoc(part.token);
  }

  firstToken(parts: Part[]): FormatToken {
    const part = parts[0];
    if (part === undefined) throw new LayoutMismatch('empty');
    return part.node !== undefined ? this.index.first(part.node) : part.token;
  }

  lastToken(parts: Part[]): FormatToken {
    const part = parts[parts.length - 1];
    if (part === undefined) throw new LayoutMismatch('empty');
    return part.node !== undefined ? this.index.last(part.node) : part.token;
  }

  /** One expression: a node, an f-string, a parenthesised expression, or a run of parts. */
  operand(parts: Part[]): Doc {
    if (parts.length === 1) return this.part(parts[0] as Part);
    if (parts[0]?.token?.text === '(' && matching(parts, 0) === parts.length - 1) {
      const close = (parts[parts.length - 1] as Part).token as FormatToken;
      return this.brackets((parts[0] as Part).token as FormatToken, this.operand(parts.slice(1, -1)), close);
    }
    return this.segment(parts);
  }

  /** `open` + contents + `close`, the contents indented on their own lines when they do not fit. */
  brackets(open: FormatToken, contents: Doc, close: FormatToken): Doc {
    const inner = (typeof contents === 'object' && this.chains.get(contents)) || contents;
    return group([this.token(open), indent([softline, inner, ...this.closingComments(close)]), softline, this.closer(close)]);
  }

  /** Registers an operator chain's layout without its own indentation (see brackets). */
  chainGroup(chain: Doc, unindented: Doc): Doc {
    if (typeof chain === 'object') this.chains.set(chain, unindented);
    return chain;
  }

  /** Own-line comments before a closing bracket, printed inside the brackets. */
  closingComments(close: FormatToken): Doc[] {
    return leadingDocs(close, false);
  }

  /** A closing bracket whose leading comments were printed by closingComments. */
  closer(close: FormatToken): Doc {
    return [close.text, ...trailingDocs(close.trailing)];
  }

  /**
   * Parts joined by spaces, except where tokens glue (`a.b`, `f(x)`, `x,`): the fallback layout
   * for runs no family describes (named arguments, `interval 2 day`, `distinct x`, cast types).
   */
  segment(parts: Part[]): Doc {
    const pieces = this.pieces(parts);
    const docs: Doc[] = [];
    pieces.forEach((piece, i) => {
      const previous = pieces[i - 1];
      if (previous !== undefined) docs.push(this.separator(previous, piece));
      docs.push(piece.doc);
    });
    return docs;
  }

  private pieces(parts: Part[]): Piece[] {
    const pieces: Piece[] = [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as Part;
      if (part.token !== undefined && (part.token.text === '(' || part.token.text === '[')) {
        const close = matching(parts, i);
        const closeToken = (parts[close] as Part).token as FormatToken;
        const inner = this.segmentOrEmpty(parts.slice(i + 1, close));
        const doc = [this.token(part.token), inner, ...this.closingComments(closeToken), this.closer(closeToken)];
        pieces.push({ doc, first: part.token, last: closeToken, bracketed: true });
        i = close;
        continue;
      }
      const single = [part];
      pieces.push({ doc: this.part(part), first: this.firstToken(single), last: this.lastToken(single), bracketed: false });
    }
    return pieces;
  }

  private segmentOrEmpty(parts: Part[]): Doc {
    return parts.length === 0 ? '' : this.segment(parts);
  }

  private separator(previous: Piece, next: Piece): Doc {
    const left = previous.last;
    const right = next.first;
    let glue = GLUE_AFTER.has(left.text) || GLUE_BEFORE.has(right.text);
    if (next.bracketed && !OPERATOR_WORDS.has(left.word) && isCallee(left)) glue = true;
    return glue && canGlue(left.text, right.text) ? '' : ' ';
  }
}

/** Can `token` end something a `(` or `[` applies to (a call or an index)? */
function isCallee(token: FormatToken): boolean {
  return (
    token.kind === TokenKind.Word ||
    token.kind === TokenKind.QuotedName ||
    token.kind === TokenKind.TemplateStart ||
    token.kind === TokenKind.String ||
    token.text === ')' ||
    token.text === ']'
  );
}
