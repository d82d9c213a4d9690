// Bracketed expressions: argument lists, parentheses and tuples, lambdas, arrays, dicts and
// f-strings. Names, numbers and prefix operators are in parserPrimary.ts.
import type { Block, Dict, Expr, Lambda } from './ast';
import { isBinaryOperator, ParserCore, Prec } from './parserCore';
import { KEYWORDS, Token, TokenKind } from './tokens';

export abstract class CollectionParser extends ParserCore {
  protected abstract parseExpr(minPrec: Prec): Expr;
  protected abstract parseBlock(what: string): Block;
  /** A query (`select …`, `a UNION b`, `{placeholder}`) between parentheses, after `(`. */
  protected abstract parseQueryBody(): Expr;
  /** `(* EXCLUDE (…) REPLACE (…))` / `(* REPLACE (…))`, at `(`. */
  protected abstract parseParenthesizedColumns(): Expr;

  /** `( expr, expr, ... )` with an optional trailing comma. */
  protected parseArguments(): { args: Expr[] } {
    const open = this.advance();
    return { args: this.parseList(open, TokenKind.RParen, 'argument') };
  }

  /**
   * Comma-separated expressions up to `close` (a trailing comma is allowed). A missing
   * separator is reported and assumed; a missing `close` is reported at `open`.
   */
  protected parseList(open: Token, close: TokenKind, what: string, until?: () => boolean): Expr[] {
    const items: Expr[] = [];
    const closer = close === TokenKind.RParen ? ')' : ']';
    while (!this.eat(close)) {
      if (until?.()) return items;
      if (this.at(TokenKind.EOF) || (this.prev.kind !== TokenKind.Comma && items.length > 0 && this.isStatementBoundary())) {
        this.errorAt(open, `unclosed '${this.describe(open).slice(1, -1)}': expected '${closer}' to end the ${what} list`);
        break;
      }
      if (this.at(TokenKind.Comma)) {
        this.errorAt(this.tok, items.length === 0 ? `unexpected ',' before the first ${what}` : `unexpected ',': missing ${what}`);
        this.advance();
        continue;
      }
      if (!this.startsExpression(this.tok)) {
        if (this.tok.kind === TokenKind.Word && this.tok.reserved && (this.tok.word === 'let' || this.tok.word === 'fun' || this.tok.word === 'fn')) {
          this.reportUnexpected(this.tok);
          this.skipForeignStatement(close);
          continue;
        }
        this.errorAt(open, `unclosed '${this.describe(open).slice(1, -1)}': expected '${closer}' to end the ${what} list`);
        break;
      }
      items.push(this.parseExpr(Prec.Lowest));
      if (this.eat(TokenKind.Comma) || this.at(close) || until?.()) continue;
      if (this.startsExpression(this.tok) && !this.tok.newlineBefore) {
        this.errorAt(this.tok, `expected ',' or '${closer}' between ${what}s`);
      }
    }
    return items;
  }

  /** Skips a statement written where an expression belongs (`print(let x := 1)`). */
  private skipForeignStatement(close: TokenKind): void {
    let depth = 0;
    while (!this.at(TokenKind.EOF)) {
      const kind = this.tok.kind;
      if (depth === 0 && (kind === close || kind === TokenKind.Comma)) return;
      if (kind === TokenKind.LParen || kind === TokenKind.LBracket || kind === TokenKind.LBrace) depth++;
      if (kind === TokenKind.RParen || kind === TokenKind.RBracket || kind === TokenKind.RBrace) depth--;
      if (depth < 0) return;
      this.advance();
    }
  }

  /** Does the current token begin a new line that reads as a new statement? */
  protected isStatementBoundary(): boolean {
    const token = this.tok;
    if (!token.newlineBefore) return false;
    if (token.kind !== TokenKind.Word) return false;
    return token.reserved || this.peek().kind === TokenKind.LParen || this.peek().kind === TokenKind.ColonEquals;
  }

  // ------------------------------------------------------------------------------------------
  // Lambdas
  // ------------------------------------------------------------------------------------------

  /**
   * If the tokens from `from` read `name, name, ... ->` (parameters without parentheses),
   * the index of the arrow; otherwise -1.
   */
  protected lambdaParamsEnd(from: number): number {
    let i = from;
    for (;;) {
      const name = this.tokens[i];
      if (name === undefined || !this.isName(name)) return -1;
      i++;
      let next = this.tokens[i];
      if (next?.kind === TokenKind.Comma) {
        i++;
        next = this.tokens[i];
      }
      if (next?.kind === TokenKind.Arrow) return i;
      if (this.tokens[i - 1]?.kind !== TokenKind.Comma) return -1;
    }
  }

