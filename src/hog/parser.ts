// Recursive-descent parser for Hog. It mirrors the official grammar's choices so that valid
// programs produce the official AST, and recovers from errors so that every mistake in a file is
// reported. The parser is one class built in layers, one file each:
//   parserCore         token cursor, positions, errors, speculation
//   parserCollections  argument lists, parentheses, lambdas, arrays, dicts, f-strings
//   parserPrimary      numbers, names, calls, prefix `-` and `not`
//   parserHogQL        `case` and `interval`
//   parserExpressions  postfix and binary operators by precedence
//   parserControlFlow  if, while, for, try / catch / finally
//   parser (here)      the program, blocks and the other statements
import type { Block, Expr, FunctionDeclaration, Program, Statement, VariableDeclaration } from './ast';
import { ControlFlowParser } from './parserControlFlow';
import { isBinaryOperator, Prec } from './parserCore';
import { Token, TokenKind } from './tokens';

export class Parser extends ControlFlowParser {
  parseProgram(): Program {
    const first = this.tok;
    const declarations = this.parseDeclarations(null);
    const eof = this.tok;
    return { declarations, end: this.startOf(eof), node: 'Program', start: this.startOf(first) };
  }

  /** Statements up to the end of the file, or up to the `}` closing `open`. */
  private parseDeclarations(open: Token | null): Statement[] {
    const statements: Statement[] = [];
    for (;;) {
      const token = this.tok;
      if (token.kind === TokenKind.EOF) break;
      if (token.kind === TokenKind.RBrace) {
        if (open !== null) break;
        this.errorAt(token, "unexpected '}' with no matching '{'");
        this.advance();
        continue;
      }
      const before = this.index;
      const statement = this.parseDeclaration();
      if (statement !== null) statements.push(statement);
      if (this.index === before) this.skipUnparsable();
    }
    return statements;
  }

  /** After an error that consumed nothing: skip to something that can start a statement. */
  private skipUnparsable(): void {
    this.advance();
    while (!this.at(TokenKind.EOF) && !this.tok.newlineBefore && !this.at(TokenKind.Semicolon) && !this.at(TokenKind.RBrace)) {
      this.advance();
    }
  }

  /** One declaration or statement; null for an empty statement (`;`). */
  protected parseDeclaration(): Statement | null {
    if (this.depth >= Parser.MAX_DEPTH) {
      this.errorAt(this.tok, 'statements nested too deeply');
      while (!this.at(TokenKind.EOF)) this.advance();
      return null;
    }
    this.depth++;
    const statement = this.parseStatementInner();
    this.depth--;
    return statement;
  }

  private parseStatementInner(): Statement | null {
    const token = this.tok;
    if (token.kind === TokenKind.Semicolon) {
      this.advance();
      return null;
    }
    if (token.kind === TokenKind.LBrace) return this.parseBlockOrDictStatement();
    if (token.kind !== TokenKind.Word) return this.parseExpressionStatement(true);
    const next = this.peek();
    switch (token.word) {
      case 'let':
        return this.parseVarDecl("use ':=' to assign in a declaration, not '='");
      case 'fun':
      case 'fn':
        return this.parseFunction();
      case 'return':
        // `return + x` cannot be a return statement; the official parser reads the name `return`
        // (also in `return := 1`).
        if (!this.startsExpressionAt(1) && (isBinaryOperator(next.kind) || next.kind === TokenKind.ColonEquals)) break;
        return this.parseReturn();
      case 'throw':
        return this.parseThrow();
      case 'try':
        return this.parseTry();
      case 'while':
        return this.parseWhile();
      case 'if':
        if (next.kind === TokenKind.LParen && !this.groupHoldsComma(1)) return this.parseIf();
        break;
      case 'for':
        if (next.kind === TokenKind.LParen) return this.parseFor();
        break;
      case 'catch':
      case 'finally':
        return this.parseOrphanClause(token);
    }
    return this.parseExpressionStatement(true);
  }

  // ------------------------------------------------------------------------------------------
  // Declarations and simple statements
  // ------------------------------------------------------------------------------------------

  /** `let name [:= expr]`; `equalsMessage` explains a `=` written instead of `:=`. */
  protected parseVarDecl(equalsMessage: string): VariableDeclaration {
    const keyword = this.advance();
    let name = '';
    if (this.isName(this.tok)) {
      name = this.advance().value;
    } else {
      this.errorAt(this.tok, `expected a variable name after 'let', found ${this.describe(this.tok)}`);
    }
    let expr: Expr | null = null;
    if (this.eat(TokenKind.ColonEquals)) {
      expr = this.parseExpr(Prec.Lowest);
    } else if (this.at(TokenKind.EqSingle)) {
      this.errorAt(this.tok, equalsMessage);
      this.advance();
      expr = this.parseExpr(Prec.Lowest);
    }
    return { end: this.endPos(), expr, name, node: 'VariableDeclaration', start: this.startOf(keyword) };
  }

