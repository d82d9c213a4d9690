// Type names in `CAST(x AS Type)`, `TRY_CAST(x AS Type)` and `x::Type`. The official parser
// prints a type back as text: names lower-cased, arguments joined by ", ", parameters that are
// expressions (`FixedString(1 + 2)`, `DateTime64(3, 'UTC')`) as their tokens without spaces.
import type { Expr } from './ast';
import { ColumnsParser } from './parserColumns';
import { Prec } from './parserCore';
import { Token, TokenKind } from './tokens';

const INTERVAL_UNIT_WORDS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'yyyy']);
const CAST_KEYWORDS = new Set(['date', 'time', 'timestamp', 'interval']);

export abstract class TypeParser extends ColumnsParser {
  /** An `Enum('a' = 1)` type seen in a cast: valid syntax that the official parser rejects. */
  protected enumType: Token | null = null;

  /**
   * A full type after `AS` in CAST / TRY_CAST; null (with an error reported) when there is none.
   * In a type's arguments, a name may precede a type (`Tuple(a String, b Array(Int))`).
   */
  protected parseColumnType(inArguments = false): string | null {
    if (!this.isName(this.tok)) {
      this.errorAt(this.tok, `expected a type name, found ${this.describe(this.tok)}`);
      return null;
    }
    let text = this.advance().value.toLowerCase();
    if (this.at(TokenKind.LParen)) {
      text += this.parseTypeArguments();
    } else if (this.isName(this.tok)) {
      // `double precision`, `time with time zone`; inside parentheses also `name Type`.
      if (!inArguments && this.peekPastNames() === TokenKind.LParen) {
        this.errorAt(this.tok, `unexpected ${this.describe(this.tok)} in the type name`);
        return null;
      }
      const rest = this.parseColumnType(inArguments);
      if (rest === null) return null;
      return text + ' ' + rest;
    }
    while (this.at(TokenKind.LBracket)) {
      const open = this.advance();
      const size = this.at(TokenKind.Integer) ? this.advance().value : '';
      if (!this.eat(TokenKind.RBracket)) this.errorAt(open, "unclosed '[' in the type: expected ']'");
      text += `[${size}]`;
    }
    return text;
  }

  /** `(Type, …)` or `(expr, …)` after a type name. */
  private parseTypeArguments(): string {
    const mark = this.mark();
    const types = this.parseTypeList();
    if (!this.failedSince(mark)) return `(${types.join(', ')})`;
    this.reset(mark);
    if (this.enumType === null && this.isEnumList()) this.enumType = this.peek();
    const open = this.advance();
    const texts: string[] = [];
    if (!this.at(TokenKind.RParen)) {
      const items = this.parseList(open, TokenKind.RParen, 'type parameter');
      for (const item of items) texts.push(this.tokenText(item));
    } else {
      this.advance();
    }
    return `(${texts.join(', ')})`;
  }

  /** `(Type, …)` with a trailing comma allowed; errors when an item is not a type. */
  private parseTypeList(): string[] {
    const open = this.advance();
    const types: string[] = [];
    while (!this.at(TokenKind.RParen)) {
      const type = this.parseColumnType(true);
      if (type === null) return types;
      types.push(type);
      if (!this.eat(TokenKind.Comma)) break;
    }
    if (types.length === 0) this.errorAt(this.tok, 'expected a type');
    if (!this.eat(TokenKind.RParen)) this.errorAt(open, "unclosed '(' in the type: expected ')'");
    return types;
  }

  /** The kind of the first token after the names starting here. */
  private peekPastNames(): TokenKind {
    let i = 0;
    while (this.isName(this.peek(i))) i++;
    return this.peek(i).kind;
  }

  /** Is the list at `(` made only of `'name' = number` items (an Enum definition)? */
  private isEnumList(): boolean {
    let i = 1;
    for (;;) {
      if (this.peek(i).kind !== TokenKind.String || this.peek(i + 1).kind !== TokenKind.EqSingle) return false;
      i += 2;
      if (this.peek(i).kind === TokenKind.Dash || this.peek(i).kind === TokenKind.Plus) i++;
      if (!this.isNumber(this.peek(i))) return false;
      i++;
      if (this.peek(i).kind === TokenKind.Dot) i += this.peek(i + 1).kind === TokenKind.Integer ? 2 : 1;
      if (this.peek(i).kind === TokenKind.Comma) i++;
      if (this.peek(i).kind === TokenKind.RParen) return true;
    }
  }

  /** The source of a node's tokens with the space between them removed (the official `getText`). */
  private tokenText(node: Expr): string {
    const located = node as { start?: { offset: number }; end?: { offset: number } };
    const start = located.start?.offset ?? 0;
    const end = located.end?.offset ?? start;
    let text = '';
    for (const token of this.tokens) {
      if (token.start >= end) break;
      if (token.start >= start && !token.synthetic) text += this.source.slice(token.start, token.end);
    }
    return text;
  }

  /** `x::Type` after `::`: a plain name, an interval unit, DATE / TIME / TIMESTAMP / INTERVAL, `WITH [LOCAL] TIME ZONE`. */
  protected parseCastTypeName(): string | null {
    const token = this.tok;
    const fits =
      token.kind === TokenKind.QuotedName ||
      (token.kind === TokenKind.Word && (this.isPlainIdentifier(token) || INTERVAL_UNIT_WORDS.has(token.word) || CAST_KEYWORDS.has(token.word)));
    if (!fits) return null;
    this.advance();
    let text = token.value.toLowerCase();
    const local = this.wordAt(1) === 'local' ? 1 : 0;
    if (this.atWord('with') && this.wordAt(1 + local) === 'time' && this.wordAt(2 + local) === 'zone') {
      for (let i = 0; i < 3 + local; i++) this.advance();
      text += local ? ' with local time zone' : ' with time zone';
    }
    return text;
  }

  /** `TRIM(LEADING|TRAILING|BOTH string FROM expr)` → trimLeft / trimRight / trim(expr, string). */
  protected parseTrim(keyword: Token): Expr | null {
    const mode = this.wordAt(2);
    const name = mode === 'leading' ? 'trimLeft' : mode === 'trailing' ? 'trimRight' : mode === 'both' ? 'trim' : null;
    const text = this.peek(3);
    if (name === null || (text.kind !== TokenKind.String && text.kind !== TokenKind.TemplateStart)) return null;
    this.advance();
    const open = this.advance();
    this.advance();
    const chars = text.kind === TokenKind.String ? this.parseStringConstant() : this.parseTemplate();
    if (!this.expectWord('from', `in '${keyword.value}(${mode.toUpperCase()} … FROM …)'`)) return null;
    const expr = this.parseExpr(Prec.Lowest);
    this.expectClosingParen(open, `'${keyword.value}'`);
    return { args: [expr, chars], end: this.endPos(), name, node: 'Call', start: this.startOf(keyword) };
  }

  private parseStringConstant(): Expr {
    const token = this.advance();
    return { end: this.endPos(), node: 'Constant', start: this.startOf(token), value: token.value };
  }
}