  /** `x -> body` or `a, b -> body`, starting at the first name. */
  protected parseLambda(first: Token): Lambda {
    const args: string[] = [];
    while (!this.at(TokenKind.Arrow)) {
      const token = this.advance();
      if (token.kind !== TokenKind.Comma) args.push(token.value);
    }
    return this.parseLambdaBody(first, args);
  }

  /** After the parameters: `-> expr` or `-> { block }`. */
  protected parseLambdaBody(first: Token, args: string[]): Lambda {
    this.advance(); // ->
    const expr = this.at(TokenKind.LBrace) ? this.parseBracedBody() : this.parseExpr(Prec.Lowest);
    return { args, end: this.endPos(), expr, node: 'Lambda', start: this.startOf(first) };
  }

  /**
   * A lambda body in braces. Like the official parser, prefer an expression (`{}` is an empty
   * dict, `{x}` a placeholder) and fall back to a block of statements.
   */
  private parseBracedBody(): Expr | Block {
    const next = this.peek();
    const plainlyBlock = next.kind === TokenKind.Word && next.reserved && next.word !== 'null' && !this.isNumber(next);
    if (!plainlyBlock) {
      const mark = this.mark();
      const expr = this.parseBraced();
      if (!this.failedSince(mark) && this.prev.kind === TokenKind.RBrace) return expr;
      this.reset(mark);
    }
    return this.parseBlock('lambda body');
  }

  // ------------------------------------------------------------------------------------------
  // Parentheses, arrays, dicts
  // ------------------------------------------------------------------------------------------

  /** `(expr)`, `(a, b)`, `(a,)`, or a lambda `(a, b) -> ...` / `() -> ...`. */
  protected parseParenthesized(): Expr {
    const open = this.tok;
    const arrow = this.parenLambdaArrow();
    if (arrow > 0) {
      const args: string[] = [];
      this.advance();
      while (this.index < arrow - 1) {
        const token = this.advance();
        if (this.isName(token)) args.push(token.value);
      }
      this.advance(); // )
      return this.parseLambdaBody(open, args);
    }
    const query = this.queryStartsAt(1);
    if (query === 'select') return this.eitherOf(() => this.parseParenthesizedQuery(), () => this.parseParenthesizedExpr(open));
    if (query === 'maybe') return this.eitherOf(() => this.parseParenthesizedExpr(open), () => this.parseParenthesizedQuery());
    if (this.peek().kind === TokenKind.Star && (this.wordAt(2) === 'exclude' || this.wordAt(2) === 'replace')) {
      return this.eitherOf(() => this.parseParenthesizedExpr(open), () => this.parseParenthesizedColumns());
    }
    return this.parseParenthesizedExpr(open);
  }

  /**
   * Can a query start `ahead` tokens from here, after any number of `(`? 'select' when it
   * surely does (`select`, `with`), 'maybe' when a `{placeholder}` could be one, else null.
   */
  protected queryStartsAt(ahead: number): 'select' | 'maybe' | null {
    let i = ahead;
    while (this.peek(i).kind === TokenKind.LParen) i++;
    const token = this.peek(i);
    if (token.kind === TokenKind.Word && (token.word === 'select' || token.word === 'with')) return 'select';
    return token.kind === TokenKind.LBrace ? 'maybe' : null;
  }

  /** `( query )` */
  private parseParenthesizedQuery(): Expr {
    const open = this.advance();
    const query = this.parseQueryBody();
    this.expectQueryClose(open, 'query');
    return query;
  }

  protected expectClosingParen(open: Token, what: string): void {
    if (this.eat(TokenKind.RParen)) return;
    if (this.at(TokenKind.EOF)) this.errorAt(open, `unclosed '(': expected ')' to close the ${what}`);
    else this.errorAt(this.tok, `expected ')' to close the ${what} opened at line ${open.line}, found ${this.describe(this.tok)}`);
  }

