// The parser's cursor over the token list, position helpers, error reporting and speculation.
// parserExpressions.ts and parser.ts build the grammar on top of it.
import type { Constant, Position, WindowFrameExpr } from './ast';
import { DiagnosticList } from './syntaxErrors';
import { describeToken, KEYWORDS, Token, TokenKind } from './tokens';

/** Binding strength of operators, loosest first (the official grammar's precedence order). */
export const enum Prec {
  Lowest,
  Alias,
  Ternary,
  Or,
  And,
  Not,
  Between,
  Nullish,
  NullSafeEq,
  IsNull,
  IgnoreNulls,
  Compare,
  Additive,
  Multiplicative,
  Negate,
}

/** Where to return to when a speculative parse is abandoned. */
interface Mark {
  index: number;
  diagnostics: number;
  prev: Token;
}

export abstract class ParserCore {
  protected index = 0;
  protected tok: Token;
  /** The last consumed token: every node ends where it ends. */
  protected prev: Token;
  /**
   * Number constants whose official JSON text is not what `JSON.stringify` prints for their
   * value: floats (`1000.0`, `0.10000000000000001`) and integers beyond 2^53; likewise window
   * frame bounds, which hold a constant's bare value.
   */
  readonly numberTexts = new Map<Constant | WindowFrameExpr, string>();
  /** Nesting depth of expressions and statements, bounded to avoid stack overflow. */
  protected depth = 0;
  protected static readonly MAX_DEPTH = 1000;

  constructor(
    protected readonly source: string,
    protected readonly tokens: Token[],
    readonly diagnostics: DiagnosticList,
  ) {
    this.tok = tokens[0] as Token;
    this.prev = this.tok;
  }

  // ------------------------------------------------------------------------------------------
  // Cursor
  // ------------------------------------------------------------------------------------------

  protected advance(): Token {
    const token = this.tok;
    if (token.kind !== TokenKind.EOF) {
      this.index++;
      this.tok = this.tokens[this.index] as Token;
    }
    this.prev = token;
    return token;
  }

  protected peek(ahead = 1): Token {
    const i = Math.min(this.index + ahead, this.tokens.length - 1);
    return this.tokens[i] as Token;
  }

  protected at(kind: TokenKind): boolean {
    return this.tok.kind === kind;
  }

  /** Is the current token the (unquoted, case-insensitive) word `word`? */
  protected atWord(word: string): boolean {
    return this.tok.kind === TokenKind.Word && this.tok.word === word;
  }

  protected eat(kind: TokenKind): boolean {
    if (this.tok.kind !== kind) return false;
    this.advance();
    return true;
  }

  protected eatWord(word: string): boolean {
    if (!this.atWord(word)) return false;
    this.advance();
    return true;
  }

  /** The lower-cased word `ahead` tokens from here, or '' when that token is not a word. */
  protected wordAt(ahead: number): string {
    const token = this.peek(ahead);
    return token.kind === TokenKind.Word ? token.word : '';
  }

  /** Consumes `word` or reports what was expected instead. */
  protected expectWord(word: string, context: string): boolean {
    if (this.eatWord(word)) return true;
    this.errorAt(this.tok, `expected '${word.toUpperCase()}' ${context}, found ${this.describe(this.tok)}`);
    return false;
  }

  /** Consumes `kind` or reports `text` as expected. */
  protected expect(kind: TokenKind, text: string, context: string): boolean {
    if (this.eat(kind)) return true;
    this.errorAt(this.tok, `expected '${text}' ${context}, found ${this.describe(this.tok)}`);
    return false;
  }

  // ------------------------------------------------------------------------------------------
  // Positions
  // ------------------------------------------------------------------------------------------

  protected startOf(token: Token): Position {
    return { column: token.column, line: token.line, offset: token.start };
  }

  protected endOf(token: Token): Position {
    return { column: token.endColumn, line: token.endLine, offset: token.end };
  }

  /** The end of the last consumed token: the end of the node being finished. */
  protected endPos(): Position {
    return this.endOf(this.prev);
  }

  /**
   * Where the official parser places a clause that matched no tokens (`OVER ()`): it starts at
   * the next token and ends where the previous one ends.
   */
  protected emptySpan(): { end: Position; start: Position } {
    return { end: this.endPos(), start: this.startOf(this.tok) };
  }

