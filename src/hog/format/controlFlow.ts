// if / else, while, both kinds of for, try / catch / finally. Braces open on the statement's line
// (`if (x) {`) and `else`, `catch` and `finally` follow the closing brace (`} else {`), as in
// PostHog's templates; a body without braces stays on the line when it fits.
import type { Node } from '../ast';
import { type Doc, group, hardline, indent, line, space } from './doc';
import { Cursor, mismatch, type Part, splitTop } from './parts';
import type { Families, Printer } from './printer';
import { semicolons } from './statements';

export const controlFlowFamilies: Families = {
  IfStatement: (_node, parts, p) => {
    const head = [p.keyword(parts.token('if')), ' ', condition(parts, p)];
    const then = parts.node();
    const docs: Doc[] = [head, body(then, p)];
    if (parts.at('else')) {
      const keyword = p.keyword(parts.token());
      const otherwise = parts.node();
      const chained = otherwise.node === 'IfStatement' || otherwise.node === 'Block';
      docs.push(then.node === 'Block' ? space : hardline, keyword, chained ? [space, p.node(otherwise)] : body(otherwise, p));
    }
    parts.end();
    return docs;
  },
  WhileStatement: (_node, parts, p) => {
    const head = [p.keyword(parts.token('while')), ' ', condition(parts, p)];
    return [head, body(parts.node(), p), ...semicolons(parts, p)];
  },
  ForStatement: (_node, parts, p) => {
    const keyword = p.keyword(parts.token('for'));
    const { open, inner, close } = parts.bracketed('(');
    const header = [p.token(open), forClauses(inner, p), ...p.closingComments(close), p.closer(close)];
    return [keyword, ' ', header, body(parts.node(), p), ...semicolons(parts, p)];
  },
  ForInStatement: (_node, parts, p) => {
    const keyword = p.keyword(parts.token('for'));
    const { open, inner, close } = parts.bracketed('(');
    const header = [p.token(open), forInHeader(new Cursor(inner), p), ...p.closingComments(close), p.closer(close)];
    return [keyword, ' ', header, body(parts.node(), p), ...semicolons(parts, p)];
  },
  TryCatchStatement: (_node, parts, p) => {
    const docs: Doc[] = [p.keyword(parts.token('try')), space, p.node(parts.node())];
    while (parts.at('catch')) docs.push(space, catchClause(parts, p));
    if (parts.at('finally')) docs.push(space, p.keyword(parts.token()), space, p.node(parts.node()));
    parts.end();
    return docs;
  },
};

/** `(condition)`: on its own indented lines when it does not fit. */
function condition(parts: Cursor, p: Printer): Doc {
  const { open, inner, close } = parts.bracketed('(');
  return p.brackets(open, p.operand(inner), close);
}

/** The statement an if / else / while / for controls. */
function body(statement: Node, p: Printer): Doc {
  if (statement.node === 'Block') return [space, p.node(statement)];
  return group(indent([line, p.node(statement)]));
}

/** `init; condition; increment`, each part optional. */
function forClauses(inner: Part[], p: Printer): Doc {
  const { pieces, separators } = splitTop(inner, ';');
  if (pieces.length !== 3) return mismatch('a for header has three clauses');
  const docs: Doc[] = [];
  pieces.forEach((piece, i) => {
    if (piece.length > 0) docs.push(i > 0 ? ' ' : '', p.operand(piece));
    const separator = separators[i];
    if (separator !== undefined) docs.push(p.token(separator));
  });
  return docs;
}

/** `let value in expr` or `let key, value in expr`. */
function forInHeader(parts: Cursor, p: Printer): Doc {
  const docs: Doc[] = [p.keyword(parts.token('let')), ' ', p.token(parts.token())];
  if (parts.at(',')) docs.push(p.token(parts.token()), ' ', p.token(parts.token()));
  docs.push(' ', p.keyword(parts.token('in')), ' ', p.operand(parts.rest()));
  return docs;
}

/** `catch [(name[: Type])] { ... }` */
function catchClause(parts: Cursor, p: Printer): Doc {
  const keyword = p.keyword(parts.token('catch'));
  if (!parts.at('(')) return [keyword, space, p.node(parts.node())];
  const { open, inner, close } = parts.bracketed('(');
  const variable = new Cursor(inner);
  const docs: Doc[] = [p.token(open), p.token(variable.token())];
  if (variable.at(':')) docs.push(p.token(variable.token()), ' ', p.token(variable.token()));
  variable.end();
  return [keyword, ' ', docs, ...p.closingComments(close), p.closer(close), space, p.node(parts.node())];
}
