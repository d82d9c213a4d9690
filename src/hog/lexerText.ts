// The lexer's state and token output, plus everything quoted: strings, quoted names, f-string
// text and escape sequences, and the brace modes that f-string placeholders need. Code tokens
// (words, numbers, operators, comments) are in lexer.ts.
import { DiagnosticList } from './syntaxErrors';
import { Token, TokenKind } from './tokens';

export const enum Mode {
  /** Inside `{ }` in code: `}` returns to the enclosing mode. */
  Brace,
  /** Inside `{ }` of an f-string: `}` returns to the f-string text. */
  Placeholder,
  /** Inside the text of an f-string. */
  Template,
  /** Inside an opening HogQLX tag, `<Tag attr='x' ...`, up to `>` or `/>`. */
  TagOpen,
  /** Inside a closing HogQLX tag, `</Tag`, up to `>`. */
  TagClose,
  /** Between an opening and a closing HogQLX tag: text, `{expr}` and child tags. */
  TagText,
}

export interface ModeEntry {
  mode: Mode;
  /** The token that opened this mode (`{`, or `f'`). */
  opener: Token;
}

export const CH_TAB = 9;
export const CH_LF = 10;
export const CH_CR = 13;
export const CH_SPACE = 32;
export const CH_BACKSLASH = 92;

export abstract class TextLexer {
  protected pos = 0;
  protected line = 1;
  protected lineStart = 0;
  protected newlineBefore = false;
  protected readonly tokens: Token[] = [];
  protected readonly modes: ModeEntry[] = [];

  constructor(
    protected readonly src: string,
    protected readonly diagnostics: DiagnosticList,
  ) {}

  // ------------------------------------------------------------------------------------------
  // Token creation and positions
  // ------------------------------------------------------------------------------------------

  /** Adds a token from `start` to the current position (which must be on the same line). */
  protected push(kind: TokenKind, start: number, word: string, value: string): Token {
    const column = start - this.lineStart;
    const token: Token = {
      kind,
      start,
      end: this.pos,
      line: this.line,
      column,
      endLine: this.line,
      endColumn: column + (this.pos - start),
      word,
      value,
      reserved: false,
      newlineBefore: this.newlineBefore,
      synthetic: false,
    };
    this.newlineBefore = false;
    this.tokens.push(token);
    return token;
  }

  /** Adds a token that may span lines; `startLine`/`startColumn` say where it began. */
  protected pushSpanning(kind: TokenKind, start: number, startLine: number, startColumn: number, value: string): Token {
    const token = this.push(kind, start, '', value);
    token.line = startLine;
    token.column = startColumn;
    token.endColumn = this.pos - this.lineStart;
    return token;
  }

  protected pushSynthetic(kind: TokenKind): Token {
    const token = this.push(kind, this.pos, '', '');
    token.synthetic = true;
    return token;
  }

  protected position(offset: number, line: number, lineStart: number) {
    return { column: offset - lineStart, line, offset };
  }

  /** Reports an error on `length` characters at `offset` of the current line. */
  protected error(message: string, offset: number, length: number): void {
    const start = this.position(offset, this.line, this.lineStart);
    const end = this.position(offset + length, this.line, this.lineStart);
    this.diagnostics.add(message, start, end);
  }

  protected newline(at: number): void {
    this.line++;
    this.lineStart = at + 1;
    this.newlineBefore = true;
  }


  protected op(kind: TokenKind, length: number): void {
    const start = this.pos;
    this.pos += length;
    this.push(kind, start, '', '');
  }


  // ------------------------------------------------------------------------------------------
  // Braces and f-strings
  // ------------------------------------------------------------------------------------------

  protected lexLBrace(): void {
    this.op(TokenKind.LBrace, 1);
    this.modes.push({ mode: Mode.Brace, opener: this.tokens[this.tokens.length - 1] as Token });
  }

  protected lexRBrace(): void {
    this.op(TokenKind.RBrace, 1);
    // A `}` with no open `{` stays a token: the parser reports it with context.
    this.modes.pop();
  }

