// Primary expressions: numbers, names, calls and the prefix operators `-` and `not`.
// Bracketed forms are in parserCollections.ts, binary operators in parserExpressions.ts.
import type { Constant, Expr, Position } from './ast';
import { CollectionParser } from './parserCollections';
import { isBinaryOperator, Prec } from './parserCore';
import { floatValue, integerValue, NumberValue, specialValue } from './parserLiterals';
import { Token, TokenKind } from './tokens';

/** Words that continue an expression as binary operators. */
const BINARY_WORDS = new Set(['as', 'between', 'like', 'ilike', 'is', 'and', 'or']);

export abstract class PrimaryParser extends CollectionParser {
  /** How many queries enclose the current position. */
  protected queryDepth = 0;

  /** Token index of a statement's first expression, where `name := value` is an assignment. */
  protected statementStart = -1;

  // ------------------------------------------------------------------------------------------
  // Prefix operators and primaries
  // ------------------------------------------------------------------------------------------

  /** A primary expression, or a prefix operator (`-x`, `not x`) applied to one. */
  protected parseUnary(): Expr {
    const start = this.tok;
    if (start.kind === TokenKind.Dash || start.kind === TokenKind.Plus) {
      const next = this.peek();
      if (this.isNumber(next) || (next.kind === TokenKind.Dot && this.peek(2).kind === TokenKind.Integer)) {
        this.advance();
        return this.parseNumber(start, start.kind === TokenKind.Dash);
      }
      if (start.kind === TokenKind.Dash) {
        this.advance();
        const operand = this.parseExpr(Prec.Negate);
        const zero: Constant = { node: 'Constant', value: 0 };
        return { end: this.endPos(), left: zero, node: 'ArithmeticOperation', op: '-', right: operand, start: this.startOf(start) };
      }
    }
    // `not (x)` is a call of the function `not`, as in the official grammar, but `not (select …)`
    // negates the subquery; `not * x` multiplies the name `not`.
    const next = this.peek();
    if (start.kind === TokenKind.Word && start.word === 'not' && this.startsExpressionAt(1)) {
      if (next.kind === TokenKind.LParen) {
        if (this.queryStartsAt(1) === 'select') return this.eitherOf(() => this.parsePrimary(), () => this.parseNot(start));
      } else if (this.queryDepth > 0 && next.kind === TokenKind.Word && BINARY_WORDS.has(next.word)) {
        // In a query, `not between 1 and 2` compares the name `not` (a Hog statement could
        // end after `not between`, a query clause cannot).
      } else if (next.kind !== TokenKind.Star || !this.isPlainOperand(this.peek(2))) {
        return this.parseNot(start);
      }
    }
    return this.parsePrimary();
  }

  private parseNot(keyword: Token): Expr {
    this.advance();
    const operand = this.parseExpr(Prec.Not);
    return { end: this.endPos(), expr: operand, node: 'Not', start: this.startOf(keyword) };
  }

  /** Is `token` a plain name or literal (one that would be a multiplication's right operand)? */
  private isPlainOperand(token: Token): boolean {
    return this.isPlainIdentifier(token) || this.isNumber(token) || token.kind === TokenKind.String || token.kind === TokenKind.LParen;
  }

  private parsePrimary(): Expr {
    const token = this.tok;
    switch (token.kind) {
      case TokenKind.Integer:
      case TokenKind.Float:
      case TokenKind.Hex:
      case TokenKind.Binary:
        return this.parseNumber(token, false);
      case TokenKind.Dot:
        if (this.peek().kind === TokenKind.Integer) return this.parseNumber(token, false);
        break;
      case TokenKind.String:
        this.advance();
        return { end: this.endPos(), node: 'Constant', start: this.startOf(token), value: token.value };
      case TokenKind.TemplateStart:
        return this.parseTemplate();
      case TokenKind.Word:
      case TokenKind.QuotedName:
        return this.parseWord(token);
      case TokenKind.Star:
        this.advance();
        return this.parseAsteriskSuffix(this.startOf(token), ['*']);
      case TokenKind.TagStart:
      case TokenKind.Lt:
        return this.parseTag();
      case TokenKind.LParen:
        return this.parseParenthesized();
      case TokenKind.LBracket:
        return this.parseArray(token);
      case TokenKind.LBrace:
        return this.parseBraced();
      case TokenKind.Hash:
        if (this.peek().kind === TokenKind.Integer) {
          this.advance();
          const index = Number(this.advance().value);
          return { end: this.endPos(), index, node: 'PositionalRef', start: this.startOf(token) };
        }
        break;
    }
    return this.missingExpression();
  }

  /** Reports that an expression is missing here and returns a null placeholder constant. */
  protected missingExpression(): Expr {
    const token = this.tok;
    const prev = this.prev;
    if (prev !== token && isBinaryOperator(prev.kind) && token.kind !== TokenKind.EOF) {
      if (isBinaryOperator(token.kind) && !token.newlineBefore) {
        // `4 + / 2`: skip the stray operator and parse what follows.
        this.errorAt(token, `unexpected ${this.describe(token)} after ${this.describe(prev)}: missing operand`);
        this.advance();
        if (this.startsExpression(this.tok)) return this.parseUnary();
        return this.placeholder();
      }
    }
    if (prev !== token && isBinaryOperator(prev.kind) && (token.newlineBefore || !this.startsExpression(token))) {
      this.errorAt(prev, `missing right operand after ${this.describe(prev)}`);
      return this.placeholder();
    }
    if (token.kind === TokenKind.Word && (token.word === 'fun' || token.word === 'fn') && this.peek().kind === TokenKind.LParen) {
      return this.misusedFunction(token);
    }
    if (prev.kind === TokenKind.ColonEquals && prev !== token && !(token.kind === TokenKind.Word && token.reserved)) {
      this.errorAt(token, `expected an expression after ':=', found ${this.describe(token)}`);
      return this.placeholder();
    }
    this.reportUnexpected(token);
    return this.placeholder();
  }

