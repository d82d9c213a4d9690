// FROM: tables, table functions, subqueries, VALUES, placeholders and tags, with aliases,
// FINAL, SAMPLE, PIVOT / UNPIVOT, chained by joins into JoinExpr lists (`next_join`), as the
// official parser builds them (see its JoinExprOp / JoinExprTable / TableExprAlias visitors).
import type {
  Expr,
  JoinConstraint,
  JoinExpr,
  ListTuple,
  PivotColumn,
  PivotExpr,
  RatioExpr,
  SampleExpr,
  TableFunctionName,
  TableValue,
  UnpivotColumn,
  UnpivotExpr,
  ValuesQuery,
} from './ast';
import { Prec, sortedKeys } from './parserCore';
import { joinOperatorAt } from './parserJoinOps';
import { WindowParser } from './parserWindows';
import { Token, TokenKind } from './tokens';

/** Aliases that the official parser refuses. */
const RESERVED_ALIASES = new Set(['true', 'false', 'null', 'team_id']);
/** The keywords that may be a table alias without AS. */
const ALIAS_KEYWORDS = new Set(['date', 'first', 'id', 'key']);

export abstract class TableParser extends WindowParser {
  /** The tables after FROM. */
  protected parseJoinExpr(): JoinExpr {
    const first = this.tok;
    let chain = this.parseJoinPrimary();
    for (;;) {
      if (this.at(TokenKind.Comma) || (this.atWord('cross') && this.wordAt(1) === 'join')) {
        this.advance();
        if (this.prev.kind !== TokenKind.Comma) this.advance();
        const right = this.parseJoinPrimary();
        chain = appendJoin(chain, sortedKeys({ ...right, join_type: 'CROSS JOIN' }));
        continue;
      }
      if (this.atWord('pivot') || this.atWord('unpivot')) {
        const table = this.atWord('pivot') ? this.parsePivot(chain, first) : this.parseUnpivot(chain, first);
        chain = { alias: null, end: table.end, next_join: null, node: 'JoinExpr', sample: null, start: table.start, table, table_final: null };
        continue;
      }
      const operator = joinOperatorAt((ahead) => this.wordAt(ahead));
      if (operator === null) return chain;
      for (let i = 0; i < operator.length; i++) this.advance();
      const right = this.parseJoinPrimary();
      const constraint = this.parseJoinConstraint();
      chain = appendJoin(chain, sortedKeys({ ...right, constraint, join_type: operator.type }));
    }
  }

  /** A table with FINAL / SAMPLE, or `( joins )`. */
  private parseJoinPrimary(): JoinExpr {
    const first = this.tok;
    if (first.kind === TokenKind.LParen && this.queryStartsAt(1) === null && this.wordAt(1) !== 'values') {
      const open = this.advance();
      const inner = this.parseJoinExpr();
      this.expectClosingParen(open, 'join');
      return inner;
    }
    const table = this.parseTableExpr();
    const final = this.atWord('final') ? this.advance() !== null : false;
    const sample = this.atWord('sample') ? this.parseSample() : null;
    if (table.node === 'JoinExpr') return sortedKeys({ ...table, sample, table_final: final ? true : null });
    return { alias: null, end: this.endPos(), next_join: null, node: 'JoinExpr', sample, start: this.startOf(first), table, table_final: final ? true : null };
  }

  /** A table expression with its PIVOT / UNPIVOT and alias suffixes. */
  private parseTableExpr(): TableValue {
    const first = this.tok;
    let table = this.parseTableValue();
    for (;;) {
      if (this.atWord('pivot') && this.peek().kind === TokenKind.LParen) {
        table = this.parsePivot(table, first);
      } else if (this.atWord('unpivot')) {
        table = this.parseUnpivot(table, first);
      } else if (this.atTableAlias()) {
        table = this.parseTableAlias(table, first);
      } else {
        return table;
      }
    }
  }