  /** Like expectClosingParen; after the error, skips to the matching `)` so that parsing resumes there. */
  protected expectQueryClose(open: Token, what: string): void {
    if (this.at(TokenKind.RParen)) {
      this.advance();
      return;
    }
    this.expectClosingParen(open, what);
    let depth = 0;
    for (let i = 0; ; i++) {
      const kind = this.peek(i).kind;
      if (kind === TokenKind.EOF) return;
      if (kind === TokenKind.LParen) depth++;
      else if (kind === TokenKind.RParen && depth-- === 0) {
        for (let j = 0; j <= i; j++) this.advance();
        return;
      }
    }
  }

  /** `(expr)` or a tuple `(a, b)`. */
  private parseParenthesizedExpr(open: Token): Expr {
    this.advance();
    if (this.at(TokenKind.RParen)) {
      this.errorAt(this.tok, "empty parentheses: expected an expression before ')'");
      this.advance();
      return this.placeholder();
    }
    const first = this.parseExpr(Prec.Lowest);
    if (this.eat(TokenKind.RParen)) return first;
    if (!this.at(TokenKind.Comma)) {
      this.errorAt(open, "unclosed '(': expected ')'");
      return first;
    }
    this.advance();
    const exprs = [first, ...this.parseList(open, TokenKind.RParen, 'tuple element')];
    return { end: this.endPos(), exprs, node: 'Tuple', start: this.startOf(open) };
  }

  /** If the tokens at `(` read `(a, b) ->` or `() ->`, the index of the arrow; else -1. */
  private parenLambdaArrow(): number {
    let i = this.index + 1;
    if (this.tokens[i]?.kind === TokenKind.RParen) {
      return this.tokens[i + 1]?.kind === TokenKind.Arrow ? i + 1 : -1;
    }
    for (;;) {
      const name = this.tokens[i];
      if (name === undefined || !this.isName(name)) return -1;
      i++;
      if (this.tokens[i]?.kind === TokenKind.Comma) i++;
      if (this.tokens[i]?.kind === TokenKind.RParen) {
        return this.tokens[i + 1]?.kind === TokenKind.Arrow ? i + 1 : -1;
      }
      if (this.tokens[i - 1]?.kind !== TokenKind.Comma) return -1;
    }
  }

  /** `[a, b, c]` (also `array[...]`); `first` is the `[` or the word `array`. */
  protected parseArray(first: Token): Expr {
    const open = this.advance();
    if (this.at(TokenKind.Comma) && this.peek().kind === TokenKind.RBracket) {
      this.errorAt(this.tok, "unexpected ',' in empty array: write []");
      this.advance();
    }
    const exprs = this.parseArrayItems(open);
    return { end: this.endPos(), exprs, node: 'Array', start: this.startOf(first) };
  }

  private parseArrayItems(open: Token): Expr[] {
    const items: Expr[] = [];
    let reported = false; // one missing-comma report per array is enough
    while (!this.eat(TokenKind.RBracket)) {
      const separated = this.prev.kind === TokenKind.Comma || items.length === 0;
      if (this.at(TokenKind.EOF) || (!separated && this.isStatementBoundary()) || !this.startsExpression(this.tok)) {
        if (this.at(TokenKind.Comma)) {
          this.errorAt(this.tok, "unexpected ',': missing array element");
          this.advance();
          continue;
        }
        this.errorAt(open, "unclosed '[': expected ']' to end the array");
        break;
      }
      items.push(this.parseExpr(Prec.Lowest));
      if (this.eat(TokenKind.Comma) || this.at(TokenKind.RBracket)) continue;
      if (this.startsExpression(this.tok) && !this.isStatementBoundary() && !reported) {
        this.errorAt(this.tok, "expected ',' or ']' between array elements");
        reported = true;
      }
    }
    return items;
  }

  /** `{}` / `{k: v, ...}` (dict) or `{expr}` (placeholder). */
  protected parseBraced(): Expr {
    const open = this.advance();
    if (this.eat(TokenKind.RBrace)) return { end: this.endPos(), items: [], node: 'Dict', start: this.startOf(open) };
    const first = this.parseExpr(Prec.Lowest);
    if (this.eat(TokenKind.RBrace)) {
      return { end: this.endPos(), expr: first, node: 'Placeholder', start: this.startOf(open) };
    }
    return this.parseDictItems(open, first);
  }

