// Queries: `select …`, set operations (`UNION ALL`, `EXCEPT`, …), parenthesised and
// `{placeholder}` queries, with the official parser's treatment of set-level ORDER BY / LIMIT.
import type { CTE, Expr, SelectQuery, SelectSetNode, SelectSetQuery } from './ast';
import { ClauseParser, type LimitClause } from './parserClauses';
import { Prec, sortedKeys } from './parserCore';
import { Token, TokenKind } from './tokens';

export abstract class SelectParser extends ClauseParser {
  /** `query [set-operator query]… [ORDER BY …] [LIMIT …]` */
  protected parseQueryBody(): Expr {
    if (this.depth >= SelectParser.MAX_DEPTH) {
      this.errorAt(this.tok, 'queries nested too deeply');
      while (!this.at(TokenKind.EOF)) this.advance();
      return this.placeholder();
    }
    this.depth++;
    this.queryDepth++;
    const query = this.parseQueryBodyInner();
    this.queryDepth--;
    this.depth--;
    return query;
  }

  private parseQueryBodyInner(): Expr {
    const first = this.tok;
    const initial = this.parseQueryMember();
    const subsequent: SelectSetNode[] = [];
    for (;;) {
      const operator = this.parseSetOperator();
      if (operator === null) break;
      const member = this.parseQueryMember() as SelectSetNode['select_query'];
      subsequent.push({ node: 'SelectSetNode', select_query: member, set_operator: operator });
    }
    // The official parser drops a set-level ORDER BY, and keeps LIMIT / OFFSET as below.
    if (this.atWord('order') && this.wordAt(1) === 'by') this.parseOrderByClause();
    const limit = this.atWord('limit') ? this.parseLimit() : this.atWord('offset') ? this.parseOffsetOnly() : null;
    if (subsequent.length === 0) return limit === null ? initial : withSetLimit(initial, limit);
    const set: SelectSetQuery = {
      end: this.endPos(),
      initial_select_query: initial as SelectSetQuery['initial_select_query'],
      node: 'SelectSetQuery',
      start: this.startOf(first),
      subsequent_select_queries: subsequent,
    };
    return limit === null ? set : sortedKeys({ ...set, ...limitKeys(limit, true) });
  }

  private parseOffsetOnly(): LimitClause {
    this.advance();
    return { limit: null, offset: this.parseExpr(Prec.Lowest), percent: false, withTies: false };
  }

  /** `UNION ALL`, `EXCEPT`, `INTERSECT DISTINCT BY NAME`, …, or null. */
  private parseSetOperator(): string | null {
    const word = this.tok.kind === TokenKind.Word ? this.tok.word : '';
    if (word !== 'union' && word !== 'except' && word !== 'intersect') return null;
    if (word === 'union' && !this.startsQueryMemberAfterSetWord()) return null;
    this.advance();
    let text = word.toUpperCase();
    if (this.atWord('all') || (word !== 'except' && this.atWord('distinct'))) text += ' ' + this.advance().word.toUpperCase();
    else if (word === 'union') text += ' DISTINCT';
    if (this.atWord('by') && this.wordAt(1) === 'name') {
      this.advance();
      this.advance();
      text += ' BY NAME';
    }
    return text;
  }

  /** Is the `union` here a set operator (and not a name)? */
  private startsQueryMemberAfterSetWord(): boolean {
    let i = 1;
    if (this.wordAt(i) === 'all' || this.wordAt(i) === 'distinct') i++;
    if (this.wordAt(i) === 'by' && this.wordAt(i + 1) === 'name') i += 2;
    const token = this.peek(i);
    return token.kind === TokenKind.LParen || token.kind === TokenKind.LBrace || (token.kind === TokenKind.Word && (token.word === 'select' || token.word === 'with'));
  }

