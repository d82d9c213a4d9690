// Helpers for the formatter tests: the properties every formatted program must have, and
// generated variants of programs (re-spaced, re-wrapped, with comments between tokens).
import assert from 'node:assert/strict';
import { formatSource, withoutPositions } from '../../../src/hog/format/index';
import { canGlue } from '../../../src/hog/format/glue';
import { scanGap } from '../../../src/hog/format/tokens';
import { parse } from '../../../src/hog/index';
import { tokenize } from '../../../src/hog/lexer';
import { DiagnosticList } from '../../../src/hog/syntaxErrors';
import { type Token, TokenKind } from '../../../src/hog/tokens';

/** The formatted text; fails the test on syntax errors. */
export function format(source: string, options?: Parameters<typeof formatSource>[1]): string {
  const result = formatSource(source, options);
  if (!result.ok) assert.fail(`syntax errors: ${result.errors.map((e) => `${e.start.line}:${e.start.column + 1} ${e.message}`).join('; ')}`);
  return result.text;
}

export function tree(source: string): unknown {
  const { program, errors } = parse(source);
  assert.deepEqual(errors, [], 'parses without errors');
  return withoutPositions(program);
}

/**
 * Each comment with the number of code tokens before it (commas and semicolons not counted: the
 * formatter drops trailing commas and extra semicolons). Comments inside f-strings count too.
 * The indentation inside a multi-line block comment does not count (it moves with the comment).
 */
export function commentPlaces(source: string): string[] {
  const tokens = lexed(source);
  const places: string[] = [];
  let code = 0;
  let previousEnd = 0;
  for (const token of tokens) {
    for (const comment of scanGap(source, previousEnd, token.start).comments) {
      places.push(`${code}: ${comment.text.trim().replace(/\n[ \t]*/g, '\n')}`);
    }
    if (token.kind !== TokenKind.Comma && token.kind !== TokenKind.Semicolon && token.kind !== TokenKind.EOF) code++;
    previousEnd = token.end;
  }
  return places;
}

/** Asserts what formatting `source` must do: same tree, idempotent, every comment in place. */
export function assertFormatsSafely(source: string, label: string): string {
  const formatted = format(source);
  assert.deepEqual(tree(formatted), tree(source), `${label}: same tree`);
  assert.equal(format(formatted), formatted, `${label}: idempotent`);
  assert.deepEqual(commentPlaces(formatted), commentPlaces(source), `${label}: comments in place`);
  return formatted;
}

function lexed(source: string): Token[] {
  return tokenize(source, new DiagnosticList()).filter((token) => !token.synthetic);
}

// ---------------------------------------------------------------------------------------------
// Variants
// ---------------------------------------------------------------------------------------------

/** A small deterministic random sequence. */
export function random(seedText: string): () => number {
  let seed = 2166136261;
  for (let i = 0; i < seedText.length; i++) seed = Math.imul(seed ^ seedText.charCodeAt(i), 16777619) >>> 0;
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) / (1 << 24);
  };
}

interface Gap {
  start: number;
  end: number;
  left: Token;
  right: Token;
  /** Inside an f-string (text or placeholder): not whitespace between code tokens. */
  quoted: boolean;
}

function gaps(source: string): Gap[] {
  const tokens = lexed(source);
  const found: Gap[] = [];
  let depth = 0;
  tokens.forEach((right, i) => {
    const left = tokens[i - 1];
    if (left !== undefined) found.push({ start: left.end, end: right.start, left, right, quoted: depth > 0 });
    if (right.kind === TokenKind.TemplateStart) depth++;
    if (right.kind === TokenKind.TemplateEnd) depth--;
  });
  return found;
}

/** Rewrites every gap that holds no comment with `choose(gap)`. */
function rewriteGaps(source: string, choose: (gap: Gap) => string): string {
  let out = '';
  let at = 0;
  for (const gap of gaps(source)) {
    if (gap.quoted || scanGap(source, gap.start, gap.end).comments.length > 0) continue;
    out += source.slice(at, gap.start) + choose(gap);
    at = gap.end;
  }
  return out + source.slice(at);
}

function text(source: string, token: Token): string {
  return source.slice(token.start, token.end);
}

const SPACINGS = [' ', '  ', '\n', '\n\n\n', '\t', ' \n    ', '\n  '];

/** Random whitespace between tokens, and none wherever the tokens allow it. */
export function respaced(source: string, seed: string): string {
  const next = random(seed);
  return rewriteGaps(source, (gap) => {
    if (gap.left.kind === TokenKind.Hash) return ''; // `# 1` would be a comment
    if (next() < 0.4 && canGlue(text(source, gap.left), text(source, gap.right))) return '';
    return SPACINGS[Math.floor(next() * SPACINGS.length)] as string;
  });
}

/** Every token on its own line. */
export function wrapped(source: string): string {
  return rewriteGaps(source, (gap) => (gap.left.kind === TokenKind.Hash ? '' : '\n'));
}

/** A trailing comma added to every argument list, array and dict that has elements. */
export function withTrailingCommas(source: string): string {
  const { program } = parse(source);
  const closers: number[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const node = value as { node?: string; end?: { offset: number }; args?: unknown[]; exprs?: unknown[]; items?: unknown[] };
    const listed = node.node === 'Array' ? node.exprs : node.node === 'Dict' ? node.items : node.node === 'ExprCall' || (node.node === 'Call' && 'distinct' in node) ? node.args : undefined;
    if (listed !== undefined && listed.length > 0 && node.end !== undefined) closers.push(node.end.offset - 1);
    Object.values(value).forEach(visit);
  };
  visit(program);
  let out = source;
  for (const at of [...new Set(closers)].sort((a, b) => b - a)) {
    if (/,\s*$/.test(out.slice(0, at))) continue;
    out = out.slice(0, at) + ',' + out.slice(at);
  }
  return out;
}

const COMMENT_FORMS = [' /* c@ */ ', ' // c@\n', ' # c@\n', ' -- c@\n', '\n/* c@\n spans lines */\n', '\n// c@\n\n'];

/** Comments of every form inserted between tokens (about one gap in `every`). */
export function commented(source: string, seed: string, every = 4): string {
  const next = random(seed);
  let count = 0;
  let out = '';
  let at = 0;
  for (const gap of gaps(source)) {
    if (gap.quoted || gap.left.kind === TokenKind.Hash || next() * every >= 1) continue;
    const form = COMMENT_FORMS[Math.floor(next() * COMMENT_FORMS.length)] as string;
    out += source.slice(at, gap.start) + form.replace('@', String(++count));
    at = gap.start;
  }
  return out + source.slice(at);
}