  private parseTableValue(): TableValue {
    const token = this.tok;
    if (token.kind === TokenKind.LParen) {
      if (this.wordAt(1) === 'values') return this.parseValues();
      const open = this.advance();
      const query = this.parseQueryBody();
      this.expectQueryClose(open, 'subquery');
      return query;
    }
    if (token.kind === TokenKind.LBrace) return this.parseBraced();
    if (token.kind === TokenKind.TagStart || token.kind === TokenKind.Lt) return this.parseTag();
    if (!this.isName(token)) {
      this.errorAt(token, `expected a table name, found ${this.describe(token)}`);
      return this.placeholder();
    }
    if (this.peek().kind === TokenKind.LParen) return this.parseTableFunction();
    const chain = [this.advance().value];
    while (this.at(TokenKind.Dot) && this.isName(this.peek())) {
      this.advance();
      chain.push(this.advance().value);
    }
    return { chain, end: this.endPos(), node: 'Field', start: this.startOf(token) };
  }

  /** `name(args)` as a table. */
  private parseTableFunction(): JoinExpr {
    const name = this.advance();
    const open = this.advance();
    const args = this.at(TokenKind.RParen) ? (this.advance(), []) : this.parseList(open, TokenKind.RParen, 'argument');
    const table: TableFunctionName = { chain: [name.value], node: 'Field' };
    return { alias: null, end: this.endPos(), next_join: null, node: 'JoinExpr', start: this.startOf(name), table, table_args: args };
  }

  /** `(VALUES (1, 2), (3, 4))` */
  private parseValues(): ValuesQuery {
    const open = this.advance();
    const start = this.startOf(this.advance());
    const rows: Expr[][] = [];
    do {
      const row = this.tok;
      if (!this.expect(TokenKind.LParen, '(', 'to start a VALUES row')) break;
      const values = [this.parseExpr(Prec.Lowest)];
      while (this.eat(TokenKind.Comma)) values.push(this.parseExpr(Prec.Lowest));
      this.expectClosingParen(row, 'VALUES row');
      rows.push(values);
    } while (this.eat(TokenKind.Comma));
    const values: ValuesQuery = { end: this.endPos(), node: 'ValuesQuery', rows, start };
    this.expectClosingParen(open, 'VALUES');
    return values;
  }

  /** Is the current token an alias for the table before it? */
  private atTableAlias(): boolean {
    const token = this.tok;
    if (token.kind === TokenKind.Word && token.word === 'as') return this.isName(this.peek());
    return this.isPlainIdentifier(token) || (token.kind === TokenKind.Word && ALIAS_KEYWORDS.has(token.word));
  }

  /** `[AS] alias [(column, …)]` */
  private parseTableAlias(table: TableValue, first: Token): JoinExpr {
    this.eatWord('as');
    const aliasToken = this.advance();
    const alias = aliasToken.value;
    if (RESERVED_ALIASES.has(alias.toLowerCase())) {
      this.errorAt(aliasToken, `"${alias}" cannot be an alias or identifier, as it's a reserved keyword`);
    }
    let columnAliases: string[] | null = null;
    if (this.at(TokenKind.LParen) && this.isName(this.peek())) {
      const open = this.advance();
      columnAliases = [];
      do {
        if (this.isName(this.tok)) columnAliases.push(this.advance().value);
        else this.errorAt(this.tok, `expected a column name, found ${this.describe(this.tok)}`);
      } while (this.eat(TokenKind.Comma));
      this.expectClosingParen(open, 'column aliases');
    }
    if (table.node === 'JoinExpr') return sortedKeys({ ...table, alias, column_aliases: columnAliases });
    return { alias, column_aliases: columnAliases, end: this.endPos(), next_join: null, node: 'JoinExpr', start: this.startOf(first), table };
  }

  /** `SAMPLE ratio [%] [OFFSET ratio] [(name)]` */
  private parseSample(): SampleExpr {
    const start = this.startOf(this.advance());
    const sample = this.parseRatio();
    this.eat(TokenKind.Percent);
    const offset = this.atWord('offset') ? this.parseSampleOffset() : null;
    if (this.at(TokenKind.LParen) && this.isName(this.peek()) && this.peek(2).kind === TokenKind.RParen) {
      this.advance();
      this.advance();
      this.advance();
    }
    return { end: this.endPos(), node: 'SampleExpr', offset_value: offset, sample_value: sample, start };
  }