  // ------------------------------------------------------------------------------------------
  // Errors
  // ------------------------------------------------------------------------------------------

  protected errorAt(token: Token, message: string): void {
    this.diagnostics.add(message, this.startOf(token), this.endOf(token));
  }

  protected errorSpan(first: Token, last: Token, message: string): void {
    this.diagnostics.add(message, this.startOf(first), this.endOf(last));
  }

  protected describe(token: Token): string {
    return describeToken(token, this.source);
  }

  /** The source text of a token range, for messages. */
  protected textOf(first: Token, last: Token): string {
    return this.source.slice(first.start, last.end);
  }

  /**
   * Does the bracket group opening `ahead` tokens from here hold a comma at its top level
   * (`if(a, b, c)`, `x[1, 2]`)? Decides readings that the official parser settles by lookahead.
   */
  protected groupHoldsComma(ahead = 0): boolean {
    let depth = 0;
    for (let i = this.index + ahead; i < this.tokens.length; i++) {
      const kind = (this.tokens[i] as Token).kind;
      if (kind === TokenKind.LParen || kind === TokenKind.LBracket || kind === TokenKind.LBrace) depth++;
      else if (kind === TokenKind.RParen || kind === TokenKind.RBracket || kind === TokenKind.RBrace) {
        depth--;
        if (depth <= 0) return false;
      } else if (kind === TokenKind.Comma && depth === 1) return true;
      else if (kind === TokenKind.EOF) return false;
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------
  // Token classes
  // ------------------------------------------------------------------------------------------

  /** Is `token` an IDENTIFIER of the official lexer (not a keyword), or a quoted name? */
  protected isPlainIdentifier(token: Token): boolean {
    return (token.kind === TokenKind.Word && !KEYWORDS.has(token.word)) || token.kind === TokenKind.QuotedName;
  }

  /** Can `token` be a name (a non-reserved word or a quoted name)? */
  protected isName(token: Token): boolean {
    return (token.kind === TokenKind.Word && !token.reserved) || token.kind === TokenKind.QuotedName;
  }

  protected isNumber(token: Token): boolean {
    const kind = token.kind;
    return (
      kind === TokenKind.Integer ||
      kind === TokenKind.Float ||
      kind === TokenKind.Hex ||
      kind === TokenKind.Binary ||
      (kind === TokenKind.Word && (token.word === 'inf' || token.word === 'infinity' || token.word === 'nan'))
    );
  }

  /** The index of `token` in the token list (tokens are in source order). */
  private indexOfToken(token: Token): number {
    let low = 0;
    let high = this.tokens.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.tokens[mid] as Token).start < token.start) low = mid + 1;
      else high = mid;
    }
    while (low < this.tokens.length - 1 && this.tokens[low] !== token) low++;
    return low;
  }

  /**
   * Do the tokens from `i` read `< name attr… />` (a tag the lexer did not recognise, such as
   * `< a/>`)? The official grammar takes such a `<` as a tag, not as a comparison.
   */
  protected selfClosingTagAt(i: number): boolean {
    const tokens = this.tokens;
    if (tokens[i]?.kind !== TokenKind.Lt || !this.isName(tokens[i + 1] as Token)) return false;
    let j = i + 2;
    for (;;) {
      const token = tokens[j];
      if (token === undefined) return false;
      if (token.kind === TokenKind.SlashGt) return true;
      if (!this.isName(token)) return false;
      j++;
      if (tokens[j]?.kind !== TokenKind.EqSingle) continue;
      j++;
      if (tokens[j]?.kind === TokenKind.String) j++;
      else return false;
    }
  }

  /** Can an expression begin `ahead` tokens from here? Exact for `+` and `.`, unlike startsExpression. */
  protected startsExpressionAt(ahead: number): boolean {
    const token = this.peek(ahead);
    if (token.kind === TokenKind.Plus) return this.isNumber(this.peek(ahead + 1));
    if (token.kind === TokenKind.Dot) return this.peek(ahead + 1).kind === TokenKind.Integer;
    return this.startsExpression(token);
  }

  /** Can an expression begin with `token`? */
  protected startsExpression(token: Token): boolean {
    switch (token.kind) {
      case TokenKind.Word:
        return !token.reserved || token.word === 'null' || this.isNumber(token);
      case TokenKind.QuotedName:
      case TokenKind.String:
      case TokenKind.TemplateStart:
      case TokenKind.Integer:
      case TokenKind.Float:
      case TokenKind.Hex:
      case TokenKind.Binary:
      case TokenKind.LParen:
      case TokenKind.LBracket:
      case TokenKind.LBrace:
      case TokenKind.Dash:
      case TokenKind.Plus:
      case TokenKind.Star:
      case TokenKind.Hash:
      case TokenKind.TagStart:
        return true;
      case TokenKind.Lt:
        return this.selfClosingTagAt(this.indexOfToken(token));
      case TokenKind.Dot: // `.5`
        return true;
      default:
        return false;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Missing expressions
  // ------------------------------------------------------------------------------------------

  /** A null constant standing in for a missing expression (only in programs with errors). */
  protected placeholder(): Constant {
    const at = this.endPos();
    return { end: at, node: 'Constant', start: at, value: null };
  }

  /** Reports a token that cannot start an expression, with a hint for common mistakes. */
  protected reportUnexpected(token: Token): void {
    if (token.kind === TokenKind.Word && token.reserved) {
      if (token.word === 'let') {
        this.errorAt(token, "'let' is a statement and cannot appear inside an expression");
        return;
      }
      if (token.word === 'fun' || token.word === 'fn') {
        this.errorAt(token, `'${token.value}' declares a named function and cannot be used as an expression; use a lambda (x -> ...)`);
        return;
      }
      this.errorAt(token, `'${token.value}' is a keyword and cannot be used as a value`);
      return;
    }
    if (token.kind === TokenKind.EOF) {
      this.errorAt(token, 'expected an expression before the end of the file');
      return;
    }
    this.errorAt(token, `expected an expression, found ${this.describe(token)}`);
  }

  // ------------------------------------------------------------------------------------------
  // Speculation: try a reading of the tokens and undo it if it does not fit
  // ------------------------------------------------------------------------------------------

  protected mark(): Mark {
    return { index: this.index, diagnostics: this.diagnostics.length, prev: this.prev };
  }

  protected reset(mark: Mark): void {
    this.index = mark.index;
    this.tok = this.tokens[mark.index] as Token;
    this.prev = mark.prev;
    this.diagnostics.truncate(mark.diagnostics);
  }

  /** Did the parse since `mark` report any error? */
  protected failedSince(mark: Mark): boolean {
    return this.diagnostics.length > mark.diagnostics;
  }

  /** Offset of the first error reported since `mark` (Infinity when there is none). */
  private firstErrorSince(mark: Mark): number {
    let first = Infinity;
    for (let i = mark.diagnostics; i < this.diagnostics.length; i++) {
      first = Math.min(first, (this.diagnostics.items[i] as { start: Position }).start.offset);
    }
    return first;
  }

  /**
   * Two readings of the same tokens, in the official grammar's order of preference: the first
   * that parses without error wins. When both fail, the one that got further before its first
   * error is kept, so that its errors are the ones reported.
   */
  protected eitherOf<T>(first: () => T, second: () => T): T {
    // Nested speculation multiplies the work; deep down, commit to the preferred reading.
    if (this.speculation >= ParserCore.MAX_SPECULATION) return first();
    this.speculation++;
    try {
      const mark = this.mark();
      const a = first();
      if (!this.failedSince(mark)) return a;
      const aError = this.firstErrorSince(mark);
      this.reset(mark);
      const b = second();
      if (!this.failedSince(mark)) return b;
      if (this.firstErrorSince(mark) > aError) return b;
      this.reset(mark);
      return first();
    } finally {
      this.speculation--;
    }
  }

  private speculation = 0;
  private static readonly MAX_SPECULATION = 6;
}

/** Returns `node` with its keys in alphabetical order, as the official JSON has them. */
export function sortedKeys<T extends object>(node: T): T {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(node).sort()) sorted[key] = (node as Record<string, unknown>)[key];
  return sorted as T;
}

/** Tokens that are binary operators (used to explain a missing operand). */
export function isBinaryOperator(kind: TokenKind): boolean {
  return kind >= TokenKind.Plus && kind <= TokenKind.Nullish && kind !== TokenKind.NullProperty;
}
