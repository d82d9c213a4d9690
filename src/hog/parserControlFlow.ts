// Control-flow statements: if, while, both kinds of for, and try / catch / finally.
// The other statements and blocks are in parser.ts.
import type { Block, CatchClause, Expr, ForClause, Statement, TryCatchStatement, VariableDeclaration } from './ast';
import { Prec } from './parserCore';
import { SelectParser } from './parserSelect';
import { Token, TokenKind } from './tokens';

export abstract class ControlFlowParser extends SelectParser {
  protected abstract parseDeclaration(): Statement | null;
  protected abstract parseVarDecl(equalsMessage: string): VariableDeclaration;
  protected abstract parseExpressionStatement(allowSemicolon: boolean): Statement;

  // ------------------------------------------------------------------------------------------
  // Control flow
  // ------------------------------------------------------------------------------------------

  /** `( condition )` after `if` / `while`. */
  private parseCondition(keyword: Token): Expr {
    const open = this.tok;
    if (!this.eat(TokenKind.LParen)) {
      this.errorAt(this.tok, `expected '(' after '${keyword.value}', found ${this.describe(this.tok)}`);
    }
    let condition: Expr;
    if (this.at(TokenKind.RParen)) {
      this.errorAt(this.tok, `missing condition in '${keyword.value}'`);
      condition = this.placeholder();
    } else {
      condition = this.parseExpr(Prec.Lowest);
    }
    if (!this.eat(TokenKind.RParen)) {
      if (this.at(TokenKind.LBrace) || this.tok.newlineBefore || this.at(TokenKind.EOF)) {
        this.errorAt(open, `unclosed '(' in '${keyword.value}' condition`);
      } else {
        this.errorAt(this.tok, `expected ')' after the '${keyword.value}' condition, found ${this.describe(this.tok)}`);
      }
    }
    return condition;
  }

  /** The statement controlled by `if` / `else` / `while` / `for`. */
  private parseBody(keyword: Token): Statement {
    const statement = this.parseDeclaration();
    if (statement !== null) return statement;
    const at = this.endPos();
    if (this.prev.kind !== TokenKind.Semicolon) this.errorAt(this.tok, `expected a statement after '${keyword.value}'`);
    return { declarations: [], end: at, node: 'Block', start: at };
  }

  protected parseIf(): Statement {
    const keyword = this.advance();
    const expr = this.parseCondition(keyword);
    const then = this.parseBody(keyword);
    let otherwise: Statement | null = null;
    if (this.atWord('else')) {
      const elseKeyword = this.advance();
      otherwise = this.parseBody(elseKeyword);
    }
    return { else_: otherwise, end: this.endPos(), expr, node: 'IfStatement', start: this.startOf(keyword), then };
  }

  protected parseWhile(): Statement {
    const keyword = this.advance();
    const expr = this.parseCondition(keyword);
    const body = this.parseBody(keyword);
    this.eat(TokenKind.Semicolon);
    return { body, end: this.endPos(), expr, node: 'WhileStatement', start: this.startOf(keyword) };
  }

  /** `for (let v in xs)`, `for (let k, v in xs)` or `for (init; condition; increment)`. */
  protected parseFor(): Statement {
    const keyword = this.advance();
    const open = this.advance();
    if (this.isForIn()) return this.parseForIn(keyword, open);
    const initializer = this.parseForClause(TokenKind.Semicolon);
    this.expectForSemicolon();
    const condition = this.at(TokenKind.Semicolon) ? null : this.parseExpr(Prec.Lowest);
    this.expectForSemicolon();
    const increment = this.parseForClause(TokenKind.RParen);
    if (!this.eat(TokenKind.RParen)) this.errorAt(open, "unclosed '(' in 'for': expected ')'");
    const body = this.parseBody(keyword);
    this.eat(TokenKind.Semicolon);
    return { body, condition, end: this.endPos(), increment, initializer, node: 'ForStatement', start: this.startOf(keyword) };
  }

  private isForIn(): boolean {
    if (!this.atWord('let')) return false;
    let ahead = 2;
    if (this.peek(ahead).kind === TokenKind.Comma) ahead += 2;
    const word = this.peek(ahead);
    return word.kind === TokenKind.Word && word.word === 'in';
  }

  private parseForIn(keyword: Token, open: Token): Statement {
    this.advance(); // let
    const first = this.advance().value;
    let second: string | null = null;
    if (this.eat(TokenKind.Comma)) second = this.advance().value;
    this.advance(); // in
    const expr = this.parseExpr(Prec.Lowest);
    if (!this.eat(TokenKind.RParen)) this.errorAt(open, "unclosed '(' in 'for': expected ')'");
    const body = this.parseBody(keyword);
    this.eat(TokenKind.Semicolon);
    const keyVar = second === null ? null : first;
    const valueVar = second ?? first;
    return { body, end: this.endPos(), expr, keyVar, node: 'ForInStatement', start: this.startOf(keyword), valueVar };
  }

  /** The initializer or increment of a C-style `for`; null when empty. */
  private parseForClause(terminator: TokenKind): ForClause | null {
    if (this.at(terminator)) return null;
    if (this.atWord('let')) return this.parseVarDecl("use ':=' in the loop initializer, not '='");
    const statement = this.parseExpressionStatement(false);
    return statement.node === 'ExprStatement' ? statement.expr : (statement as ForClause);
  }

  private expectForSemicolon(): void {
    if (!this.eat(TokenKind.Semicolon)) this.errorAt(this.tok, `expected ';' in the 'for' header, found ${this.describe(this.tok)}`);
  }

  // ------------------------------------------------------------------------------------------
  // try / catch / finally
  // ------------------------------------------------------------------------------------------

  protected parseTry(): TryCatchStatement {
    const keyword = this.advance();
    let tryBlock: Block;
    if (this.at(TokenKind.LBrace)) {
      tryBlock = this.parseBlock("'try' block");
    } else {
      this.errorAt(this.tok, "'try' must be followed by a block in braces");
      const statement = this.parseDeclaration();
      const at = this.endPos();
      tryBlock = { declarations: statement === null ? [] : [statement], end: at, node: 'Block', start: at };
    }
    const catches: CatchClause[] = [];
    while (this.atWord('catch')) catches.push(this.parseCatch());
    let finallyBlock: Block | null = null;
    if (this.eatWord('finally')) finallyBlock = this.parseBlock("'finally' block");
    return {
      catches,
      end: this.endPos(),
      finally_stmt: finallyBlock,
      node: 'TryCatchStatement',
      start: this.startOf(keyword),
      try_stmt: tryBlock,
    };
  }

  /** `catch [(name [: Type])] { ... }` */
  protected parseCatch(): CatchClause {
    this.advance();
    let name: string | null = null;
    let type: string | null = null;
    if (this.at(TokenKind.LParen)) {
      const open = this.advance();
      if (this.isName(this.tok)) name = this.advance().value;
      else this.errorAt(this.tok, `expected a variable name in 'catch', found ${this.describe(this.tok)}`);
      if (this.eat(TokenKind.Colon)) {
        if (this.isName(this.tok)) type = this.advance().value;
        else this.errorAt(this.tok, `expected an error type name after ':', found ${this.describe(this.tok)}`);
      }
      if (!this.eat(TokenKind.RParen)) this.errorAt(open, "unclosed '(' in 'catch': expected ')'");
    }
    return [name, type, this.parseBlock("'catch' block")];
  }
}
