// ORDER BY lists (with WITH FILL and INTERPOLATE) and window specifications: the inside of
// `OVER (PARTITION BY … ORDER BY … ROWS BETWEEN … AND …)` and the WINDOW clause.
import type { Expr, InterpolateExpr, OrderExpr, WindowExpr, WindowFrameExpr, WithFillExpr } from './ast';
import { Prec, sortedKeys } from './parserCore';
import { ExpressionParser } from './parserExpressions';
import { TokenKind } from './tokens';

export interface OrderByClause {
  order: OrderExpr[];
  /** `INTERPOLATE [(…)]`; null without the clause. */
  interpolate: InterpolateExpr[] | null;
}

export abstract class WindowParser extends ExpressionParser {
  /** `ORDER BY …` at ORDER. */
  protected parseOrderByClause(): OrderByClause {
    this.advance();
    this.expectWord('by', "after 'ORDER'");
    const order = this.parseOrderExprList();
    let interpolate: InterpolateExpr[] | null = null;
    if (this.eatWord('interpolate')) {
      interpolate = [];
      if (this.at(TokenKind.LParen)) {
        const open = this.advance();
        do interpolate.push(this.parseInterpolateExpr());
        while (this.eat(TokenKind.Comma));
        this.expectClosingParen(open, "'INTERPOLATE' list");
      }
    }
    return { interpolate, order };
  }

  protected parseOrderExprList(): OrderExpr[] {
    const list: OrderExpr[] = [];
    do list.push(this.parseOrderExpr());
    while (this.eat(TokenKind.Comma));
    return list;
  }

  /** `expr [ASC|DESC] [NULLS FIRST|LAST] [COLLATE 'x'] [WITH FILL …]` */
  private parseOrderExpr(): OrderExpr {
    const start = this.startOf(this.tok);
    const expr = this.parseExpr(Prec.Lowest);
    let order: 'ASC' | 'DESC' = 'ASC';
    if (this.atWord('desc') || this.atWord('descending')) {
      order = 'DESC';
      this.advance();
    } else if (this.atWord('asc') || this.atWord('ascending')) {
      this.advance();
    }
    if (this.atWord('nulls') && (this.wordAt(1) === 'first' || this.wordAt(1) === 'last')) {
      this.advance();
      this.advance();
    }
    if (this.atWord('collate')) {
      this.advance();
      if (!this.eat(TokenKind.String)) this.errorAt(this.tok, `expected a collation name in quotes after 'COLLATE', found ${this.describe(this.tok)}`);
    }
    if (this.atWord('with') && this.wordAt(1) === 'fill') {
      const withFill = this.parseWithFill();
      return { end: this.endPos(), expr, node: 'OrderExpr', order, start, with_fill: withFill };
    }
    return { end: this.endPos(), expr, node: 'OrderExpr', order, start };
  }

  /** `WITH FILL [FROM x] [TO y] [STEP z]` */
  private parseWithFill(): WithFillExpr {
    const start = this.startOf(this.tok);
    this.advance();
    this.advance();
    const fill: Partial<WithFillExpr> = {};
    if (this.eatWord('from')) fill.from_value = this.parseExpr(Prec.Lowest);
    if (this.eatWord('to')) fill.to_value = this.parseExpr(Prec.Lowest);
    if (this.eatWord('step')) fill.step_value = this.parseExpr(Prec.Lowest);
    return sortedKeys({ ...fill, end: this.endPos(), node: 'WithFillExpr' as const, start });
  }

  /** `column [AS value]` */
  private parseInterpolateExpr(): InterpolateExpr {
    const start = this.startOf(this.tok);
    const expr = this.parseExpr(Prec.Ternary);
    if (!this.eatWord('as')) return { end: this.endPos(), expr, node: 'InterpolateExpr', start };
    const value = this.parseExpr(Prec.Lowest);
    return { end: this.endPos(), expr, node: 'InterpolateExpr', start, value };
  }

