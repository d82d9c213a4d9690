// Hand-written single-pass lexer for Hog, following the token rules of PostHog's HogQL lexer.
// Lexical errors are reported to the diagnostic list and the lexer carries on (it never throws).
// Strings, quoted names and f-string text are lexed in lexerText.ts.
import { TagLexer } from './lexerTags';
import { CH_CR, CH_LF, CH_SPACE, CH_TAB, isHexDigit, Mode } from './lexerText';
import { DiagnosticList } from './syntaxErrors';
import { RESERVED_WORDS, Token, TokenKind } from './tokens';

/** Splits `source` into tokens; the last one is always EOF. */
export function tokenize(source: string, diagnostics: DiagnosticList): Token[] {
  return new Lexer(source, diagnostics).run();
}

class Lexer extends TagLexer {
  run(): Token[] {
    const src = this.src;
    while (true) {
      const top = this.modes[this.modes.length - 1];
      if (top !== undefined && top.mode >= Mode.Template) {
        if (this.pos >= src.length) break;
        if (top.mode === Mode.Template) this.lexTemplateText();
        else if (top.mode === Mode.TagText) this.lexTagText();
        else this.lexInTag(top.mode === Mode.TagClose);
        continue;
      }
      this.skipTrivia();
      if (this.pos >= src.length) break;
      this.lexToken(src.charCodeAt(this.pos));
    }
    this.closeOpenTemplates();
    this.push(TokenKind.EOF, this.pos, '', '');
    return this.tokens;
  }


  // ------------------------------------------------------------------------------------------
  // Whitespace and comments
  // ------------------------------------------------------------------------------------------

  private skipTrivia(): void {
    const src = this.src;
    const length = src.length;
    while (this.pos < length) {
      const ch = src.charCodeAt(this.pos);
      if (ch === CH_LF) {
        this.newline(this.pos);
        this.pos++;
      } else if (ch === CH_SPACE || ch === CH_TAB || ch === CH_CR || ch === 11 || ch === 12) {
        this.pos++;
      } else if (ch > 127 && isUnicodeSpace(ch)) {
        this.pos++;
      } else if (ch === 47 /* / */ && src.charCodeAt(this.pos + 1) === 47) {
        this.skipLineComment();
      } else if (ch === 45 /* - */ && src.charCodeAt(this.pos + 1) === 45) {
        this.skipLineComment();
      } else if (ch === 35 /* # */ && !isDigit(src.charCodeAt(this.pos + 1))) {
        this.skipLineComment();
      } else if (ch === 47 /* / */ && src.charCodeAt(this.pos + 1) === 42 /* * */) {
        this.skipBlockComment();
      } else {
        return;
      }
    }
  }

  private skipLineComment(): void {
    const src = this.src;
    let i = this.pos;
    while (i < src.length) {
      const ch = src.charCodeAt(i);
      if (ch === CH_LF || ch === CH_CR) break;
      i++;
    }
    this.pos = i;
  }

  private skipBlockComment(): void {
    const src = this.src;
    const close = src.indexOf('*/', this.pos + 2);
    if (close < 0) {
      this.error('unterminated block comment: add */ to close it', this.pos, 2);
    }
    const end = close < 0 ? src.length : close + 2;
    for (let i = this.pos; i < end; i++) {
      if (src.charCodeAt(i) === CH_LF) this.newline(i);
    }
    this.pos = end;
  }


  // ------------------------------------------------------------------------------------------
  // Code tokens
  // ------------------------------------------------------------------------------------------

  private lexToken(ch: number): void {
    if (isWordStart(ch)) {
      if (ch === 102 /* f */ && this.src.charCodeAt(this.pos + 1) === 39 /* ' */) return this.lexTemplateStart();
      return this.lexWord();
    }
    if (isDigit(ch)) return this.lexNumber();
    switch (ch) {
      case 39 /* ' */:
        return this.lexStringOrPlaceholderEnd();
      case 34 /* " */:
      case 96 /* ` */:
        return this.lexQuotedName(ch);
      case 46 /* . */:
        return isDigit(this.src.charCodeAt(this.pos + 1)) ? this.lexNumber() : this.op(TokenKind.Dot, 1);
      case 123 /* { */:
        return this.lexLBrace();
      case 125 /* } */:
        return this.lexRBrace();
      default:
        return this.lexOperator(ch);
    }
  }

