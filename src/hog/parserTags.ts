// HogQLX tags as values: `<Tag attr='text' flag other={expr} />` and
// `<Tag attr={x}>text {expr} <Child /></Tag>`. Children become a final `children` attribute;
// text made only of white space with a line break in it is dropped, as officially.
import type { Expr, HogQLXAttribute } from './ast';
import { Prec } from './parserCore';
import { HogQLFormParser } from './parserHogQL';
import { Token, TokenKind } from './tokens';

export abstract class TagParser extends HogQLFormParser {
  protected parseTag(): Expr {
    const open = this.advance(); // <
    const start = this.startOf(open);
    if (!this.isName(this.tok)) {
      this.errorAt(this.tok, `expected a tag name after '<', found ${this.describe(this.tok)}`);
      return this.placeholder();
    }
    const kind = this.advance().value;
    const attributes: HogQLXAttribute[] = [];
    while (this.isName(this.tok)) attributes.push(this.parseAttribute());
    if (this.eat(TokenKind.SlashGt)) return { attributes, end: this.endPos(), kind, node: 'HogQLXTag', start };
    if (!this.eat(TokenKind.Gt)) {
      this.errorAt(this.tok, `expected '>' or '/>' to end the <${kind}> tag, found ${this.describe(this.tok)}`);
      return { attributes, end: this.endPos(), kind, node: 'HogQLXTag', start };
    }
    const children = this.parseChildren(open, kind);
    if (children.length > 0) {
      const named = attributes.find((attribute) => attribute.name === 'children');
      if (named !== undefined) this.errorAt(open, `<${kind}> has both children and a 'children' attribute`);
      attributes.push({ name: 'children', node: 'HogQLXAttribute', value: children });
    }
    return { attributes, end: this.endPos(), kind, node: 'HogQLXTag', start };
  }

  /** `name`, `name='text'`, `name={expr}`. */
  private parseAttribute(): HogQLXAttribute {
    const nameToken = this.advance();
    const start = this.startOf(nameToken);
    const name = nameToken.value;
    if (!this.eat(TokenKind.EqSingle)) {
      return { end: this.endPos(), name, node: 'HogQLXAttribute', start, value: { node: 'Constant', value: true } };
    }
    let value: Expr;
    if (this.at(TokenKind.String)) {
      const text = this.advance();
      value = { end: this.endPos(), node: 'Constant', start: this.startOf(text), value: text.value };
    } else if (this.at(TokenKind.TemplateStart)) {
      value = this.parseTemplate();
    } else if (this.at(TokenKind.LBrace)) {
      value = this.parseBracedValue();
    } else {
      this.errorAt(this.tok, `expected a value for the attribute '${name}': 'text' or {expression}, found ${this.describe(this.tok)}`);
      value = this.placeholder();
    }
    return { end: this.endPos(), name, node: 'HogQLXAttribute', start, value };
  }

  /** `{ expr }` in a tag. */
  private parseBracedValue(): Expr {
    const open = this.advance();
    const expr = this.parseExpr(Prec.Lowest);
    if (!this.eat(TokenKind.RBrace)) this.errorAt(open, `unclosed '{' in the tag: expected '}', found ${this.describe(this.tok)}`);
    return expr;
  }

  /** Children up to and including `</kind>`. */
  private parseChildren(open: Token, kind: string): Expr[] {
    const children: Expr[] = [];
    for (;;) {
      const token = this.tok;
      if (token.kind === TokenKind.TagText) {
        this.advance();
        if (/^[ \t\n\v\f\r]*$/.test(token.value) && /[\n\r]/.test(token.value)) continue;
        children.push({ end: this.endPos(), node: 'Constant', start: this.startOf(token), value: token.value });
      } else if (token.kind === TokenKind.LBrace) {
        children.push(this.parseBracedValue());
      } else if (token.kind === TokenKind.TagStart || token.kind === TokenKind.Lt) {
        children.push(this.parseTag());
      } else if (token.kind === TokenKind.LtSlash) {
        this.advance();
        const closing = this.isName(this.tok) ? this.advance() : null;
        if (closing === null) this.errorAt(this.tok, `expected '${kind}' in the closing tag, found ${this.describe(this.tok)}`);
        else if (closing.value !== kind) this.errorAt(closing, `closing tag </${closing.value}> does not match <${kind}>`);
        if (!this.eat(TokenKind.Gt)) this.errorAt(this.tok, `expected '>' to end the closing tag, found ${this.describe(this.tok)}`);
        return children;
      } else {
        this.errorAt(open, `unclosed <${kind}> tag: expected </${kind}>`);
        return children;
      }
    }
  }
}
