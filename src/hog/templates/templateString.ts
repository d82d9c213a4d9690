// Input templates as PostHog parses them (`parse_string_template`: its parser's
// `fullTemplateString` rule, the string given without quotes): text with `{expr}` placeholders.
// A `{` is text when a backslash stands right before it. Text is unescaped as PostHog's
// `parse_string_text_ctx(…, escape_quotes=False)`: `\{` → `{` first, then one left-to-right pass
// over \b \f \r \n \t \0 (dropped) \a \v and `\\`; any other backslash stays, quotes included.
// The result is a Constant, the lone placeholder's expression, or `concat(…)` of the parts.
import type { Constant, Expr, Position } from '../ast';
import { parsePlaceholder } from './placeholderParser';

export interface ParsedTemplate {
  readonly expr: Expr;
  /** For the compiler: literal texts that tell floats (`1.0`) from integers. */
  readonly numberTexts: ReadonlyMap<object, string>;
}

const ESCAPES: Readonly<Record<string, string>> = {
  b: '\b', f: '\f', r: '\r', n: '\n', t: '\t', '0': '', a: '\x07', v: '\x0b', '\\': '\\',
};

/** Parses one template string; throws `TemplateSyntaxError` when a placeholder does not parse. */
export function parseStringTemplate(template: string): ParsedTemplate {
  const parts: Expr[] = [];
  const numberTexts = new Map<object, string>();
  let textStart = 0;
  let i = 0;
  while (i < template.length) {
    if (template[i] !== '{' || template[i - 1] === '\\') {
      i++;
      continue;
    }
    if (i > textStart) parts.push(textConstant(template, textStart, i));
    const placeholder = parsePlaceholder(template.slice(i + 1));
    parts.push(placeholder.expr);
    for (const [constant, text] of placeholder.numberTexts) numberTexts.set(constant, text);
    i += placeholder.close + 2;
    textStart = i;
  }
  if (textStart < template.length) parts.push(textConstant(template, textStart, template.length));
  return { expr: combine(parts, template), numberTexts };
}

function combine(parts: Expr[], template: string): Expr {
  if (parts.length === 1) return parts[0] as Expr;
  const start = positionAt(template, 0);
  const end = positionAt(template, template.length);
  if (parts.length === 0) return { end, node: 'Constant', start, value: '' };
  return { args: parts, end, name: 'concat', node: 'Call', start };
}

function textConstant(template: string, from: number, to: number): Constant {
  const value = unescapeText(template.slice(from, to));
  return { end: positionAt(template, to), node: 'Constant', start: positionAt(template, from), value };
}

export function unescapeText(raw: string): string {
  const text = raw.replaceAll('\\{', '{');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const replacement = ch === '\\' && i + 1 < text.length ? ESCAPES[text[i + 1] as string] : undefined;
    if (replacement === undefined) {
      out += ch;
    } else {
      out += replacement;
      i++;
    }
  }
  return out;
}

function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { column: offset - lineStart, line, offset };
}
