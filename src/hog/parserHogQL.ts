// HogQL expression forms introduced by a word that is otherwise an ordinary name: `case`,
// `interval`, `cast`, `try_cast`, `trim`, `columns`, `lambda x: …`. Each is tried
// speculatively; when it does not fit, the word is a name (`let case := 1` is valid Hog).
import type { Expr } from './ast';
import { Prec } from './parserCore';
import { TypeParser } from './parserTypes';
import { Token, TokenKind } from './tokens';

const INTERVAL_UNITS: Record<string, string> = {
  second: 'Second',
  minute: 'Minute',
  hour: 'Hour',
  day: 'Day',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
  yyyy: 'Year',
};

export abstract class HogQLFormParser extends TypeParser {
  protected parseKeywordExpression(token: Token): Expr | null {
    if (token.kind !== TokenKind.Word) return null;
    const next = this.peek();
    if (next.kind === TokenKind.LParen) {
      switch (token.word) {
        case 'cast':
        case 'try_cast': {
          this.enumType = null;
          const cast = this.attempt(() => this.parseCast(token));
          if (cast !== null && this.enumType !== null) this.errorAt(this.enumType, 'Enum types are not supported in casts');
          return cast;
        }
        case 'trim':
          return this.attempt(() => this.parseTrim(token) ?? this.placeholderError());
        case 'columns':
          return this.parseColumns(token);
        case 'substring':
          return this.parseSubstringFrom(token);
      }
    }
    if (token.word === 'lambda' && this.isName(next)) return this.attempt(() => this.parseColonLambda(token));
    if ((token.word === 'date' || token.word === 'timestamp') && next.kind === TokenKind.String) {
      this.errorSpan(token, next, `${token.word} '...' literals are not supported in Hog; use toDate${token.word === 'date' ? '' : 'Time'}('...')`);
      this.advance();
      this.advance();
      return this.placeholder();
    }
    if (token.word === 'interval' && next.kind === TokenKind.String) return this.parseIntervalText(token);
    if (token.word === 'case') return this.attempt(() => this.parseCase(token));
    if (token.word === 'interval') return this.attempt(() => this.parseInterval(token));
    return null;
  }

  /** Runs `parse`; if it reports an error, undoes it and returns null (the word is a name). */
  private attempt(parse: () => Expr): Expr | null {
    const mark = this.mark();
    const expr = parse();
    if (!this.failedSince(mark)) return expr;
    this.reset(mark);
    return null;
  }

  /** `case [x] when a then b ... [else c] end` → `multiIf(...)` / `_caseWithExpression(x, ...)`. */
  private parseCase(keyword: Token): Expr {
    this.advance();
    const args: Expr[] = [];
    // `case when when x …` and `case case when …` test the names `when` / `case`.
    let subject: Expr | null = null;
    if (this.tok.kind === TokenKind.Word && this.wordAt(1) === 'when' && this.isName(this.tok)) {
      const name = this.advance();
      subject = { chain: [name.value], end: this.endPos(), node: 'Field', start: this.startOf(name) };
    } else if (!this.atWord('when')) {
      subject = this.parseExpr(Prec.Lowest);
    }
    if (subject !== null) args.push(subject);
    if (!this.atWord('when')) this.errorAt(this.tok, "expected 'when' in 'case'");
    while (this.eatWord('when')) {
      args.push(this.parseExpr(Prec.Lowest));
      if (!this.eatWord('then')) this.errorAt(this.tok, "expected 'then' in 'case'");
      args.push(this.parseExpr(Prec.Lowest));
    }
    const otherwise: Expr = this.eatWord('else') ? this.parseExpr(Prec.Lowest) : { node: 'Constant', value: null };
    args.push(otherwise);
    if (!this.eatWord('end')) this.errorAt(this.tok, "expected 'end' to close 'case'");
    // One `when` without a subject is a plain `if(cond, then, else)`, as in the official parser.
    const name = subject !== null ? '_caseWithExpression' : args.length === 3 ? 'if' : 'multiIf';
    return { args, end: this.endPos(), name, node: 'Call', start: this.startOf(keyword) };
  }