  /** `select …`, `with … select …`, `with … (query)`, `(query)` or `{placeholder}`. */
  private parseQueryMember(): Expr {
    const token = this.tok;
    if (token.kind === TokenKind.LBrace) {
      const braced = this.parseBraced();
      if (braced.node !== 'Placeholder') this.errorAt(token, 'expected a query or a {placeholder}, found a dictionary');
      return braced;
    }
    if (token.kind === TokenKind.LParen) {
      const open = this.advance();
      const query = this.parseQueryBody();
      this.expectQueryClose(open, 'query');
      return query;
    }
    if (token.kind === TokenKind.Word && token.word === 'with') {
      const ctes = this.parseWithClause();
      if (this.at(TokenKind.LParen)) {
        const open = this.advance();
        const query = this.parseQueryBody();
        this.expectQueryClose(open, 'query');
        return withCtes(query, ctes);
      }
      return this.parseSelect(token, ctes);
    }
    if (token.kind === TokenKind.Word && token.word === 'select') return this.parseSelect(token, null);
    this.errorAt(token, `expected a query (SELECT …), found ${this.describe(token)}`);
    return this.placeholder();
  }

  /** `SELECT …` with its clauses; `first` is SELECT or the WITH before it. */
  private parseSelect(first: Token, ctes: CTE[] | null): SelectQuery {
    this.expectWord('select', 'to start the query');
    let distinct = false;
    let columns: Expr[];
    if (this.atWord('distinct') && this.startsExpressionAt(1) && !this.endsExprListAt(1)) {
      // DISTINCT is the modifier when what follows reads as columns (`select distinct between
      // a and b` selects the name `distinct`).
      [distinct, columns] = this.eitherOf<[boolean, Expr[]]>(
        () => (this.advance(), [true, this.parseSelectColumnsAndTop(true)]),
        () => [false, this.parseSelectColumnsAndTop()],
      );
    } else {
      columns = this.parseSelectColumnsAndTop();
    }
    const query: Partial<SelectQuery> & Record<string, unknown> = {
      ctes,
      distinct: distinct ? true : null,
      group_by: null,
      having: null,
      node: 'SelectQuery',
      prewhere: null,
      qualify: null,
      select: columns,
      select_from: null,
      start: this.startOf(first),
      where: null,
    };
    if (this.eatWord('from')) query.select_from = this.parseJoinExpr();
    if (this.atArrayJoin()) {
      const arrayJoin = this.parseArrayJoin();
      if (query.select_from === null) this.errorAt(this.prev, 'ARRAY JOIN needs a FROM clause');
      query.array_join_op = arrayJoin.op;
      query.array_join_list = arrayJoin.list;
    }
    if (this.eatWord('prewhere')) query.prewhere = this.parseExpr(Prec.Lowest);
    if (this.eatWord('where')) query.where = this.parseExpr(Prec.Lowest);
    this.rejectSample();
    if (this.atWord('group') && this.wordAt(1) === 'by') {
      this.advance();
      this.advance();
      const groupBy = this.parseGroupBy();
      query.group_by = groupBy.exprs;
      if (groupBy.mode !== null) query.group_by_mode = groupBy.mode;
    }
    this.skipGroupByModifiers();
    this.expectByAfter('group');
    if (this.eatWord('having')) query.having = this.parseExpr(Prec.Lowest);
    if (this.eatWord('qualify')) query.qualify = this.parseExpr(Prec.Lowest);
    this.rejectSample();
    if (this.atWord('window') && this.isName(this.peek())) query.window_exprs = this.parseWindowClause();
    this.expectByAfter('order');
    if (this.atWord('order') && this.wordAt(1) === 'by') {
      const orderBy = this.parseOrderByClause();
      query.order_by = orderBy.order;
      if (orderBy.interpolate !== null) query.interpolate = orderBy.interpolate;
    }
    if (this.atWord('limit')) {
      const limitBy = this.parseLimitBy();
      if (limitBy !== null) query.limit_by = limitBy;
    }
    if (this.atWord('limit')) Object.assign(query, limitKeys(this.parseLimit(() => this.offsetBelongsToSelect()), true));
    else if (this.eatWord('offset')) query.offset = this.parseExpr(Prec.Lowest);
    if (this.atWord('settings') && this.isName(this.peek())) {
      this.errorAt(this.tok, "'SETTINGS' is not supported in queries");
      this.advance();
      do {
        this.advance();
        if (this.eat(TokenKind.EqSingle)) this.parseUnary();
      } while (this.eat(TokenKind.Comma) && this.isName(this.tok));
    }
    query.end = this.endPos();
    return sortedKeys(query) as SelectQuery;
  }

