// Statement lists (the program, blocks) and the simple statements: let, :=, expressions, return,
// throw, fun. One statement per line; a blank line between two statements is kept (several
// become one); the first `;` after a statement stays, further empty statements are dropped.
import type { Node } from '../ast';
import { blankLineBefore, leadingDocs } from './comments';
import { type Doc, hardline, indent, space } from './doc';
import { type Cursor, mismatch, type Part, textOf } from './parts';
import type { Families, Printer } from './printer';
import type { FormatToken } from './tokens';

export const statementFamilies: Families = {
  Block: (_node, parts, p) => block(parts, p),
  VariableDeclaration: (_node, parts, p) => {
    const docs: Doc[] = [p.keyword(parts.token('let')), ' ', p.token(parts.token())];
    if (parts.at(':=')) docs.push(' ', p.token(parts.token()), ' ', value(body(parts), p));
    return [...docs, ...semicolons(parts, p)];
  },
  VariableAssignment: (_node, parts, p) => {
    const target = p.operand(parts.until(':='));
    const assign = p.token(parts.token(':='));
    return [target, ' ', assign, ' ', value(body(parts), p), ...semicolons(parts, p)];
  },
  ExprStatement: (_node, parts, p) => [p.operand(body(parts)), ...semicolons(parts, p)],
  ReturnStatement: (_node, parts, p) => keywordStatement(parts, p),
  ThrowStatement: (_node, parts, p) => keywordStatement(parts, p),
  Function: (_node, parts, p) => {
    const keyword = p.keyword(parts.token());
    const name = p.token(parts.token());
    const params = names(parts.bracketed('('), p);
    return [keyword, ' ', name, params, space, p.node(parts.node()), ...semicolons(parts, p)];
  },
};

/** The program: its statements, then the comments at the end of the file. */
export function program(parts: Part[], eof: FormatToken, p: Printer): Doc {
  const body = statementList(parts, p);
  if (eof.leading.length === 0) return body;
  const gap: Doc[] = parts.length === 0 ? [] : blankLineBefore(eof) ? [hardline, hardline] : [hardline];
  return [body, ...gap, ...leadingDocs(eof, false)];
}

/** `{ statements }`; `{}` when empty. */
export function block(parts: Cursor, p: Printer): Doc {
  const { open, inner, close } = parts.bracketed('{');
  parts.end();
  if (inner.length === 0 && close.leading.length === 0) return [p.token(open), p.token(close)];
  const closing: Doc[] = [];
  if (close.leading.length > 0) {
    if (inner.length > 0) closing.push(hardline, blankLineBefore(close) ? hardline : '');
    closing.push(...p.closingComments(close));
  }
  const body = inner.length === 0 ? [] : [hardline, statementList(inner, p)];
  return [p.token(open), indent([...body, ...closing]), hardline, p.closer(close)];
}

function statementList(parts: Part[], p: Printer): Doc {
  const docs: Doc[] = [];
  let current: Doc[] | null = null;
  let terminated = false;
  for (const part of parts) {
    if (part.node !== undefined) {
      if (current !== null || docs.length > 0) docs.push(hardline, blankLineBefore(p.index.first(part.node)) ? hardline : '');
      current = [p.node(part.node)];
      docs.push(current);
      terminated = endsWithSemicolon(part.node, p);
    } else if (textOf(part) === ';') {
      const semicolon = part.token as FormatToken;
      const doc = current !== null && !terminated ? p.token(semicolon) : p.dropped(semicolon);
      terminated = current !== null;
      if (current !== null) current.push(doc);
      else if (!isEmpty(doc)) docs.push(doc);
    } else {
      mismatch('a statement list holds statements and semicolons');
    }
  }
  return docs;
}

function endsWithSemicolon(node: Node, p: Printer): boolean {
  return p.index.last(node).text === ';';
}

function isEmpty(doc: Doc): boolean {
  return Array.isArray(doc) && doc.length === 0;
}

/** `return [expr]`, `throw expr`. */
function keywordStatement(parts: Cursor, p: Printer): Doc {
  const keyword = p.keyword(parts.token());
  const expr = body(parts);
  return [keyword, expr.length > 0 ? [' ', p.operand(expr)] : '', ...semicolons(parts, p)];
}

/** The parts before the statement's closing semicolons. */
function body(parts: Cursor): Part[] {
  return parts.before(';');
}

/** The statement's own `;`: the first is kept, glued; the others are dropped. */
export function semicolons(parts: Cursor, p: Printer): Doc[] {
  const docs: Doc[] = [];
  while (!parts.done) {
    const token = parts.token(';');
    docs.push(docs.length === 0 ? p.token(token) : p.dropped(token));
  }
  return docs;
}

/** The value after `:=`; a comment before it starts an indented line. */
function value(parts: Part[], p: Printer): Doc {
  const doc = p.operand(parts);
  return p.firstToken(parts).leading.length > 0 ? indent(doc) : doc;
}

/** A parenthesised list of names (`fun` parameters). */
export function names(brackets: { open: FormatToken; inner: Part[]; close: FormatToken }, p: Printer): Doc {
  const items = brackets.inner.map((part): Doc => {
    if (part.token === undefined) return mismatch('parameters are names');
    return part.token.text === ',' ? [p.token(part.token), ' '] : p.token(part.token);
  });
  const last = brackets.inner[brackets.inner.length - 1];
  if (textOf(last) === ',' && last?.token !== undefined && !p.keepTrailingCommas) items[items.length - 1] = p.dropped(last.token);
  return [p.token(brackets.open), items, ...p.closingComments(brackets.close), p.closer(brackets.close)];
}