  /** A failed form: makes `attempt` fall back to reading the word as a name. */
  private placeholderError(): Expr {
    this.errorAt(this.tok, 'not this form');
    return this.placeholder();
  }

  /** `cast(expr as Type)` → TypeCast, `try_cast(…)` → TryCast, with the type printed as text. */
  private parseCast(keyword: Token): Expr {
    this.advance();
    const open = this.advance();
    const expr = this.parseExpr(Prec.Ternary);
    if (!this.eatWord('as')) this.errorAt(this.tok, `expected 'as' and a type in '${keyword.value}'`);
    const typeName = this.parseColumnType() ?? '';
    if (!this.eat(TokenKind.RParen)) this.errorAt(open, `unclosed '(' in '${keyword.value}'`);
    const node = keyword.word === 'cast' ? 'TypeCast' : 'TryCast';
    return { end: this.endPos(), expr, node, start: this.startOf(keyword), type_name: typeName };
  }

  /** `lambda x, y: expr` */
  private parseColonLambda(keyword: Token): Expr {
    this.advance();
    const args: string[] = [];
    while (this.isName(this.tok)) {
      args.push(this.advance().value);
      if (!this.eat(TokenKind.Comma)) break;
    }
    if (!this.eat(TokenKind.Colon)) this.errorAt(this.tok, "expected ':' after the lambda's parameters");
    const expr = this.parseExpr(Prec.Lowest);
    return { args, end: this.endPos(), expr, node: 'Lambda', start: this.startOf(keyword) };
  }

  /** `substring(s FROM a [FOR b])` parses officially but is rejected; say so clearly. */
  private parseSubstringFrom(keyword: Token): Expr | null {
    let depth = 0;
    for (let i = 1; ; i++) {
      const token = this.peek(i);
      if (token.kind === TokenKind.EOF) return null;
      if (token.kind === TokenKind.LParen) depth++;
      else if (token.kind === TokenKind.RParen && --depth === 0) return null;
      else if (depth === 1 && token.kind === TokenKind.Word && token.word === 'from') {
        this.errorSpan(keyword, token, `'${keyword.value}(… FROM …)' is not supported; write ${keyword.value}(string, offset, length)`);
        while (this.index < this.tokens.indexOf(token)) this.advance();
        this.skipToClosingParen();
        return this.placeholder();
      }
    }
  }

  private skipToClosingParen(): void {
    let depth = 1;
    while (!this.at(TokenKind.EOF) && depth > 0) {
      if (this.at(TokenKind.LParen)) depth++;
      else if (this.at(TokenKind.RParen)) depth--;
      this.advance();
    }
  }

  /** `interval '2 days'` → `toIntervalDay(2)`. */
  private parseIntervalText(keyword: Token): Expr {
    this.advance();
    const text = this.advance();
    const [count = '', word = '', extra] = text.value.split(' ');
    const unit = INTERVAL_UNITS[word.endsWith('s') ? word.slice(0, -1) : word];
    if (!/^\d+$/.test(count) || unit === undefined || extra !== undefined) {
      this.errorSpan(keyword, text, `unsupported interval '${text.value}': write a whole number and a unit, e.g. '2 day'`);
      return this.placeholder();
    }
    const amount: Expr = { node: 'Constant', value: Number(count) };
    return { args: [amount], end: this.endPos(), name: 'toInterval' + unit, node: 'Call', start: this.startOf(keyword) };
  }

  /** `interval 7 day` → `toIntervalDay(7)`. */
  private parseInterval(keyword: Token): Expr {
    this.advance();
    const amount = this.parseExpr(Prec.Lowest);
    const unit = this.tok.kind === TokenKind.Word ? INTERVAL_UNITS[this.tok.word] : undefined;
    if (unit === undefined) {
      this.errorAt(this.tok, "expected a unit (second, minute, hour, day, week, month, quarter, year) after 'interval'");
      return amount;
    }
    this.advance();
    return { args: [amount], end: this.endPos(), name: 'toInterval' + unit, node: 'Call', start: this.startOf(keyword) };
  }
}
