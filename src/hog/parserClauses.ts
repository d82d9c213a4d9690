// Clauses of a SELECT: WITH (CTEs), the column list with its aliases, ARRAY JOIN, GROUP BY,
// LIMIT / OFFSET / LIMIT BY and WINDOW. parserSelect.ts assembles them into queries.
import type { CTE, Expr, GroupingSet, LimitByExpr, WindowExpr } from './ast';
import { Prec, sortedKeys } from './parserCore';
import { TableParser } from './parserJoins';
import { Token, TokenKind } from './tokens';

/** Names an alias may not have, in the official parser. */
const RESERVED_ALIASES = new Set(['true', 'false', 'null', 'team_id']);
/** Keywords that may follow a column as its alias without AS. */
const IMPLICIT_ALIAS_KEYWORDS = new Set(['asc', 'ascending', 'cohort', 'date', 'descending', 'final', 'id', 'return', 'top', 'totals']);
/** Words that start a clause after a list, `by` marking those that need it next. */
const CLAUSE_WORDS: Record<string, string | null> = {
  from: null,
  where: null,
  prewhere: null,
  group: 'by',
  having: null,
  qualify: null,
  window: null,
  order: 'by',
  limit: null,
  offset: null,
  settings: null,
  union: null,
  except: null,
  intersect: null,
  array: 'join',
  partition: 'by',
  rows: null,
  range: null,
  using: null,
  sample: null,
  interpolate: null,
  format: null,
};

export interface LimitClause {
  /** Null for a lone `OFFSET m`. */
  limit: Expr | null;
  offset: Expr | null;
  percent: boolean;
  withTies: boolean;
}

export abstract class ClauseParser extends TableParser {
  /** Does a clause keyword (not a name continuing the list) start `ahead` tokens from here? */
  protected endsExprListAt(ahead: number): boolean {
    const token = this.peek(ahead);
    if (token.kind !== TokenKind.Word || !(token.word in CLAUSE_WORDS)) return false;
    const needs = CLAUSE_WORDS[token.word];
    if (needs) return this.wordAt(ahead + 1) === needs;
    const next = this.peek(ahead + 1);
    return !continuesExpression(next);
  }

  /** Is the current token a clause keyword (whatever follows it)? */
  protected atClauseKeyword(): boolean {
    const token = this.tok;
    if (token.kind !== TokenKind.Word || !(token.word in CLAUSE_WORDS)) return false;
    const needs = CLAUSE_WORDS[token.word];
    return !needs || this.wordAt(1) === needs;
  }

  protected endsLimitValueAt(ahead: number): boolean {
    if (!this.startsExpressionAt(ahead) || this.endsExprListAt(ahead)) return true;
    return this.wordAt(ahead) === 'with' && this.wordAt(ahead + 1) === 'ties';
  }

  // ------------------------------------------------------------------------------------------
  // WITH
  // ------------------------------------------------------------------------------------------

  /** `WITH [RECURSIVE] cte, …` at WITH. */
  protected parseWithClause(): CTE[] {
    this.advance();
    // `WITH RECURSIVE …`, unless `recursive` is the name being defined (`WITH recursive AS (…)`).
    const next = this.peek();
    const named = next.kind === TokenKind.LParen || (next.kind === TokenKind.Word && (next.word === 'as' || next.word === 'using'));
    const recursive = this.atWord('recursive') && !named && this.startsExpressionAt(1) ? this.advance() !== null : false;
    const ctes: CTE[] = [];
    do {
      if (this.atWord('select') && ctes.length > 0) break;
      const cte = this.eitherOf<CTE>(() => this.parseSubqueryCte(), () => this.parseColumnCte());
      ctes.push(recursive ? sortedKeys({ ...cte, recursive: true as const }) : cte);
    } while (this.eat(TokenKind.Comma));
    return ctes;
  }

  /** `name [(columns)] [USING KEY (columns)] AS [NOT] [MATERIALIZED] (query)` */
  private parseSubqueryCte(): CTE {
    const start = this.startOf(this.tok);
    if (!this.isName(this.tok)) {
      this.errorAt(this.tok, `expected a name for the WITH subquery, found ${this.describe(this.tok)}`);
      return { cte_type: 'column', end: this.endPos(), expr: this.placeholder(), name: '', node: 'CTE', start };
    }
    const name = this.advance().value;
    const columns = this.at(TokenKind.LParen) ? this.parseNameList() : null;
    let usingKey: string[] | null = null;
    if (this.atWord('using') && this.wordAt(1) === 'key') {
      this.advance();
      this.advance();
      usingKey = this.at(TokenKind.LParen) ? this.parseNameList() : [];
    }
    this.expectWord('as', 'after the WITH name');
    let materialized: boolean | null = null;
    if (this.atWord('not') && this.wordAt(1) === 'materialized') {
      this.advance();
      this.advance();
      materialized = false;
    } else if (this.eatWord('materialized')) {
      materialized = true;
    }
    const open = this.tok;
    if (!this.expect(TokenKind.LParen, '(', 'before the WITH subquery')) {
      return { cte_type: 'column', end: this.endPos(), expr: this.placeholder(), name, node: 'CTE', start };
    }
    const expr = this.parseQueryBody();
    this.expectQueryClose(open, 'WITH subquery');
    const cte = { columns, cte_type: 'subquery', end: this.endPos(), expr, materialized, name, node: 'CTE', start, using_key: usingKey };
    return cte as CTE;
  }