  private lexWord(): void {
    const src = this.src;
    const start = this.pos;
    let upper = false;
    let i = start;
    for (; i < src.length; i++) {
      const ch = src.charCodeAt(i);
      // Lower-case letters first, without a call: most of the text, and calls are slow before V8 optimizes.
      if (ch >= 97 && ch <= 122) continue;
      if (ch >= 65 && ch <= 90) upper = true;
      else if (!isWordPart(ch)) break;
    }
    this.pos = i;
    const text = src.slice(start, i);
    // Most words are lower case already: no second string for them.
    const word = upper ? text.toLowerCase() : text;
    const token = this.push(TokenKind.Word, start, word, text);
    token.reserved = RESERVED_WORDS.has(word);
  }

  private lexNumber(): void {
    const src = this.src;
    const start = this.pos;
    const first = src.charCodeAt(start);
    const second = src.charCodeAt(start + 1) | 32; // lower-cased
    if (first === 48 /* 0 */ && second === 120 /* x */ && isHexDigit(src.charCodeAt(start + 2))) {
      let i = start + 2;
      while (isHexDigit(src.charCodeAt(i))) i++;
      return this.numberToken(TokenKind.Hex, start, i);
    }
    if (first === 48 && (second === 98 /* b */ || second === 111) /* o */ && isDigit(src.charCodeAt(start + 2))) {
      return this.lexPrefixedNumber(start, second === 98);
    }
    let i = start;
    while (isDigit(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) === 46 /* . */) {
      let j = i + 1;
      while (isDigit(src.charCodeAt(j))) j++;
      const exponentEnd = scanExponent(src, j);
      // `1.5` stays three tokens (the parser joins them) so that `t.1.2` remains tuple access.
      if (exponentEnd > 0) return this.numberToken(TokenKind.Float, start, exponentEnd);
      if (i === start) return this.numberToken(TokenKind.Dot, start, start + 1);
      return this.numberToken(TokenKind.Integer, start, i);
    }
    const exponentEnd = scanExponent(src, i);
    if (exponentEnd > 0) return this.numberToken(TokenKind.Float, start, exponentEnd);
    this.numberToken(TokenKind.Integer, start, i);
  }

  /** `0b101` (binary) and the unsupported `0o755` / malformed `0b12`. */
  private lexPrefixedNumber(start: number, binary: boolean): void {
    const src = this.src;
    let i = start + 2;
    let onlyBits = true;
    while (isDigit(src.charCodeAt(i))) {
      if (src.charCodeAt(i) > 49) onlyBits = false;
      i++;
    }
    if (binary && onlyBits) return this.numberToken(TokenKind.Binary, start, i);
    const text = src.slice(start, i);
    const message = binary
      ? `malformed binary literal '${text}': only 0 and 1 may follow '0b'`
      : `'0o' octal literals are not supported: write the decimal value instead of '${text}'`;
    this.error(message, start, i - start);
    this.pos = i;
    this.push(TokenKind.Integer, start, '', '0');
  }

  private numberToken(kind: TokenKind, start: number, end: number): void {
    this.pos = end;
    this.push(kind, start, '', this.src.slice(start, end));
  }