  protected lexTemplateStart(): void {
    this.op(TokenKind.TemplateStart, 2);
    this.modes.push({ mode: Mode.Template, opener: this.tokens[this.tokens.length - 1] as Token });
  }

  /** Lexes f-string text up to `{`, the closing `'` or the end of the source. */
  protected lexTemplateText(): void {
    const src = this.src;
    const start = this.pos;
    const startLine = this.line;
    const startColumn = start - this.lineStart;
    let value = '';
    let i = start;
    let chunk = start;
    while (i < src.length) {
      const ch = src.charCodeAt(i);
      if (ch === 39 /* ' */) {
        if (src.charCodeAt(i + 1) !== 39) break;
        value += src.slice(chunk, i + 1);
        i += 2;
        chunk = i;
      } else if (ch === 123 /* { */) {
        break;
      } else if (ch === CH_BACKSLASH) {
        value += src.slice(chunk, i);
        i = this.escape(i, 39, true);
        value += this.escaped;
        chunk = i;
      } else {
        if (ch === CH_LF) this.newline(i);
        i++;
      }
    }
    value += src.slice(chunk, i);
    this.pos = i;
    if (i > start) this.pushSpanning(TokenKind.TemplateText, start, startLine, startColumn, value);
    if (i >= src.length) return this.closeOpenTemplates();
    if (src.charCodeAt(i) === 39) {
      this.modes.pop();
      return this.op(TokenKind.TemplateEnd, 1);
    }
    this.op(TokenKind.TemplateLBrace, 1);
    this.modes.push({ mode: Mode.Placeholder, opener: this.tokens[this.tokens.length - 1] as Token });
  }

  /** At the end of the source, reports f-strings still open and closes them. */
  protected closeOpenTemplates(): void {
    while (this.modes.length > 0) {
      const entry = this.modes.pop() as ModeEntry;
      if (entry.mode === Mode.Placeholder) {
        this.reportAt(entry.opener, "unclosed '{' in f-string placeholder");
        this.pushSynthetic(TokenKind.RBrace);
      } else if (entry.mode === Mode.Template) {
        this.reportAt(entry.opener, "unterminated f-string: add the closing '");
        this.pushSynthetic(TokenKind.TemplateEnd);
      }
    }
  }

  protected reportAt(token: Token, message: string): void {
    const start = { column: token.column, line: token.line, offset: token.start };
    const end = { column: token.endColumn, line: token.endLine, offset: token.end };
    this.diagnostics.add(message, start, end);
  }

  /**
   * A `'` in code. Inside an f-string placeholder, a quote whose string would not end on this
   * line is taken as the end of the f-string with the placeholder's `}` missing:
   * `f'hello {name'` reports the unclosed `{` instead of an unterminated string.
   */
  protected lexStringOrPlaceholderEnd(): void {
    const top = this.modes[this.modes.length - 1];
    if (top !== undefined && top.mode === Mode.Placeholder && !this.quoteClosesOnLine(this.pos)) {
      this.reportAt(top.opener, "unclosed '{' in f-string placeholder");
      this.pushSynthetic(TokenKind.RBrace);
      this.modes.pop(); // the placeholder
      this.modes.pop(); // the f-string
      return this.op(TokenKind.TemplateEnd, 1);
    }
    this.lexQuoted(39, TokenKind.String, 'string literal');
  }

  protected quoteClosesOnLine(quoteAt: number): boolean {
    const src = this.src;
    for (let i = quoteAt + 1; i < src.length; i++) {
      const ch = src.charCodeAt(i);
      if (ch === CH_LF) return false;
      if (ch === CH_BACKSLASH) i++;
      else if (ch === 39) {
        if (src.charCodeAt(i + 1) !== 39) return true;
        i++;
      }
    }
    return false;
  }

  protected lexQuotedName(quote: number): void {
    this.lexQuoted(quote, TokenKind.QuotedName, quote === 96 ? 'quoted name' : 'double-quoted name');
  }

  // ------------------------------------------------------------------------------------------
  // Quoted text: strings and quoted names
  // ------------------------------------------------------------------------------------------