  /** An expression statement, or an assignment `target := value`. */
  protected parseExpressionStatement(allowSemicolon: boolean): Statement {
    const first = this.tok;
    this.statementStart = this.index;
    const target = this.parseExpr(Prec.Lowest);
    if (this.eat(TokenKind.ColonEquals)) {
      let left = target;
      let right = this.parseExpr(Prec.Lowest);
      // `x := 1 := y` reads, as in the official parser, as `(x := 1) := y`: a named argument.
      while (this.at(TokenKind.ColonEquals) && left.node === 'Field' && left.chain.length === 1) {
        this.advance();
        left = { name: left.chain[0] as string, node: 'NamedArgument', value: right };
        right = this.parseExpr(Prec.Lowest);
      }
      if (allowSemicolon) this.eat(TokenKind.Semicolon);
      return { end: this.endPos(), left, node: 'VariableAssignment', right, start: this.startOf(first) };
    }
    if (allowSemicolon) this.eat(TokenKind.Semicolon);
    return { end: this.endPos(), expr: target, node: 'ExprStatement', start: this.startOf(first) };
  }

  private parseReturn(): Statement {
    const keyword = this.advance();
    const expr = this.startsExpression(this.tok) ? this.parseExpr(Prec.Lowest) : null;
    this.eat(TokenKind.Semicolon);
    return { end: this.endPos(), expr, node: 'ReturnStatement', start: this.startOf(keyword) };
  }

  private parseThrow(): Statement {
    const keyword = this.advance();
    let expr: Expr;
    if (this.startsExpression(this.tok)) {
      expr = this.parseExpr(Prec.Lowest);
    } else {
      this.errorAt(this.tok, `'throw' needs an expression to throw, found ${this.describe(this.tok)}`);
      expr = this.placeholder();
    }
    this.eat(TokenKind.Semicolon);
    return { end: this.endPos(), expr, node: 'ThrowStatement', start: this.startOf(keyword) };
  }

  /** `fun name(a, b) { ... }` */
  private parseFunction(): FunctionDeclaration {
    const keyword = this.advance();
    let name = '';
    if (this.isName(this.tok)) name = this.advance().value;
    else this.errorAt(this.tok, `expected a function name after '${keyword.value}', found ${this.describe(this.tok)}`);
    const params: string[] = [];
    if (this.at(TokenKind.LParen)) {
      const open = this.advance();
      while (!this.eat(TokenKind.RParen)) {
        if (this.isName(this.tok)) {
          params.push(this.advance().value);
          if (!this.eat(TokenKind.Comma) && !this.at(TokenKind.RParen)) {
            this.errorAt(this.tok, `expected ',' or ')' in the parameter list, found ${this.describe(this.tok)}`);
            if (!this.isName(this.tok)) break;
          }
        } else {
          this.errorAt(this.tok.kind === TokenKind.LBrace ? open : this.tok, "expected a parameter name or ')'");
          if (this.at(TokenKind.LBrace) || this.at(TokenKind.EOF)) break;
          this.advance();
        }
      }
    } else {
      this.errorAt(this.tok, `expected '(' after the function name, found ${this.describe(this.tok)}`);
    }
    const body = this.parseBlock('function body');
    return { body, end: this.endPos(), name, node: 'Function', params, start: this.startOf(keyword) };
  }

  /** `catch` or `finally` with no `try`: report, then parse and drop the clause. */
  private parseOrphanClause(token: Token): null {
    this.errorAt(token, `'${token.word}' without a preceding 'try' block`);
    if (token.word === 'catch') this.parseCatch();
    else {
      this.advance();
      this.parseBlock('finally block');
    }
    return null;
  }

  // ------------------------------------------------------------------------------------------
  // Blocks
  // ------------------------------------------------------------------------------------------

  /** `{ statements }`; `what` names the block in the message when its `}` is missing. */
  protected parseBlock(what: string): Block {
    if (!this.at(TokenKind.LBrace)) {
      this.errorAt(this.tok, `expected '{' to start the ${what}, found ${this.describe(this.tok)}`);
      const start = this.startOf(this.tok);
      return { declarations: [], end: start, node: 'Block', start };
    }
    const open = this.advance();
    const declarations = this.parseDeclarations(open);
    if (!this.eat(TokenKind.RBrace)) this.errorAt(open, `unclosed '{': ${what} is missing its closing '}'`);
    return { declarations, end: this.endPos(), node: 'Block', start: this.startOf(open) };
  }

  /** At statement level `{` opens a block, unless what follows only reads as a dict. */
  private parseBlockOrDictStatement(): Statement | null {
    const next = this.peek();
    const mayBeDict =
      next.kind !== TokenKind.RBrace && !(next.kind === TokenKind.Word && (next.reserved || next.word === 'return'));
    if (mayBeDict) {
      const mark = this.mark();
      const expr = this.parseBraced();
      const isDict = expr.node === 'Dict' && !this.failedSince(mark);
      this.reset(mark);
      if (isDict) return this.parseExpressionStatement(true);
    }
    return this.parseBlock('block');
  }

}
