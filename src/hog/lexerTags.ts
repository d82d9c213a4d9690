// HogQLX tags: `<Tag attr='x' flag attr={expr}>text {expr} <Child /></Tag>`. The official lexer
// switches modes inside tags (HogQLLexer.common.g4): tag and attribute names may contain `-` and
// are never keywords, only single-quoted strings exist, comments are `/* */`, `//` and `--`, and
// between an opening and a closing tag everything except `<` and `{` is text.
import { CH_CR, CH_LF, CH_SPACE, CH_TAB, Mode, TextLexer } from './lexerText';
import { Token, TokenKind } from './tokens';

export abstract class TagLexer extends TextLexer {
  /** Reports a character no rule accepts and drops it. */
  protected abstract unexpectedCharacter(message: string): void;

  /**
   * Is the `<` at `at` the start of an opening tag? The official lexer's `isOpeningTag`: a name
   * follows directly, then `>` or `/`, or whitespace (and line comments) and then a name, `>` or `/`.
   */
  protected isOpeningTag(at: number): boolean {
    const src = this.src;
    const first = src.charCodeAt(at + 1);
    if (!isAsciiLetter(first) && first !== 95 /* _ */) return false;
    let i = at + 2;
    while (isTagNamePart(src.charCodeAt(i))) i++;
    let ch = src.charCodeAt(i);
    if (ch === 62 /* > */ || ch === 47 /* / */) return true;
    if (!isCSpace(ch)) return false;
    i = skipSpacesAndLineComments(src, i);
    ch = src.charCodeAt(i);
    return isAsciiLetter(ch) || isDigit(ch) || ch === 95 || ch === 62 || ch === 47;
  }

  protected pushMode(mode: Mode): void {
    this.modes.push({ mode, opener: this.tokens[this.tokens.length - 1] as Token });
  }

  /** One token (or skipped trivia) inside `<Tag ...` or `</Tag ...`. */
  protected lexInTag(closing: boolean): void {
    const src = this.src;
    const ch = src.charCodeAt(this.pos);
    const next = src.charCodeAt(this.pos + 1);
    if (ch === CH_SPACE || ch === CH_TAB || ch === CH_CR || ch === CH_LF) {
      if (ch === CH_LF) this.newline(this.pos);
      this.pos++;
      return;
    }
    if (ch === 47 /* / */ && next === 42 /* * */ && src.indexOf('*/', this.pos + 2) >= 0) return this.skipTagBlockComment();
    if ((ch === 47 && next === 47) || (ch === 45 /* - */ && next === 45)) return this.skipTagLineComment();
    if (ch === 62 /* > */) {
      this.op(TokenKind.Gt, 1);
      this.modes.pop();
      if (!closing) this.pushMode(Mode.TagText);
      return;
    }
    if (isAsciiLetter(ch) || ch === 95) return this.lexTagName();
    if (!closing) {
      if (ch === 47 && next === 62) {
        this.op(TokenKind.SlashGt, 2);
        this.modes.pop();
        return;
      }
      if (ch === 61 /* = */) return this.op(TokenKind.EqSingle, 1);
      if (ch === 39 /* ' */) return this.lexQuoted(39, TokenKind.String, 'string literal');
      if (ch === 34 /* " */) return this.lexDoubleQuotedValue();
      if (ch === 123 /* { */) return this.lexLBrace();
    }
    this.unexpectedCharacter('');
  }

  /** `attr="x"`: not valid in a tag; say so once and read it as the string it was meant to be. */
  private lexDoubleQuotedValue(): void {
    const start = this.pos;
    const close = this.src.indexOf('"', start + 1);
    const lineEnd = this.src.indexOf('\n', start);
    const end = close >= 0 && (lineEnd < 0 || close < lineEnd) ? close + 1 : start + 1;
    this.error(`use single quotes for tag attribute values: '${this.src.slice(start + 1, end - 1)}'`, start, end - start);
    this.pos = end;
    this.push(TokenKind.String, start, '', this.src.slice(start + 1, Math.max(start + 1, end - 1)));
  }

  /** Text between tags, up to `<` or `{`; then the `<`, `</` or `{` itself. */
  protected lexTagText(): void {
    const src = this.src;
    const start = this.pos;
    const startLine = this.line;
    const startColumn = start - this.lineStart;
    let i = start;
    while (i < src.length) {
      const ch = src.charCodeAt(i);
      if (ch === 60 /* < */ || ch === 123 /* { */) break;
      if (ch === CH_LF) this.newline(i);
      i++;
    }
    this.pos = i;
    if (i > start) {
      this.pushSpanning(TokenKind.TagText, start, startLine, startColumn, src.slice(start, i));
      return;
    }
    if (i >= src.length) return;
    if (src.charCodeAt(i) === 123) return this.lexLBrace();
    if (src.charCodeAt(i + 1) === 47 /* / */) {
      this.op(TokenKind.LtSlash, 2);
      this.modes.pop();
      this.pushMode(Mode.TagClose);
      return;
    }
    this.op(TokenKind.TagStart, 1);
    this.pushMode(Mode.TagOpen);
  }

  private lexTagName(): void {
    const src = this.src;
    const start = this.pos;
    let i = start + 1;
    while (isTagNamePart(src.charCodeAt(i))) i++;
    this.pos = i;
    const text = src.slice(start, i);
    // Tag-mode names are plain identifiers, even `let` or `select`.
    this.push(TokenKind.Word, start, text.toLowerCase(), text);
  }

  private skipTagBlockComment(): void {
    const end = this.src.indexOf('*/', this.pos + 2) + 2;
    for (let i = this.pos; i < end; i++) {
      if (this.src.charCodeAt(i) === CH_LF) this.newline(i);
    }
    this.pos = end;
  }

  private skipTagLineComment(): void {
    let i = this.pos;
    while (i < this.src.length) {
      const ch = this.src.charCodeAt(i);
      i++;
      if (ch === CH_LF) {
        this.newline(i - 1);
        break;
      }
      if (ch === CH_CR) break;
    }
    this.pos = i;
  }
}

function isDigit(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

function isAsciiLetter(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90);
}

function isTagNamePart(ch: number): boolean {
  return isAsciiLetter(ch) || isDigit(ch) || ch === 95 /* _ */ || ch === 45 /* - */;
}

/** C's isspace: space, \t, \n, \v, \f, \r. */
function isCSpace(ch: number): boolean {
  return ch === 32 || (ch >= 9 && ch <= 13);
}

/** Past whitespace and `//`, `--`, `#` comments, as the official tag test skips them. */
function skipSpacesAndLineComments(src: string, from: number): number {
  let i = from;
  for (;;) {
    const ch = src.charCodeAt(i);
    if (isCSpace(ch)) {
      i++;
      continue;
    }
    const next = src.charCodeAt(i + 1);
    if ((ch === 47 && next === 47) || (ch === 45 && next === 45)) i += 2;
    else if (ch === 35 /* # */) i++;
    else return i;
    while (i < src.length && src.charCodeAt(i) !== CH_LF && src.charCodeAt(i) !== CH_CR) i++;
  }
}
