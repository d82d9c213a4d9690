// Operators: postfix access and calls, and binary operators by precedence. Precedence climbing reproduces the official
// grammar's left-recursive rule: an operator applies while it binds at least as tightly as the
// context asks for, and its right operand is parsed one level tighter (right-associative `?:`
// at its own level).
import type { CompareOperator, Expr, Position } from './ast';
import { Prec } from './parserCore';
import { TagParser } from './parserTags';
import { Token, TokenKind } from './tokens';

const COMPARE_TOKENS: Partial<Record<TokenKind, CompareOperator>> = {
  [TokenKind.EqDouble]: '==',
  [TokenKind.EqSingle]: '==',
  [TokenKind.NotEq]: '!=',
  [TokenKind.Lt]: '<',
  [TokenKind.LtEq]: '<=',
  [TokenKind.Gt]: '>',
  [TokenKind.GtEq]: '>=',
  [TokenKind.RegexSingle]: '=~',
  [TokenKind.RegexDouble]: '=~',
  [TokenKind.NotRegex]: '!~',
  [TokenKind.IRegexSingle]: '=~*',
  [TokenKind.IRegexDouble]: '=~*',
  [TokenKind.NotIRegex]: '!~*',
};

export abstract class ExpressionParser extends TagParser {
  /** Set while parsing a LIMIT value (see parserClauses.ts). */
  protected limitValueContext = false;
  /** Does the LIMIT value end before the token `ahead` (so that a `%` there is a percentage)? */
  protected abstract endsLimitValueAt(ahead: number): boolean;
  /** Reports an alias the official parser refuses (`true`, `team_id`, ...). */
  protected abstract checkAlias(token: Token, alias: string): void;

  protected parseExpr(minPrec: Prec): Expr {
    if (this.depth >= ExpressionParser.MAX_DEPTH) return this.tooDeep();
    this.depth++;
    const first = this.tok;
    let left = this.parseUnary();
    // Each operator applied here nests `left` one level deeper, like recursion would.
    const outerDepth = this.depth;
    let aliased = false;
    for (;;) {
      // After `expr AS name` only AND, OR, `?:` and another AS go on, as officially.
      if (aliased && !this.continuesAlias()) break;
      const next = this.parseOperator(left, first, minPrec);
      if (next === null) break;
      aliased = next.node === 'Alias' && next !== left;
      left = next;
      if (++this.depth >= ExpressionParser.MAX_DEPTH) {
        this.tooDeep();
        break;
      }
    }
    this.depth = outerDepth - 1;
    return left;
  }

  private continuesAlias(): boolean {
    return this.at(TokenKind.Query) || this.atWord('and') || this.atWord('or') || this.atWord('as');
  }

  private tooDeep(): Expr {
    this.errorAt(this.tok, 'expression nested too deeply');
    while (!this.at(TokenKind.EOF)) this.advance();
    return this.placeholder();
  }

