// Column sets: `*`, `t.*`, `* EXCLUDE (a, b)`, `COLUMNS('regex')`, `COLUMNS(a, b)`,
// `COLUMNS(* EXCLUDE (…) REPLACE (expr AS name, …))`, `(* REPLACE (…))` and the spread
// `* COLUMNS(…)`. The official parser builds ColumnsExpr / SpreadExpr nodes for them.
import type { ColumnsExpr, Expr, Position } from './ast';
import { CallParser } from './parserCalls';
import { Prec, sortedKeys } from './parserCore';
import { Token, TokenKind } from './tokens';

export abstract class ColumnsParser extends CallParser {
  /** After `*` or `t.*`: `EXCLUDE (names)`, or for a bare `*` a spread `COLUMNS(…)`. */
  protected parseAsteriskSuffix(start: Position, chain: string[]): Expr {
    if (this.atWord('exclude') && this.peek().kind === TokenKind.LParen && this.isName(this.peek(2))) {
      this.advance();
      const exclude = this.parseNameList();
      return { all_columns: true, end: this.endPos(), exclude, node: 'ColumnsExpr', start };
    }
    if (chain.length === 1 && this.atWord('columns') && this.peek().kind === TokenKind.LParen) {
      const mark = this.mark();
      this.advance();
      const columns = this.parseColumnsArguments();
      if (columns !== null && !this.failedSince(mark)) return { end: this.endPos(), expr: columns, node: 'SpreadExpr', start };
      this.reset(mark);
    }
    return { chain, end: this.endPos(), node: 'Field', start };
  }

  /** `COLUMNS(…)` at the word COLUMNS; null when it is an ordinary call of a function `columns`. */
  protected parseColumns(keyword: Token): Expr | null {
    const start = this.startOf(keyword);
    const transform = this.columnsTransformAt(2);
    if (transform !== null) {
      this.advance();
      const open = this.advance();
      const columns = this.parseColumnsTransform(transform);
      this.expectClosingParen(open, 'COLUMNS(…)');
      return sortedKeys({ ...columns, end: this.endPos(), start });
    }
    const mark = this.mark();
    this.advance();
    const columns = this.parseColumnsArguments();
    if (columns !== null && !this.failedSince(mark)) return sortedKeys({ ...columns, end: this.endPos(), start });
    this.reset(mark);
    return null;
  }

  /** `(* EXCLUDE (…) REPLACE (…))` or `(* REPLACE (…))` at `(`. */
  protected parseParenthesizedColumns(): Expr {
    const start = this.startOf(this.tok);
    const open = this.advance();
    const transform = this.columnsTransformAt(0);
    if (transform === null || transform.qualified) {
      this.errorAt(this.tok, "expected '* EXCLUDE (…) REPLACE (…)' or '* REPLACE (…)'");
      return this.placeholder();
    }
    const columns = this.parseColumnsTransform(transform);
    this.expectClosingParen(open, 'column list');
    return sortedKeys({ ...columns, end: this.endPos(), start });
  }

  /** `('regex')` or `(expr, …)` after COLUMNS; null when the list is empty. */
  private parseColumnsArguments(): ColumnsExpr | null {
    if (this.peek().kind === TokenKind.String && this.peek(2).kind === TokenKind.RParen) {
      this.advance();
      const regex = this.advance().value;
      this.advance();
      return { node: 'ColumnsExpr', regex };
    }
    const open = this.advance();
    if (this.at(TokenKind.RParen)) return null;
    const columns = this.parseList(open, TokenKind.RParen, 'column');
    return { columns, node: 'ColumnsExpr' };
  }

  /**
   * Does `* [EXCLUDE (…)] REPLACE (…)` or `name.* [EXCLUDE (…)] REPLACE (…)` start `ahead`
   * tokens from here? (Without REPLACE it is an ordinary expression.)
   */
  private columnsTransformAt(ahead: number): { qualified: boolean } | null {
    let i = ahead;
    let qualified = false;
    if (this.isName(this.peek(i)) && this.peek(i + 1).kind === TokenKind.Dot) {
      qualified = true;
      i += 2;
    }
    if (this.peek(i).kind !== TokenKind.Star) return null;
    i++;
    if (this.wordAt(i) === 'exclude' && this.peek(i + 1).kind === TokenKind.LParen) {
      i += 2;
      let depth = 1;
      while (depth > 0 && this.peek(i).kind !== TokenKind.EOF) {
        const kind = this.peek(i).kind;
        if (kind === TokenKind.LParen) depth++;
        else if (kind === TokenKind.RParen) depth--;
        i++;
      }
    }
    return this.wordAt(i) === 'replace' && this.peek(i + 1).kind === TokenKind.LParen ? { qualified } : null;
  }

  /** `[name.]* [EXCLUDE (…)] REPLACE (expr AS name, …)`; the official parser drops the `name.`. */
  private parseColumnsTransform(transform: { qualified: boolean }): ColumnsExpr {
    if (transform.qualified) {
      this.advance();
      this.advance();
    }
    this.advance(); // *
    const exclude = this.eatWord('exclude') ? this.parseNameList() : null;
    this.advance(); // REPLACE
    const open = this.advance();
    const replace: Record<string, Expr> = {};
    do {
      const expr = this.parseExpr(Prec.Ternary);
      this.expectWord('as', "and a column name in 'REPLACE (expr AS name)'");
      const name = this.isName(this.tok) ? this.advance().value : '';
      if (name === '') this.errorAt(this.tok, `expected a column name after 'AS', found ${this.describe(this.tok)}`);
      replace[name] = expr;
    } while (this.eat(TokenKind.Comma));
    this.expectClosingParen(open, "'REPLACE' list");
    const sorted = sortedKeys(replace);
    if (exclude === null) return { all_columns: true, node: 'ColumnsExpr', replace: sorted };
    return { all_columns: true, exclude, node: 'ColumnsExpr', replace: sorted };
  }

  /** `(a, b.c, d)` (a trailing comma allowed): names, dotted ones joined by `.`. */
  protected parseNameList(): string[] {
    const open = this.advance();
    const names: string[] = [];
    while (this.isName(this.tok)) {
      const parts = [this.advance().value];
      while (this.at(TokenKind.Dot) && this.isName(this.peek())) {
        this.advance();
        parts.push(this.advance().value);
      }
      names.push(parts.join('.'));
      if (!this.eat(TokenKind.Comma)) break;
    }
    if (names.length === 0) this.errorAt(this.tok, `expected a name, found ${this.describe(this.tok)}`);
    this.expectClosingParen(open, 'name list');
    return names;
  }
}