  /**
   * `LIMIT n OFFSET m` at the end of a query: the official parser gives the OFFSET to the
   * enclosing set (which moves it back onto the query, but the query's range stops before it),
   * unless a set operator or SETTINGS follows. At OFFSET.
   */
  private offsetBelongsToSelect(): boolean {
    const mark = this.mark();
    this.advance();
    this.parseExpr(Prec.Lowest);
    const word = this.tok.kind === TokenKind.Word ? this.tok.word : '';
    this.reset(mark);
    return word === 'union' || word === 'except' || word === 'intersect' || word === 'settings';
  }

  /** `GROUP` / `ORDER` in a clause position without BY: say what is missing. */
  private expectByAfter(word: 'group' | 'order'): void {
    if (!this.atWord(word) || this.wordAt(1) === 'by') return;
    this.errorAt(this.peek(), `expected 'BY' after '${this.tok.value}', found ${this.describe(this.peek())}`);
    this.advance();
  }

  /** `[TOP n [WITH TIES]] columns`: TOP parses officially but is rejected. */
  private parseSelectColumnsAndTop(checkEnd = false): Expr[] {
    if (this.atWord('top') && this.peek().kind === TokenKind.Integer) {
      this.errorSpan(this.tok, this.peek(), "'TOP n' is not supported; use LIMIT n");
      this.advance();
      this.advance();
      if (this.atWord('with') && this.wordAt(1) === 'ties') {
        this.advance();
        this.advance();
      }
    }
    const columns = this.parseSelectColumns();
    const ends = this.at(TokenKind.RParen) || this.at(TokenKind.EOF) || this.atClauseKeyword() || this.atArrayJoin();
    if (checkEnd && !ends) this.errorAt(this.tok, `unexpected ${this.describe(this.tok)} after the columns`);
    return columns;
  }

  private atArrayJoin(): boolean {
    if (this.atWord('array')) return this.wordAt(1) === 'join';
    return (this.atWord('left') || this.atWord('inner')) && this.wordAt(1) === 'array' && this.wordAt(2) === 'join';
  }

  /** `[USING] SAMPLE …` after WHERE or QUALIFY parses officially but is rejected. */
  private rejectSample(): void {
    const using = this.atWord('using') ? 1 : 0;
    if (this.wordAt(using) !== 'sample') return;
    this.errorAt(this.peek(using), "'SAMPLE' belongs after the table in FROM, not here");
    for (let i = 0; i <= using; i++) this.advance();
    this.parseExpr(Prec.Lowest);
  }

  /** `WITH ROLLUP|CUBE`, `WITH TOTALS`: accepted and ignored by the official parser. */
  private skipGroupByModifiers(): void {
    if (this.atWord('with') && (this.wordAt(1) === 'cube' || this.wordAt(1) === 'rollup')) {
      this.advance();
      this.advance();
    }
    if (this.atWord('with') && this.wordAt(1) === 'totals') {
      this.advance();
      this.advance();
    }
  }
}

/** The keys a LIMIT clause sets on a query (`withTies` and `percent` only where `full`). */
function limitKeys(limit: LimitClause, full: boolean): Record<string, unknown> {
  const keys: Record<string, unknown> = {};
  if (limit.limit !== null) keys.limit = limit.limit;
  if (limit.offset !== null) keys.offset = limit.offset;
  if (full && limit.withTies) keys.limit_with_ties = true;
  if (full && limit.percent) keys.limit_percent = true;
  return keys;
}

/** `WITH … (query)`: the CTEs go to the query, or to the first query of a set. */
function withCtes(query: Expr, ctes: CTE[]): Expr {
  if (query.node === 'SelectQuery') return sortedKeys({ ...query, ctes });
  if (query.node === 'SelectSetQuery') {
    const initial = withCtes(query.initial_select_query, ctes) as SelectSetQuery['initial_select_query'];
    return { ...query, initial_select_query: initial };
  }
  return query;
}

/** A set-level LIMIT on a single query: its LIMIT and OFFSET replace the query's own. */
function withSetLimit(query: Expr, limit: LimitClause): Expr {
  if (query.node === 'SelectQuery') return sortedKeys({ ...query, ...limitKeys(limit, false) });
  if (query.node === 'SelectSetQuery') return sortedKeys({ ...query, ...limitKeys(limit, true) });
  return query;
}