  /** Applies the operator at the current token to `left`, or returns null when none applies. */
  private parseOperator(left: Expr, first: Token, minPrec: Prec): Expr | null {
    const token = this.tok;
    const start = this.startOf(first);
    switch (token.kind) {
      case TokenKind.LParen:
        if (this.queryStartsAt(1) !== null) return this.eitherOf(() => this.parseQueryCall(left, start), () => this.parseExprCall(left, start));
        return this.parseExprCall(left, start);
      case TokenKind.NullSafeEq: {
        if (minPrec > Prec.NullSafeEq) return null;
        this.advance();
        const right = this.parseExpr(Prec.NullSafeEq + 1);
        return { end: this.endPos(), left, negated: true, node: 'IsDistinctFrom', right, start };
      }
      case TokenKind.LBracket:
        // `a[]` and `a[1, 2]` are no index: like the official parser, end the expression there
        // (the brackets start the next statement).
        if (this.peek().kind === TokenKind.RBracket || this.groupHoldsComma()) return null;
        this.advance();
        return this.parseIndex(left, start, false);
      case TokenKind.Dot:
      case TokenKind.NullProperty:
        return this.parseMember(left, start);
      case TokenKind.DoubleColon:
        return this.parseTypeCast(left, start);
      case TokenKind.Percent:
        // `LIMIT 10%`: a percentage, not a modulo.
        if (this.limitValueContext && this.endsLimitValueAt(1)) return null;
        return this.arithmetic(left, start, minPrec, Prec.Multiplicative);
      case TokenKind.Star:
      case TokenKind.Slash:
        return this.arithmetic(left, start, minPrec, Prec.Multiplicative);
      case TokenKind.Plus:
      case TokenKind.Dash:
        return this.arithmetic(left, start, minPrec, Prec.Additive);
      case TokenKind.Concat:
        return this.concat(left, start, minPrec);
      case TokenKind.Nullish:
        if (minPrec > Prec.Nullish) return null;
        this.advance();
        return { args: [left, this.parseExpr(Prec.Nullish + 1)], end: this.endPos(), name: 'ifNull', node: 'Call', start };
      case TokenKind.Query:
        return this.ternary(left, start, minPrec);
      case TokenKind.Arrow:
        return this.misplacedArrow(first);
      case TokenKind.TagStart:
        // `a <b/>`: a tag cannot continue an expression; the official parser starts a new statement there.
        return null;
      case TokenKind.Word:
        return this.parseWordOperator(left, start, minPrec);
      default: {
        const op = COMPARE_TOKENS[token.kind];
        if (op === undefined) return null;
        if (token.kind === TokenKind.Lt && this.selfClosingTagAt(this.index)) return null;
        if (token.kind === TokenKind.EqSingle && this.peek().kind === TokenKind.EqSingle) return null;
        return this.compare(left, start, minPrec, op, 1);
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // Postfix: calls, indexing, members, casts
  // ------------------------------------------------------------------------------------------

  private parseExprCall(expr: Expr, start: Position): Expr {
    return { args: this.parseArguments().args, end: this.endPos(), expr, node: 'ExprCall', start };
  }

  /** `expr(select …)`: a call of the name `expr` when it is one, else of the expression. */
  private parseQueryCall(expr: Expr, start: Position): Expr {
    const open = this.advance();
    const query = this.parseQueryBody();
    this.expectClosingParen(open, 'argument list');
    if (expr.node === 'Field' && expr.chain.length === 1) {
      return { args: [query], end: this.endPos(), name: expr.chain[0] as string, node: 'Call', start };
    }
    return { args: [query], end: this.endPos(), expr, node: 'ExprCall', start };
  }

  /** After `[` (or `?.[`): `a[i]`, `a[i:j]`, `a[:j]`, `a[i:]`. */
  private parseIndex(array: Expr, start: Position, nullish: boolean): Expr {
    const open = this.prev;
    let index: Expr | null = null;
    if (!this.at(TokenKind.Colon)) index = this.parseExpr(Prec.Lowest);
    if (!nullish && this.eat(TokenKind.Colon)) {
      const endExpr = this.at(TokenKind.RBracket) ? null : this.parseExpr(Prec.Lowest);
      this.expectClose(open, TokenKind.RBracket, ']');
      if (endExpr === null) return { array, end: this.endPos(), node: 'ArraySlice', start, start_expr: index ?? undefined };
      if (index === null) return { array, end: this.endPos(), end_expr: endExpr, node: 'ArraySlice', start };
      return { array, end: this.endPos(), end_expr: endExpr, node: 'ArraySlice', start, start_expr: index };
    }
    this.expectClose(open, TokenKind.RBracket, ']');
    const property = index ?? this.placeholder();
    if (nullish) return { array, end: this.endPos(), node: 'ArrayAccess', nullish: true, property, start };
    return { array, end: this.endPos(), node: 'ArrayAccess', property, start };
  }

  /** `.name`, `.1`, `?.name`, `?.1`, `?.[expr]` after an expression. */
  private parseMember(object: Expr, start: Position): Expr | null {
    const nullish = this.tok.kind === TokenKind.NullProperty;
    const next = this.peek();
    if (nullish && next.kind === TokenKind.LBracket) {
      this.advance();
      this.advance();
      return this.parseIndex(object, start, true);
    }
    if (next.kind === TokenKind.Integer) {
      this.advance();
      const index = Number(this.advance().value);
      if (nullish) return { end: this.endPos(), index, node: 'TupleAccess', nullish: true, start, tuple: object };
      return { end: this.endPos(), index, node: 'TupleAccess', start, tuple: object };
    }
    if (this.isName(next)) {
      this.advance();
      const name = this.advance().value;
      const property: Expr = { node: 'Constant', value: name };
      if (nullish) return { array: object, end: this.endPos(), node: 'ArrayAccess', nullish: true, property, start };
      return { array: object, end: this.endPos(), node: 'ArrayAccess', property, start };
    }
    const dot = this.advance();
    if (next.kind === TokenKind.Word && next.reserved) {
      this.errorAt(next, `'${next.value}' is a keyword; quote it to use it as a name: \`${next.value}\``);
      this.advance();
    } else {
      this.errorAt(dot, `expected a name or a number after ${this.describe(dot)}`);
    }
    return object;
  }

  /** `expr::Type` */
  private parseTypeCast(expr: Expr, start: Position): Expr {
    this.advance();
    const typeName = this.parseCastTypeName();
    if (typeName === null) {
      this.errorAt(this.tok, `expected a type name after '::', found ${this.describe(this.tok)}`);
      return expr;
    }
    return { end: this.endPos(), expr, node: 'TypeCast', start, type_name: typeName };
  }

  // ------------------------------------------------------------------------------------------
  // Binary operators
  // ------------------------------------------------------------------------------------------

  private arithmetic(left: Expr, start: Position, minPrec: Prec, prec: Prec): Expr | null {
    if (minPrec > prec) return null;
    const operator = this.advance();
    const op = OPERATOR_TEXT[operator.kind] as '+' | '-' | '*' | '/' | '%';
    const compound = this.at(TokenKind.EqSingle) && this.tok.start === operator.end ? this.advance() : null;
    const right = this.parseExpr(prec + 1);
    if (compound !== null) {
      // `count += 1` does not exist in Hog; read it as `count + 1` after saying so.
      const target = this.source.slice(start.offset, operator.start).trim();
      const value = this.source.slice(compound.end, this.prev.end).trim();
      this.errorSpan(operator, compound, `'${op}=' is not supported; write ${target} := ${target} ${op} ${value}`);
    }
    return { end: this.endPos(), left, node: 'ArithmeticOperation', op, right, start };
  }

  /** `a || b` joins strings: `concat(a, b)`, flattening nested concatenations. */
  private concat(left: Expr, start: Position, minPrec: Prec): Expr | null {
    if (minPrec > Prec.Additive) return null;
    this.advance();
    const right = this.parseExpr(Prec.Additive + 1);
    const args = [...concatArgs(left), ...concatArgs(right)];
    return { args, end: this.endPos(), name: 'concat', node: 'Call', start };
  }

  /** Consumes `length` operator tokens, then the right operand. */
  private compare(left: Expr, start: Position, minPrec: Prec, op: CompareOperator, length: number): Expr | null {
    if (minPrec > Prec.Compare) return null;
    for (let i = 0; i < length; i++) this.advance();
    const right = this.parseExpr(Prec.Compare + 1);
    return { end: this.endPos(), left, node: 'CompareOperation', op, right, start };
  }

  private ternary(condition: Expr, start: Position, minPrec: Prec): Expr | null {
    if (minPrec > Prec.Ternary) return null;
    this.advance();
    const then = this.parseExpr(Prec.Lowest);
    if (!this.eat(TokenKind.Colon)) this.errorAt(this.tok, `expected ':' in the conditional expression, found ${this.describe(this.tok)}`);
    const otherwise = this.parseExpr(Prec.Ternary);
    return { args: [condition, then, otherwise], end: this.endPos(), name: 'if', node: 'Call', start };
  }

  /** `(1, 2) -> x`: only names can be parameters. */
  private misplacedArrow(first: Token): Expr {
    this.errorAt(this.tok, 'lambda parameters must be identifiers');
    return this.parseLambdaBody(first, []);
  }

  // ------------------------------------------------------------------------------------------
  // Word operators: and, or, not, in, like, ilike, between, is, as
  // ------------------------------------------------------------------------------------------

  private parseWordOperator(left: Expr, start: Position, minPrec: Prec): Expr | null {
    const word = this.tok.word;
    const next = this.peek();
    switch (word) {
      case 'and':
      case 'or':
        return this.logical(left, start, minPrec, word);
      case 'in':
        if (next.kind === TokenKind.Word && next.word === 'cohort' && this.startsExpression(this.peek(2))) {
          return this.compare(left, start, minPrec, 'in cohort', 2);
        }
        return this.startsExpression(next) ? this.compare(left, start, minPrec, 'in', 1) : null;
      case 'like':
      case 'ilike':
        return this.startsExpression(next) ? this.compare(left, start, minPrec, word, 1) : null;
      case 'not':
        return this.parseNegatedOperator(left, start, minPrec, next);
      case 'between':
        return this.startsExpressionAt(1) ? this.between(left, start, minPrec, false) : null;
      case 'is':
        return this.parseIs(left, start, minPrec);
      case 'as': {
        if (minPrec > Prec.Alias || !(this.isName(next) || next.kind === TokenKind.String)) return null;
        this.advance();
        const alias = this.advance();
        this.checkAlias(alias, alias.value);
        return { alias: alias.value, end: this.endPos(), expr: left, node: 'Alias', start };
      }
      case 'ignore':
        if (minPrec > Prec.IgnoreNulls || next.kind !== TokenKind.Word || next.word !== 'nulls') return null;
        this.advance();
        this.advance();
        return left;
      default:
        return null;
    }
  }

  private logical(left: Expr, start: Position, minPrec: Prec, word: 'and' | 'or'): Expr | null {
    const prec = word === 'and' ? Prec.And : Prec.Or;
    if (minPrec > prec || !this.startsExpression(this.peek())) return null;
    this.advance();
    const right = this.parseExpr(prec + 1);
    const node = word === 'and' ? 'And' : 'Or';
    const exprs = [...(left.node === node ? left.exprs : [left]), ...(right.node === node ? right.exprs : [right])];
    return { end: this.endPos(), exprs, node, start };
  }

  /** `not in`, `not in cohort`, `not like`, `not ilike`, `not between`. */
  private parseNegatedOperator(left: Expr, start: Position, minPrec: Prec, next: Token): Expr | null {
    if (next.kind !== TokenKind.Word) return null;
    switch (next.word) {
      case 'in': {
        const third = this.peek(2);
        if (third.kind === TokenKind.Word && third.word === 'cohort' && this.startsExpression(this.peek(3))) {
          return this.compare(left, start, minPrec, 'not in cohort', 3);
        }
        return this.compare(left, start, minPrec, 'not in', 2);
      }
      case 'like':
        return this.compare(left, start, minPrec, 'not like', 2);
      case 'ilike':
        return this.compare(left, start, minPrec, 'not ilike', 2);
      case 'between':
        return this.startsExpressionAt(2) ? this.between(left, start, minPrec, true) : null;
      default:
        return null;
    }
  }

  /** `x [not] between low and high`: `low` stops before `and`, as in the official parser. */
  private between(expr: Expr, start: Position, minPrec: Prec, negated: boolean): Expr | null {
    if (minPrec > Prec.Between) return null;
    if (negated) this.advance();
    const keyword = this.advance();
    const low = this.parseExpr(Prec.Not);
    if (!this.eatWord('and')) {
      this.errorAt(this.tok, `expected 'and' after the lower bound of ${this.describe(keyword)}, found ${this.describe(this.tok)}`);
    }
    const high = this.parseExpr(Prec.Between + 1);
    return { end: this.endPos(), expr, high, low, negated, node: 'BetweenExpr', start };
  }

  /** `is [not] null`, `is [not] distinct from x`. */
  private parseIs(left: Expr, start: Position, minPrec: Prec): Expr | null {
    let ahead = 1;
    const negated = this.peek(1).kind === TokenKind.Word && this.peek(1).word === 'not';
    if (negated) ahead++;
    const target = this.peek(ahead);
    if (target.kind !== TokenKind.Word) return null;
    if (target.word === 'null') {
      if (minPrec > Prec.IsNull) return null;
      for (let i = 0; i <= ahead; i++) this.advance();
      const right: Expr = { node: 'Constant', value: null };
      const op = negated ? '!=' : '==';
      return { end: this.endPos(), is_null_comparison_style: true, left, node: 'CompareOperation', op, right, start };
    }
    if (target.word === 'distinct' && this.peek(ahead + 1).word === 'from') {
      if (minPrec > Prec.IsNull) return null;
      for (let i = 0; i <= ahead + 1; i++) this.advance();
      const right = this.parseExpr(Prec.IsNull + 1);
      return { end: this.endPos(), left, negated, node: 'IsDistinctFrom', right, start };
    }
    return null;
  }

  protected expectClose(open: Token, kind: TokenKind, text: string): void {
    if (this.eat(kind)) return;
    this.errorAt(open, `unclosed '${this.source.slice(open.start, open.end)}': expected '${text}', found ${this.describe(this.tok)}`);
  }
}

const OPERATOR_TEXT: Partial<Record<TokenKind, string>> = {
  [TokenKind.Plus]: '+',
  [TokenKind.Dash]: '-',
  [TokenKind.Star]: '*',
  [TokenKind.Slash]: '/',
  [TokenKind.Percent]: '%',
};

function concatArgs(expr: Expr): Expr[] {
  return expr.node === 'Call' && expr.name === 'concat' ? expr.args : [expr];
}