  /** `fun (x) { ... }` used as a value: report it and read it as the lambda it should be. */
  private misusedFunction(keyword: Token): Expr {
    this.reportUnexpected(keyword);
    this.advance();
    const open = this.advance();
    const args: string[] = [];
    while (!this.at(TokenKind.EOF) && !this.at(TokenKind.LBrace)) {
      const token = this.advance();
      if (this.isName(token)) args.push(token.value);
    }
    const body = this.parseBlock('function body');
    return { args, end: this.endPos(), expr: body, node: 'Lambda', start: this.startOf(open) };
  }


  // ------------------------------------------------------------------------------------------
  // Numbers
  // ------------------------------------------------------------------------------------------

  /** A number literal with an optional sign (where HogQL wants a number, not an expression). */
  protected parseNumberLiteral(): Constant {
    const start = this.tok;
    const signed = start.kind === TokenKind.Dash || start.kind === TokenKind.Plus;
    const number = signed ? this.peek() : start;
    const isNumber = this.isNumber(number) || (number.kind === TokenKind.Dot && this.peek(signed ? 2 : 1).kind === TokenKind.Integer);
    if (!isNumber) {
      this.errorAt(this.tok, `expected a number, found ${this.describe(this.tok)}`);
      return this.placeholder();
    }
    if (signed) this.advance();
    return this.parseNumber(start, start.kind === TokenKind.Dash);
  }

  /** A number; `start` is its first token (a sign, when `negative` or `+`, already consumed). */
  private parseNumber(start: Token, negative: boolean): Constant {
    const token = this.advance();
    let literal: NumberValue;
    if (token.kind === TokenKind.Word) {
      literal = specialValue((negative ? '-' : '') + token.word);
    } else if (token.kind === TokenKind.Dot) {
      // `.5`
      literal = floatValue('0.' + this.advance().value, negative);
    } else if (token.kind === TokenKind.Integer && this.at(TokenKind.Dot)) {
      // `1.5` and `5.` arrive as separate tokens (see the lexer).
      this.advance();
      let text = token.value + '.';
      if (this.at(TokenKind.Integer)) text += this.advance().value;
      literal = floatValue(text, negative);
    } else if (token.kind === TokenKind.Float) {
      literal = floatValue(token.value, negative);
    } else {
      literal = integerValue(token.value, negative);
    }
    const constant: Constant =
      literal.valueType === undefined
        ? { end: this.endPos(), node: 'Constant', start: this.startOf(start), value: literal.value }
        : { end: this.endPos(), node: 'Constant', start: this.startOf(start), value: literal.value, value_type: literal.valueType };
    if (literal.jsonText !== undefined) this.numberTexts.set(constant, literal.jsonText);
    return constant;
  }

  // ------------------------------------------------------------------------------------------
  // Words: names, calls, lambdas, keyword literals
  // ------------------------------------------------------------------------------------------

  private parseWord(token: Token): Expr {
    if (token.kind === TokenKind.Word) {
      if (token.word === 'null') {
        this.advance();
        return { end: this.endPos(), node: 'Constant', start: this.startOf(token), value: null };
      }
      if (this.isNumber(token)) return this.parseNumber(token, false);
      if (token.reserved) return this.missingExpression();
      const special = this.parseKeywordExpression(token);
      if (special !== null) return special;
    }
    const next = this.peek();
    if (next.kind === TokenKind.Arrow || (next.kind === TokenKind.Comma && this.lambdaParamsEnd(this.index) > 0)) {
      return this.parseLambda(token);
    }
    if (next.kind === TokenKind.ColonEquals && this.index !== this.statementStart) {
      this.advance();
      this.advance();
      const value = this.parseExpr(Prec.Lowest);
      return { name: token.value, node: 'NamedArgument', value };
    }
    if (next.kind === TokenKind.LParen) return this.parseCall(token);
    if (token.word === 'array' && next.kind === TokenKind.LBracket) {
      this.advance();
      return this.parseArray(token);
    }
    return this.parseField(token);
  }

  /** HogQL expression forms that start with a word which is otherwise an ordinary name. */
  protected abstract parseKeywordExpression(token: Token): Expr | null;

  /** `name(…)` with everything that may follow: a second argument list, FILTER, OVER, WITHIN GROUP. */
  protected abstract parseCall(name: Token): Expr;

  /** After `*` or `table.*` (already consumed): `EXCLUDE (…)`, `COLUMNS(…)`, or the plain field. */
  protected abstract parseAsteriskSuffix(start: Position, chain: string[]): Expr;

  /** A HogQLX tag at `<`. */
  protected abstract parseTag(): Expr;

  /** `a`, `a.b.c`, `a.*`; a lone `true` / `false` is a boolean constant. */
  private parseField(first: Token): Expr {
    this.advance();
    const chain = [first.value];
    while (this.at(TokenKind.Dot)) {
      const next = this.peek();
      if (this.isName(next)) {
        this.advance();
        chain.push(this.advance().value);
      } else if (next.kind === TokenKind.Star) {
        this.advance();
        this.advance();
        chain.push('*');
        return this.parseAsteriskSuffix(this.startOf(first), chain);
      } else {
        break;
      }
    }
    const start = this.startOf(first);
    if (chain.length === 1 && first.kind === TokenKind.Word && (first.word === 'true' || first.word === 'false')) {
      return { end: this.endPos(), node: 'Constant', start, value: first.word === 'true' };
    }
    return { chain, end: this.endPos(), node: 'Field', start };
  }
}