  /** `[PARTITION BY …] [ORDER BY …] [ROWS|RANGE frame]`, possibly empty. */
  protected parseWindowExpr(): WindowExpr {
    const empty = this.emptySpan();
    const first = this.tok;
    let partitionBy: Expr[] | null = null;
    let orderBy: OrderExpr[] | null = null;
    if (this.atClauseWithBy('partition')) partitionBy = this.parseExprList();
    if (this.atClauseWithBy('order')) orderBy = this.parseOrderExprList();
    let frameMethod: 'ROWS' | 'RANGE' | null = null;
    let frameStart: WindowFrameExpr | null = null;
    let frameEnd: WindowFrameExpr | null = null;
    if (this.atWord('rows') || this.atWord('range')) {
      frameMethod = this.advance().word === 'rows' ? 'ROWS' : 'RANGE';
      if (this.atWord('between') && this.startsFrameBound(1)) {
        this.advance();
        frameStart = this.parseFrameBound();
        this.expectWord('and', "between the window frame's bounds");
        frameEnd = this.parseFrameBound();
      } else {
        frameStart = this.parseFrameBound();
      }
    }
    const span = this.tok === first ? empty : { end: this.endPos(), start: this.startOf(first) };
    const window: WindowExpr = {
      end: span.end,
      frame_end: frameEnd,
      frame_start: frameStart,
      node: 'WindowExpr',
      order_by: orderBy,
      partition_by: partitionBy,
      start: span.start,
    };
    return frameMethod === null ? window : sortedKeys({ ...window, frame_method: frameMethod });
  }

  /** At `word BY` (or `word` with BY missing, reported): consumes both and says whether it was there. */
  private atClauseWithBy(word: string): boolean {
    if (!this.atWord(word) || this.peek().kind === TokenKind.RParen) return false;
    this.advance();
    if (!this.eatWord('by')) this.errorAt(this.tok, `expected 'BY' after '${this.prev.value}', found ${this.describe(this.tok)}`);
    return true;
  }

  /** Does a frame bound start `ahead` tokens from here (so that BETWEEN is not a name)? */
  private startsFrameBound(ahead: number): boolean {
    const word = this.wordAt(ahead);
    return word === 'current' || word === 'unbounded' || this.startsExpressionAt(ahead);
  }

  /** `CURRENT ROW`, `UNBOUNDED PRECEDING|FOLLOWING`, `expr PRECEDING|FOLLOWING` */
  private parseFrameBound(): WindowFrameExpr {
    const start = this.startOf(this.tok);
    if (this.atWord('current') && this.wordAt(1) === 'row') {
      this.advance();
      this.advance();
      return { end: this.endPos(), frame_type: 'CURRENT ROW', node: 'WindowFrameExpr', start };
    }
    let value: WindowFrameExpr['frame_value'] = null;
    let numberText: string | undefined;
    if (this.atWord('unbounded') && (this.wordAt(1) === 'preceding' || this.wordAt(1) === 'following')) {
      this.advance();
    } else {
      // The official parser keeps only the value of an integer bound (with its number text).
      const expr = this.parseExpr(Prec.Lowest);
      const text = expr.node === 'Constant' ? this.numberTexts.get(expr) : undefined;
      const integer = expr.node === 'Constant' && typeof expr.value === 'number' && (text === undefined || /^-?\d+$/.test(text));
      value = integer ? expr.value : expr;
      if (integer) numberText = text;
    }
    let frameType: 'PRECEDING' | 'FOLLOWING' = 'PRECEDING';
    if (this.atWord('following')) frameType = 'FOLLOWING';
    else if (!this.atWord('preceding')) this.errorAt(this.tok, `expected 'PRECEDING' or 'FOLLOWING' in the window frame, found ${this.describe(this.tok)}`);
    if (this.atWord('following') || this.atWord('preceding')) this.advance();
    const bound: WindowFrameExpr = { end: this.endPos(), frame_type: frameType, frame_value: value, node: 'WindowFrameExpr', start };
    if (numberText !== undefined) this.numberTexts.set(bound, numberText);
    return bound;
  }

  /** `expr, expr, …` with a trailing comma allowed (a columnExprList). */
  protected parseExprList(): Expr[] {
    const list: Expr[] = [this.parseExpr(Prec.Lowest)];
    while (this.at(TokenKind.Comma) && this.startsExpressionAt(1) && !this.endsExprListAt(1)) {
      this.advance();
      list.push(this.parseExpr(Prec.Lowest));
    }
    if (this.at(TokenKind.Comma) && !this.startsExpressionAt(1)) this.advance();
    return list;
  }

  /** Is the token `ahead` a clause keyword that ends a list rather than starting an item? */
  protected abstract endsExprListAt(ahead: number): boolean;
}