  /**
   * Lexes text between `quote` characters (a doubled quote is an escaped quote). Text may span
   * lines; when it never ends, the token stops at the end of its first line so that parsing can
   * resume on the next one.
   */
  protected lexQuoted(quote: number, kind: TokenKind, what: string): void {
    const src = this.src;
    const start = this.pos;
    const startLine = this.line;
    const startLineStart = this.lineStart;
    let firstLineEnd = -1;
    let value = '';
    let i = start + 1;
    let chunk = i;
    let closed = false;
    while (i < src.length) {
      const ch = src.charCodeAt(i);
      if (ch === quote) {
        if (src.charCodeAt(i + 1) !== quote) {
          closed = true;
          break;
        }
        value += src.slice(chunk, i + 1);
        i += 2;
        chunk = i;
      } else if (ch === CH_BACKSLASH) {
        value += src.slice(chunk, i);
        i = this.escape(i, quote, false);
        value += this.escaped;
        chunk = i;
      } else {
        if (ch === CH_LF) {
          if (firstLineEnd < 0) firstLineEnd = i;
          this.newline(i);
        }
        i++;
      }
    }
    if (closed) {
      value += src.slice(chunk, i);
      this.pos = i + 1;
      this.pushSpanning(kind, start, startLine, start - startLineStart, value);
      return;
    }
    // Unterminated: rewind to the end of the first line.
    const end = firstLineEnd < 0 ? src.length : firstLineEnd;
    this.line = startLine;
    this.lineStart = startLineStart;
    this.newlineBefore = false;
    this.error(`unterminated ${what}: add the closing ${String.fromCharCode(quote)}`, start, end - start);
    this.pos = end;
    const text = src.slice(start + 1, end);
    this.push(kind, start, '', text.endsWith('\r') ? text.slice(0, -1) : text);
  }

  /** The text an escape sequence stands for, set by `escape`. */
  protected escaped = '';

  /**
   * Decodes the escape at `at` (a backslash) the way the official parser does, sets `escaped`
   * and returns the index after it. Unknown escapes are reported and kept as the bare character.
   */
  protected escape(at: number, quote: number, inTemplate: boolean): number {
    const src = this.src;
    const next = src.charCodeAt(at + 1);
    switch (next) {
      case 98 /* b */:
        this.escaped = '\b';
        return at + 2;
      case 102 /* f */:
        this.escaped = '\f';
        return at + 2;
      case 114 /* r */:
        this.escaped = '\r';
        return at + 2;
      case 110 /* n */:
        this.escaped = '\n';
        return at + 2;
      case 116 /* t */:
        this.escaped = '\t';
        return at + 2;
      case 48 /* 0 */:
        this.escaped = ''; // the official parser drops `\0`
        return at + 2;
      case 97 /* a */:
        this.escaped = '\x07';
        return at + 2;
      case 118 /* v */:
        this.escaped = '\v';
        return at + 2;
      case CH_BACKSLASH:
        this.escaped = '\\';
        return at + 2;
      case 120 /* x */:
        if (isHexDigit(src.charCodeAt(at + 2)) && isHexDigit(src.charCodeAt(at + 3))) {
          this.escaped = src.slice(at, at + 4); // kept verbatim by the official parser
          return at + 4;
        }
        break;
      default:
        // `\'` is allowed in strings, f-strings and backtick names; `\"` in double-quoted names.
        const quoteEscape = quote === 34 ? next === 34 : next === 39;
        if (quoteEscape || (inTemplate && next === 123 /* { */)) {
          this.escaped = String.fromCharCode(next);
          return at + 2;
        }
    }
    if (Number.isNaN(next)) {
      this.escaped = '\\';
      return at + 1;
    }
    const shown = String.fromCharCode(next);
    this.error(`unsupported escape sequence '\\${shown}'`, at, 2);
    this.escaped = shown;
    if (next === CH_LF) this.newline(at + 1);
    return at + 2;
  }
}

export function isHexDigit(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 97 && ch <= 102) || (ch >= 65 && ch <= 70);
}