  private parseDictItems(open: Token, firstKey: Expr): Dict {
    const items: [Expr, Expr][] = [];
    let key: Expr | null = firstKey;
    for (;;) {
      if (key === null) {
        if (this.eat(TokenKind.RBrace)) break;
        if (this.at(TokenKind.EOF) || !this.startsExpression(this.tok)) {
          this.errorAt(open, "unclosed '{': expected '}' to end the dictionary");
          break;
        }
        key = this.parseExpr(Prec.Lowest);
      }
      this.expectDictColon();
      items.push([key, this.parseExpr(Prec.Lowest)]);
      key = null;
      if (this.eat(TokenKind.Comma)) continue;
      if (this.eat(TokenKind.RBrace)) break;
      if (this.startsExpression(this.tok) && !this.isStatementBoundary()) {
        this.errorAt(this.tok, "expected ',' or '}' between dictionary entries");
        continue;
      }
      this.errorAt(open, "unclosed '{': expected '}' to end the dictionary");
      break;
    }
    return { end: this.endPos(), items, node: 'Dict', start: this.startOf(open) };
  }

  private expectDictColon(): void {
    if (this.eat(TokenKind.Colon)) return;
    if (this.at(TokenKind.ColonEquals) || this.at(TokenKind.EqSingle)) {
      this.errorAt(this.tok, `dictionary entries use ':' between key and value, not ${this.describe(this.tok)}`);
      this.advance();
      return;
    }
    this.errorAt(this.tok, `expected ':' between dictionary key and value, found ${this.describe(this.tok)}`);
  }

  // ------------------------------------------------------------------------------------------
  // f-strings
  // ------------------------------------------------------------------------------------------

  /** `f'text {expr} text'` becomes `concat(...)`, a lone placeholder its expression. */
  protected parseTemplate(): Expr {
    const open = this.advance();
    const parts: Expr[] = [];
    while (!this.eat(TokenKind.TemplateEnd)) {
      const token = this.tok;
      if (token.kind === TokenKind.TemplateText) {
        this.advance();
        parts.push({ end: this.endPos(), node: 'Constant', start: this.startOf(token), value: token.value });
      } else if (token.kind === TokenKind.TemplateLBrace) {
        this.advance();
        parts.push(this.parseExpr(Prec.Lowest));
        if (!this.eat(TokenKind.RBrace)) this.skipToPlaceholderEnd(token);
      } else {
        break; // EOF: the lexer has reported the unterminated f-string
      }
    }
    const start = this.startOf(open);
    if (parts.length === 0) return { end: this.endPos(), node: 'Constant', start, value: '' };
    if (parts.length === 1) return parts[0] as Expr;
    return { args: parts, end: this.endPos(), name: 'concat', node: 'Call', start };
  }

  /** After a placeholder expression that is not followed by `}`: report and resynchronise. */
  private skipToPlaceholderEnd(open: Token): void {
    this.errorAt(this.tok, `expected '}' to close the placeholder opened at column ${open.column + 1}, found ${this.describe(this.tok)}`);
    while (!this.at(TokenKind.EOF) && !this.at(TokenKind.TemplateEnd)) {
      if (this.eat(TokenKind.RBrace)) return;
      this.advance();
    }
  }
}

/**
 * After `f(distinct`: does what follows make `distinct` a name (`f(distinct, x)`,
 * `f(distinct.x)`, `f(distinct * 2)`) rather than the DISTINCT modifier (`f(distinct x)`,
 * `f(distinct(x))`, `f(distinct)`)? Where both read, the official parser takes the modifier.
 */
export function distinctIsName(next: Token, afterNext: Token): boolean {
  switch (next.kind) {
    case TokenKind.Comma:
    case TokenKind.Dot:
    case TokenKind.NullProperty:
    case TokenKind.ColonEquals:
    case TokenKind.Arrow:
    case TokenKind.DoubleColon:
      return true;
    case TokenKind.Dash:
    case TokenKind.Plus:
      return false;
    case TokenKind.Star:
      // `distinct * 2` multiplies; `distinct *` and `distinct * EXCLUDE (…)` select columns.
      return (
        (afterNext.kind === TokenKind.Word && !KEYWORDS.has(afterNext.word)) ||
        afterNext.kind === TokenKind.QuotedName ||
        afterNext.kind === TokenKind.String ||
        afterNext.kind === TokenKind.LParen ||
        (afterNext.kind >= TokenKind.Integer && afterNext.kind <= TokenKind.Binary)
      );
    default:
      return isBinaryOperator(next.kind);
  }
}
