// Calls by name and what HogQL allows around them: parametric calls `quantile(0.9)(x)`,
// `count(DISTINCT x)`, `f(x ORDER BY y)`, `FILTER (WHERE …)`, window functions
// `f(x) OVER (…)` / `OVER name`, `f(p) WITHIN GROUP (ORDER BY …)`, and `f(select …)`.
import type { Expr, OrderExpr, Position, WindowExpr } from './ast';
import { distinctIsName } from './parserCollections';
import { Prec, sortedKeys } from './parserCore';
import { PrimaryParser } from './parserPrimary';
import { Token, TokenKind } from './tokens';

/** One parenthesised argument list of a call. */
interface ArgumentList {
  args: Expr[];
  distinct: boolean;
  orderBy: OrderExpr[] | null;
}

export abstract class CallParser extends PrimaryParser {
  /** `expr [ASC|DESC] …, …` after ORDER BY. */
  protected abstract parseOrderExprList(): OrderExpr[];
  /** The inside of `OVER ( … )`. */
  protected abstract parseWindowExpr(): WindowExpr;

  protected parseCall(name: Token): Expr {
    this.advance();
    const start = this.startOf(name);
    // `f(select …)`: the argument is a query, which the official grammar tries after plain arguments.
    // `not(select …)` is `NOT (select …)`, read by the caller.
    const firstList: ArgumentList | { query: Expr } =
      this.queryStartsAt(1) === null || name.word === 'not'
        ? this.parseArgumentList()
        : this.eitherOf<ArgumentList | { query: Expr }>(() => this.parseArgumentList(), () => this.parseQueryArgument());
    if ('query' in firstList) return { args: [firstList.query], end: this.endPos(), name: name.value, node: 'Call', start };
    const first = firstList;
    let second: ArgumentList | null = null;
    if (this.at(TokenKind.LParen) && !first.distinct && first.orderBy === null) second = this.parseSecondList();
    const calls = second ?? first;
    if (second === null && !first.distinct && first.orderBy === null && this.atWord('within') && this.wordAt(1) === 'group') {
      const withinGroup = this.parseWithinGroup();
      return { args: [], distinct: false, end: this.endPos(), name: name.value, node: 'Call', params: first.args, start, within_group: withinGroup };
    }
    // `f() filter (where)` is a call of `filter` with the name `where`, in a new statement.
    const filtered = this.atWord('filter') && this.peek().kind === TokenKind.LParen && this.wordAt(2) === 'where' && this.peek(3).kind !== TokenKind.RParen;
    const filter = filtered ? this.parseFilter() : null;
    const windowable = !first.distinct && first.orderBy === null && (second === null || second.orderBy === null);
    if (windowable && this.atWord('over')) {
      const window = this.parseOver(name, first.args, second?.args ?? [], start);
      if (window !== null) return window;
    }
    return {
      args: calls.args,
      distinct: calls.distinct,
      end: this.endPos(),
      filter_expr: filter,
      name: name.value,
      node: 'Call',
      order_by: calls.orderBy,
      params: second === null ? null : first.args,
      start,
    };
  }

  /** `( [DISTINCT] args [ORDER BY …] )` */
  private parseArgumentList(): ArgumentList {
    const open = this.advance();
    const distinct = this.atWord('distinct') && !distinctIsName(this.peek(), this.peek(2));
    if (distinct) this.advance();
    let atOrderBy = false;
    const args = this.parseList(open, TokenKind.RParen, 'argument', () => (atOrderBy = this.atWord('order') && this.wordAt(1) === 'by'));
    let orderBy: OrderExpr[] | null = null;
    if (atOrderBy) {
      this.advance();
      this.advance();
      orderBy = this.parseOrderExprList();
      this.expectClosingParen(open, 'argument list');
    }
    return { args, distinct, orderBy };
  }

  /** A second argument list, unless it holds a query (then it is a call of the call's result). */
  private parseSecondList(): ArgumentList | null {
    if (this.queryStartsAt(1) === null) return this.parseArgumentList();
    const mark = this.mark();
    const list = this.parseArgumentList();
    if (!this.failedSince(mark)) return list;
    this.reset(mark);
    return null;
  }

  private parseQueryArgument(): { query: Expr } {
    const open = this.advance();
    const query = this.parseQueryBody();
    this.expectClosingParen(open, 'argument list');
    return { query };
  }

  /** `FILTER (WHERE expr)` */
  private parseFilter(): Expr {
    this.advance();
    const open = this.advance();
    this.advance();
    const expr = this.parseExpr(Prec.Lowest);
    this.expectClosingParen(open, 'FILTER clause');
    return expr;
  }

  /** `WITHIN GROUP (ORDER BY …)` */
  private parseWithinGroup(): OrderExpr[] {
    this.advance();
    this.advance();
    const open = this.tok;
    if (!this.expect(TokenKind.LParen, '(', "after 'WITHIN GROUP'")) return [];
    this.expectWord('order', "in 'WITHIN GROUP (ORDER BY …)'");
    this.expectWord('by', "in 'WITHIN GROUP (ORDER BY …)'");
    const order = this.parseOrderExprList();
    this.expectClosingParen(open, "'WITHIN GROUP' clause");
    return order;
  }

  /**
   * `OVER (window)` or `OVER name`: a window function. When what follows OVER is neither, the
   * call ends before OVER (which then starts the next statement), as in the official parser.
   */
  private parseOver(name: Token, exprs: Expr[], args: Expr[], start: Position): Expr | null {
    const next = this.peek();
    if (next.kind === TokenKind.LParen) {
      const mark = this.mark();
      const specStart = this.peek(2);
      this.advance();
      const open = this.advance();
      const over = this.parseWindowExpr();
      this.expectQueryClose(open, 'window');
      if (this.failedSince(mark) && !startsWindowSpec(specStart)) {
        this.reset(mark);
        return null;
      }
      return sortedKeys({ args, end: this.endPos(), exprs, name: name.value, node: 'WindowFunction' as const, over_expr: over, start });
    }
    if (!this.isName(next)) return null;
    this.advance();
    const target = this.advance().value;
    return sortedKeys({ args, end: this.endPos(), exprs, name: name.value, node: 'WindowFunction' as const, over_identifier: target, start });
  }
}

/** Does `token`, right after `OVER (`, begin a window specification? */
function startsWindowSpec(token: Token): boolean {
  if (token.kind === TokenKind.RParen) return true;
  return token.kind === TokenKind.Word && ['partition', 'order', 'rows', 'range'].includes(token.word);
}
