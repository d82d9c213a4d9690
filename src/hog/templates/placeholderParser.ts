// One placeholder of an input template, `{expr}`: where it ends and the expression inside. The
// placeholder's code is ordinary Hog (PostHog's lexer is back in its default mode there), so the
// project's own lexer finds the closing brace and its parser reads the expression.
import type { Expr } from '../ast';
import { tokenize } from '../lexer';
import { Parser } from '../parser';
import { Prec } from '../parserCore';
import { DiagnosticList } from '../syntaxErrors';
import { TokenKind } from '../tokens';

export interface ParsedPlaceholder {
  readonly expr: Expr;
  /** Offset of the closing `}` in the text given to `parsePlaceholder`. */
  readonly close: number;
  readonly numberTexts: ReadonlyMap<object, string>;
}

/** Reads `expr}` from the start of `text` (the part after a placeholder's `{`); throws on a syntax error. */
export function parsePlaceholder(text: string): ParsedPlaceholder {
  const close = closingBrace(text);
  const source = text.slice(0, close);
  const diagnostics = new DiagnosticList();
  const parser = new PlaceholderParser(source, tokenize(source, diagnostics), diagnostics);
  const expr = parser.parseWhole();
  const [first] = diagnostics.sorted();
  if (first !== undefined) throw new TemplateSyntaxError(first.message);
  return { expr, close, numberTexts: parser.numberTexts };
}

export class TemplateSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateSyntaxError';
  }
}

/** The offset of the `}` that closes the placeholder: the first one outside nested braces, strings and comments. */
function closingBrace(text: string): number {
  const diagnostics = new DiagnosticList();
  let depth = 0;
  for (const token of tokenize(text, diagnostics)) {
    if (token.kind === TokenKind.LBrace || token.kind === TokenKind.TemplateLBrace) depth++;
    else if (token.kind === TokenKind.RBrace && depth-- === 0) return token.start;
    else if (token.kind === TokenKind.EOF) break;
  }
  throw new TemplateSyntaxError("missing '}' at the end of a placeholder");
}

class PlaceholderParser extends Parser {
  /** One expression that must take the whole text. */
  parseWhole(): Expr {
    const expr = this.parseExpr(Prec.Lowest);
    if (!this.at(TokenKind.EOF)) this.errorAt(this.tok, `unexpected ${this.describe(this.tok)} in a placeholder`);
    return expr;
  }
}