  /**
   * `OFFSET ratio` of a SAMPLE; nothing when what follows makes it the query's OFFSET instead
   * (`SAMPLE 0.1 OFFSET 1 AS x` offsets the query by `1 AS x`).
   */
  private parseSampleOffset(): RatioExpr | Extract<Expr, { node: 'Placeholder' }> | null {
    const mark = this.mark();
    this.advance();
    const offset = this.parseRatio();
    const next = this.tok;
    const continues = isExpressionOperator(next) || (next.kind === TokenKind.Word && EXPRESSION_WORDS.has(next.word));
    if (!this.failedSince(mark) && !continues) return offset;
    this.reset(mark);
    return null;
  }

  /** `{placeholder}`, `n` or `n / m` with number literals. */
  private parseRatio(): RatioExpr | Extract<Expr, { node: 'Placeholder' }> {
    if (this.at(TokenKind.LBrace)) {
      const braced = this.parseBraced();
      if (braced.node === 'Placeholder') return braced;
      this.errorAt(this.prev, 'expected a number or a {placeholder} after SAMPLE');
      return { expr: braced, end: this.endPos(), node: 'Placeholder', start: this.endPos() };
    }
    const start = this.startOf(this.tok);
    const left = this.parseNumberLiteral();
    const right = this.at(TokenKind.Slash) && this.advance() ? this.parseNumberLiteral() : null;
    return { end: this.endPos(), left, node: 'RatioExpr', right, start };
  }

  /** `PIVOT (aggregates FOR column IN (values) … [GROUP BY …])` after the table. */
  private parsePivot(table: TableValue, first: Token): PivotExpr {
    this.advance();
    const open = this.tok;
    this.expect(TokenKind.LParen, '(', "after 'PIVOT'");
    const aggregates = this.parseExprList();
    this.expectWord('for', "in 'PIVOT (… FOR column IN (…))'");
    const columns: PivotColumn[] = [];
    do {
      const column = this.parseTupleOrSingle();
      const values = this.parseInList();
      columns.push({ column, node: 'PivotColumn', values });
    } while (!this.at(TokenKind.RParen) && !this.atWord('group') && !this.at(TokenKind.EOF) && this.startsExpression(this.tok));
    let groupBy: Expr[] | null = null;
    if (this.atWord('group') && this.wordAt(1) === 'by') {
      this.advance();
      this.advance();
      groupBy = this.parseExprList();
    }
    this.expectClosingParen(open, 'PIVOT');
    const pivot: PivotExpr = { aggregates, columns, end: this.endPos(), node: 'PivotExpr', start: this.startOf(first), table };
    return groupBy === null ? pivot : sortedKeys({ ...pivot, group_by: groupBy });
  }

  /** `UNPIVOT [INCLUDE NULLS] (values FOR names IN (columns), …)` after the table. */
  private parseUnpivot(table: TableValue, first: Token): UnpivotExpr {
    this.advance();
    const includeNulls = this.atWord('include') && this.wordAt(1) === 'nulls';
    if (includeNulls) {
      this.advance();
      this.advance();
    }
    const open = this.tok;
    this.expect(TokenKind.LParen, '(', "after 'UNPIVOT'");
    const columns: UnpivotColumn[] = [];
    while (!this.at(TokenKind.RParen) && !this.at(TokenKind.EOF)) {
      const valueColumns = this.parseTupleOrSingle();
      this.expectWord('for', "in 'UNPIVOT (values FOR names IN (…))'");
      const nameColumns = this.parseTupleOrSingle();
      const values = this.parseInList();
      // Further `names IN (…)` groups parse, but the official parser keeps only the first.
      while (this.startsExpression(this.tok) && !this.at(TokenKind.RParen)) {
        this.parseTupleOrSingle();
        this.parseInList();
      }
      columns.push({ name_columns: nameColumns, node: 'UnpivotColumn', unpivot_values: values, value_columns: valueColumns });
      if (!this.eat(TokenKind.Comma)) break;
    }
    this.expectClosingParen(open, 'UNPIVOT');
    return { columns, end: this.endPos(), include_nulls: includeNulls, node: 'UnpivotExpr', start: this.startOf(first), table };
  }