  /** `expr AS name` */
  private parseColumnCte(): CTE {
    const start = this.startOf(this.tok);
    const expr = this.parseExpr(Prec.Ternary);
    this.expectWord('as', "and a name in 'WITH expr AS name'");
    const name = this.isName(this.tok) ? this.advance().value : '';
    if (name === '') this.errorAt(this.tok, `expected a name after 'AS', found ${this.describe(this.tok)}`);
    return { cte_type: 'column', end: this.endPos(), expr, name, node: 'CTE', start };
  }

  // ------------------------------------------------------------------------------------------
  // Columns
  // ------------------------------------------------------------------------------------------

  /** The columns after SELECT [DISTINCT]; a trailing comma is allowed. */
  protected parseSelectColumns(): Expr[] {
    const columns: Expr[] = [this.parseSelectColumn()];
    while (this.at(TokenKind.Comma)) {
      if (this.endsExprListAt(1) || !this.startsSelectColumnAt(1)) {
        this.advance();
        break;
      }
      this.advance();
      columns.push(this.parseSelectColumn());
    }
    return columns;
  }

  private startsSelectColumnAt(ahead: number): boolean {
    return this.startsExpressionAt(ahead);
  }

  /** `name: expr`, `expr`, `expr alias`. */
  private parseSelectColumn(): Expr {
    const first = this.tok;
    if (this.isName(first) && this.peek().kind === TokenKind.Colon) {
      this.advance();
      this.advance();
      const expr = this.parseExpr(Prec.Lowest);
      this.checkAlias(first, first.value);
      return { alias: first.value, end: this.endPos(), expr, node: 'Alias', start: this.startOf(first) };
    }
    if (first.kind === TokenKind.Word && first.word === 'from' && this.isImplicitAlias(this.peek())) {
      this.errorSpan(first, this.peek(), 'Cannot use "from" before an implicit alias');
      this.advance();
      this.advance();
      return this.placeholder();
    }
    const expr = this.parseExpr(Prec.Lowest);
    if (!this.isImplicitAlias(this.tok)) return expr;
    const alias = this.advance();
    this.checkAlias(alias, alias.value);
    return { alias: alias.value, end: this.endPos(), expr, node: 'Alias', start: this.startOf(first) };
  }

  private isImplicitAlias(token: Token): boolean {
    return this.isPlainIdentifier(token) || (token.kind === TokenKind.Word && IMPLICIT_ALIAS_KEYWORDS.has(token.word));
  }

  protected checkAlias(token: Token, alias: string): void {
    if (RESERVED_ALIASES.has(alias.toLowerCase())) {
      this.errorAt(token, `"${alias}" cannot be an alias or identifier, as it's a reserved keyword`);
    }
  }

  /** `[LEFT|INNER] ARRAY JOIN expr AS name, …` */
  protected parseArrayJoin(): { op: 'ARRAY JOIN' | 'LEFT ARRAY JOIN' | 'INNER ARRAY JOIN'; list: Expr[] } {
    const modifier = this.atWord('array') ? '' : this.advance().word;
    this.advance();
    this.advance();
    const list = this.parseExprList();
    for (const item of list) {
      if (item.node !== 'Alias') this.errorAt(this.tokenAt(item), 'ARRAY JOIN arrays must have an alias: write expr AS name');
    }
    const op = modifier === 'left' ? 'LEFT ARRAY JOIN' : modifier === 'inner' ? 'INNER ARRAY JOIN' : 'ARRAY JOIN';
    return { list, op };
  }

  /** The token a node starts at, for messages. */
  private tokenAt(node: Expr): Token {
    const offset = (node as { start?: { offset: number } }).start?.offset;
    return this.tokens.find((token) => token.start === offset) ?? this.prev;
  }

  // ------------------------------------------------------------------------------------------
  // GROUP BY, LIMIT, WINDOW
  // ------------------------------------------------------------------------------------------