  private lexOperator(ch: number): void {
    const next = this.src.charCodeAt(this.pos + 1);
    const third = this.src.charCodeAt(this.pos + 2);
    switch (ch) {
      case 40 /* ( */:
        return this.op(TokenKind.LParen, 1);
      case 41 /* ) */:
        return this.op(TokenKind.RParen, 1);
      case 91 /* [ */:
        return this.op(TokenKind.LBracket, 1);
      case 93 /* ] */:
        return this.op(TokenKind.RBracket, 1);
      case 44 /* , */:
        return this.op(TokenKind.Comma, 1);
      case 59 /* ; */:
        return this.op(TokenKind.Semicolon, 1);
      case 43 /* + */:
        return this.op(TokenKind.Plus, 1);
      case 42 /* * */:
        return this.op(TokenKind.Star, 1);
      case 47 /* / */:
        return next === 62 /* > */ ? this.op(TokenKind.SlashGt, 2) : this.op(TokenKind.Slash, 1);
      case 37 /* % */:
        return this.op(TokenKind.Percent, 1);
      case 45 /* - */:
        return next === 62 /* > */ ? this.op(TokenKind.Arrow, 2) : this.op(TokenKind.Dash, 1);
      case 58 /* : */:
        if (next === 58) return this.op(TokenKind.DoubleColon, 2);
        return next === 61 /* = */ ? this.op(TokenKind.ColonEquals, 2) : this.op(TokenKind.Colon, 1);
      case 61 /* = */:
        if (next === 61) return this.op(TokenKind.EqDouble, 2);
        if (next === 126 /* ~ */) {
          return third === 42 ? this.op(TokenKind.IRegexDouble, 3) : this.op(TokenKind.RegexDouble, 2);
        }
        return this.op(TokenKind.EqSingle, 1);
      case 33 /* ! */:
        if (next === 61) return this.op(TokenKind.NotEq, 2);
        if (next === 126) return third === 42 ? this.op(TokenKind.NotIRegex, 3) : this.op(TokenKind.NotRegex, 2);
        return this.replacement("'!' is not a negation operator; use 'not'", 1, 'not');
      case 60 /* < */:
        if (next === 61) return third === 62 ? this.op(TokenKind.NullSafeEq, 3) : this.op(TokenKind.LtEq, 2);
        if (next === 47 /* / */) {
          this.op(TokenKind.LtSlash, 2);
          return this.pushMode(Mode.TagClose);
        }
        if (this.isOpeningTag(this.pos)) {
          this.op(TokenKind.TagStart, 1);
          return this.pushMode(Mode.TagOpen);
        }
        if (next === 62) return this.op(TokenKind.NotEq, 2);
        return this.op(TokenKind.Lt, 1);
      case 62 /* > */:
        return next === 61 ? this.op(TokenKind.GtEq, 2) : this.op(TokenKind.Gt, 1);
      case 126 /* ~ */:
        return next === 42 ? this.op(TokenKind.IRegexSingle, 2) : this.op(TokenKind.RegexSingle, 1);
      case 63 /* ? */:
        if (next === 46) return this.op(TokenKind.NullProperty, 2);
        return next === 63 ? this.op(TokenKind.Nullish, 2) : this.op(TokenKind.Query, 1);
      case 124 /* | */:
        if (next === 124) return this.op(TokenKind.Concat, 2);
        return this.unexpectedCharacter("'|' is not an operator; use 'or' (or '||' to join strings)");
      case 38 /* & */:
        if (next === 38) return this.replacement("'&&' is not an operator; use 'and'", 2, 'and');
        return this.unexpectedCharacter("'&' is not an operator; use 'and'");
      case 35 /* # */:
        return this.op(TokenKind.Hash, 1);
      default:
        return this.unexpectedCharacter('');
    }
  }

  /** A foreign operator with a Hog equivalent (`&&`, `!`): report it, then lex the keyword. */
  private replacement(message: string, length: number, word: string): void {
    this.error(message, this.pos, length);
    const start = this.pos;
    this.pos += length;
    this.push(TokenKind.Word, start, word, word);
  }

  /** Reports the character and drops it, so parsing continues with the rest of the line. */
  protected unexpectedCharacter(message: string): void {
    const code = this.src.codePointAt(this.pos) ?? 0;
    const length = code > 0xffff ? 2 : 1;
    const char = String.fromCodePoint(code);
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    this.error(message || `unexpected character '${char}' (U+${hex})`, this.pos, length);
    this.pos += length;
  }

}

function isDigit(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

function isWordStart(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || ch === 95 /* _ */ || ch === 36 /* $ */;
}

function isWordPart(ch: number): boolean {
  return isWordStart(ch) || isDigit(ch);
}

/** If an exponent (`e5`, `E-3`) starts at `i`, the index after it; otherwise -1. */
function scanExponent(src: string, i: number): number {
  const e = src.charCodeAt(i) | 32;
  if (e !== 101) return -1;
  let j = i + 1;
  const sign = src.charCodeAt(j);
  if (sign === 43 || sign === 45) j++;
  if (!isDigit(src.charCodeAt(j))) return -1;
  while (isDigit(src.charCodeAt(j))) j++;
  return j;
}

/** The non-ASCII characters the official lexer treats as whitespace (Unicode White_Space, BOM). */
function isUnicodeSpace(ch: number): boolean {
  return (
    ch === 0x85 ||
    ch === 0xa0 ||
    ch === 0x1680 ||
    (ch >= 0x2000 && ch <= 0x200a) ||
    ch === 0x2028 ||
    ch === 0x2029 ||
    ch === 0x202f ||
    ch === 0x205f ||
    ch === 0x3000 ||
    ch === 0xfeff
  );
}