  /** `(a, b)` (a Tuple, even of one) or a single expression before IN. */
  private parseTupleOrSingle(): Expr | ListTuple {
    if (this.at(TokenKind.LParen)) {
      const mark = this.mark();
      this.advance();
      const exprs = this.parseExprList();
      if (this.eat(TokenKind.RParen) && (this.atWord('in') || this.atWord('for'))) return { exprs, node: 'Tuple' };
      this.reset(mark);
    }
    return this.parseExpr(Prec.Compare + 1);
  }

  /** `USING (a, b)`; or, when the parentheses go on as an expression (`USING (a)(b)`), a list. */
  private parseUsingList(): Expr[] {
    const mark = this.mark();
    const open = this.advance();
    const exprs = this.parseExprList();
    this.expectClosingParen(open, "'USING' list");
    if (this.failedSince(mark) || this.canFollowExpression(this.tok) || this.at(TokenKind.Comma)) return exprs;
    this.reset(mark);
    return this.parseConstraintList();
  }

  /**
   * The expressions after ON / USING. A comma continues the list only when the next item ends
   * where an expression can; otherwise it is a cross join (`ON a = b, other_table t`).
   */
  private parseConstraintList(): Expr[] {
    const list = [this.parseExpr(Prec.Lowest)];
    while (this.at(TokenKind.Comma) && this.startsExpressionAt(1) && !this.endsExprListAt(1)) {
      const mark = this.mark();
      this.advance();
      const item = this.parseExpr(Prec.Lowest);
      if (this.failedSince(mark) || this.isPlainIdentifier(this.tok) || !this.canFollowExpression(this.tok)) {
        this.reset(mark);
        break;
      }
      list.push(item);
    }
    return list;
  }

  /** Can `token` come right after a complete expression (as opposed to a table alias or such)? */
  private canFollowExpression(token: Token): boolean {
    switch (token.kind) {
      case TokenKind.Comma:
      case TokenKind.RParen:
      case TokenKind.RBrace:
      case TokenKind.Semicolon:
      case TokenKind.EOF:
        return true;
      case TokenKind.Word:
        return !this.isPlainIdentifier(token);
      default:
        return false;
    }
  }

  /** `IN (expr, …)` */
  private parseInList(): Expr[] {
    this.expectWord('in', 'before the list of values');
    const open = this.tok;
    if (!this.expect(TokenKind.LParen, '(', "after 'IN'")) return [];
    const values = this.parseExprList();
    this.expectClosingParen(open, "'IN' list");
    return values;
  }

  /** `ON expr`, `USING (a, b)` or `USING a, b` after a join; null when there is none. */
  private parseJoinConstraint(): JoinConstraint | null {
    if (!this.atWord('on') && !this.atWord('using')) return null;
    const keyword = this.advance();
    const exprs: Expr[] = keyword.word === 'using' && this.at(TokenKind.LParen) ? this.parseUsingList() : this.parseConstraintList();
    if (keyword.word === 'on' && exprs.length > 1) this.errorAt(keyword, 'JOIN … ON takes one condition: combine them with AND');
    const expr: Expr | ListTuple = exprs.length === 1 ? (exprs[0] as Expr) : { exprs, node: 'Tuple' };
    const type = keyword.word === 'on' ? 'ON' : 'USING';
    return { constraint_type: type, end: this.endPos(), expr, node: 'JoinConstraint', start: this.startOf(keyword) };
  }
}

/** Words that continue an expression after a value. */
const EXPRESSION_WORDS = new Set(['as', 'and', 'or', 'is', 'in', 'not', 'like', 'ilike', 'between', 'ignore']);

/** Does `token` continue an expression after a value (a binary operator, `.`, `[`, `(`, `::`)? */
function isExpressionOperator(token: Token): boolean {
  const kind = token.kind;
  if (kind === TokenKind.Dot || kind === TokenKind.LBracket || kind === TokenKind.LParen || kind === TokenKind.DoubleColon) return true;
  return (kind >= TokenKind.Plus && kind <= TokenKind.Nullish) || kind === TokenKind.Query;
}

/** Adds `join` at the end of the `next_join` list starting at `chain`. */
function appendJoin(chain: JoinExpr, join: JoinExpr): JoinExpr {
  let last = chain;
  while (last.next_join) last = last.next_join;
  last.next_join = join;
  return chain;
}