  /** After GROUP BY: `ALL`, `CUBE (…)`, `ROLLUP (…)`, `GROUPING SETS ((…), …)` or a list. */
  protected parseGroupBy(): { exprs: (Expr | GroupingSet)[] | null; mode: 'all' | 'cube' | 'grouping_sets' | 'rollup' | null } {
    if (this.atWord('all') && !continuesAfterName(this.peek())) {
      this.advance();
      return { exprs: null, mode: 'all' };
    }
    if ((this.atWord('cube') || this.atWord('rollup')) && this.peek().kind === TokenKind.LParen) {
      const mode = this.advance().word as 'cube' | 'rollup';
      const open = this.advance();
      const exprs = this.parseExprList();
      this.expectClosingParen(open, `'${mode.toUpperCase()}' list`);
      return { exprs, mode };
    }
    if (this.atWord('grouping') && this.wordAt(1) === 'sets' && this.peek(2).kind === TokenKind.LParen) {
      this.advance();
      this.advance();
      const open = this.advance();
      const sets: GroupingSet[] = [];
      do {
        const setOpen = this.tok;
        if (!this.expect(TokenKind.LParen, '(', 'to start a grouping set')) break;
        const exprs = this.at(TokenKind.RParen) ? [] : this.parseExprList();
        this.expectClosingParen(setOpen, 'grouping set');
        sets.push({ end: this.endPos(), exprs, node: 'GroupingSet', start: this.startOf(setOpen) });
      } while (this.eat(TokenKind.Comma));
      this.expectClosingParen(open, "'GROUPING SETS' list");
      return { exprs: sets, mode: 'grouping_sets' };
    }
    return { exprs: this.parseExprList(), mode: null };
  }

  /** The value after LIMIT: `%` right after it is a percentage, not a modulo. */
  protected parseLimitValue(): Expr {
    const outer = this.limitValueContext;
    this.limitValueContext = true;
    const value = this.parseExpr(Prec.Lowest);
    this.limitValueContext = outer;
    return value;
  }

  /** `LIMIT n [%] [, m | OFFSET m] [WITH TIES]`, at LIMIT; OFFSET only when `takeOffset` agrees. */
  protected parseLimit(takeOffset: () => boolean = () => true): LimitClause {
    this.advance();
    const limit = this.parseLimitValue();
    const percent = this.eat(TokenKind.Percent);
    let offset: Expr | null = null;
    if (this.eat(TokenKind.Comma)) offset = this.parseExpr(Prec.Lowest);
    const withTies = this.atWord('with') && this.wordAt(1) === 'ties';
    if (withTies) {
      this.advance();
      this.advance();
    }
    if (offset === null && this.atWord('offset') && takeOffset()) {
      this.advance();
      offset = this.parseExpr(Prec.Lowest);
    }
    return { limit, offset, percent, withTies };
  }

  /** `LIMIT n [, m | OFFSET m] BY exprs` when the LIMIT at hand is one; else null (nothing consumed). */
  protected parseLimitBy(): LimitByExpr | null {
    const mark = this.mark();
    const start = this.startOf(this.advance());
    const first = this.parseExpr(Prec.Lowest);
    let second: Expr | null = null;
    let comma = false;
    if (this.at(TokenKind.Comma) || this.atWord('offset')) {
      comma = this.advance().kind === TokenKind.Comma;
      second = this.parseExpr(Prec.Lowest);
    }
    if (!this.atWord('by') || this.failedSince(mark)) {
      this.reset(mark);
      return null;
    }
    this.advance();
    const exprs = this.parseExprList();
    // `LIMIT a, b BY …` means offset a, limit b.
    const n = comma && second !== null ? second : first;
    const offset = comma ? first : second;
    return { end: this.endPos(), exprs, n, node: 'LimitByExpr', offset_value: offset, start };
  }

  /** `WINDOW name AS (spec), …` at WINDOW. */
  protected parseWindowClause(): Record<string, WindowExpr> {
    this.advance();
    const windows: Record<string, WindowExpr> = {};
    do {
      const name = this.isName(this.tok) ? this.advance().value : '';
      if (name === '') this.errorAt(this.tok, `expected a window name, found ${this.describe(this.tok)}`);
      this.expectWord('as', 'after the window name');
      const open = this.tok;
      if (!this.expect(TokenKind.LParen, '(', 'before the window specification')) break;
      windows[name] = this.parseWindowExpr();
      this.expectClosingParen(open, 'window specification');
    } while (this.eat(TokenKind.Comma));
    return sortedKeys(windows);
  }
}

/** Does `token` make the word before it a name in an expression (`all.x`, `all + 1`)? */
function continuesAfterName(token: Token): boolean {
  switch (token.kind) {
    case TokenKind.Dot:
    case TokenKind.NullProperty:
    case TokenKind.LBracket:
    case TokenKind.LParen:
    case TokenKind.DoubleColon:
      return true;
    default:
      return token.kind >= TokenKind.Plus && token.kind <= TokenKind.Nullish;
  }
}

/** Would `token`, after a word, make that word part of an expression (a name) instead? */
function continuesExpression(token: Token): boolean {
  switch (token.kind) {
    case TokenKind.Comma:
    case TokenKind.RParen:
    case TokenKind.RBracket:
    case TokenKind.RBrace:
    case TokenKind.EOF:
    case TokenKind.Dot:
    case TokenKind.NullProperty:
    case TokenKind.LBracket:
    case TokenKind.DoubleColon:
    case TokenKind.Semicolon:
      return true;
    default:
      return token.kind >= TokenKind.Plus && token.kind <= TokenKind.Nullish && token.kind !== TokenKind.Dash && token.kind !== TokenKind.Plus;
  }
}
