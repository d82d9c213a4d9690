// Literals, names and operators. Binary operators are spaced; a chain that does not fit breaks
// before each operator, one operand per line, indented. Calls the parser made from operators
// (`??` → ifNull, `||` → concat, `?:` → if) print as the operators that were written, as do
// `case … end` and `interval`.
import type { Node } from '../ast';
import { type Doc, group, indent, line } from './doc';
import { canGlue } from './glue';
import { Cursor, LayoutMismatch, matching, mismatch, type Part, textOf } from './parts';
import type { Families, Printer } from './printer';
import { TokenKind } from '../tokens';
import type { FormatToken } from './tokens';
import { argumentList } from './arguments';

const LITERAL_WORDS = new Set(['true', 'false', 'null', 'inf', 'infinity', 'nan']);
const CASE_WORDS = new Set(['when', 'then', 'else', 'end']);

export const operatorFamilies: Families = {
  Constant: (_node, parts, p) => leaf(parts, p),
  Field: (_node, parts, p) => leaf(parts, p),
  PositionalRef: (_node, parts, p) => leaf(parts, p),
  ArithmeticOperation: (_node, parts, p) => chain(parts.rest(), p),
  CompareOperation: (_node, parts, p) => chain(parts.rest(), p),
  And: (_node, parts, p) => chain(parts.rest(), p),
  Or: (_node, parts, p) => chain(parts.rest(), p),
  Not: (_node, parts, p) => chain(parts.rest(), p),
  BetweenExpr: (_node, parts, p) => chain(parts.rest(), p),
  IsDistinctFrom: (_node, parts, p) => chain(parts.rest(), p),
  Alias: (_node, parts, p) => {
    const expr = p.operand(parts.until('as'));
    return [expr, ' ', p.keyword(parts.token('as')), ' ', p.token(parts.token())];
  },
  Call: (node, parts, p) => {
    if ('distinct' in node) return namedCall(parts, p);
    const first = textOf(parts.peek());
    if (first === 'case') return caseExpression(parts, p);
    if (first === 'interval') return interval(parts, p);
    if (parts.parts.length === 1) return p.part(parts.take());
    return chain(parts.rest(), p);
  },
};

/** A literal or a name: its tokens joined (`-1`, `a.b.c`, `#1`); `TRUE`, `NULL` lower-cased. */
function leaf(parts: Cursor, p: Printer): Doc {
  const tokens = parts.rest().map((part) => part.token ?? mismatch('a leaf has no children'));
  if (tokens.length === 1 && LITERAL_WORDS.has((tokens[0] as FormatToken).word)) return p.keyword(tokens[0] as FormatToken);
  return tokens.map((token, i) => {
    const previous = tokens[i - 1];
    const space = previous !== undefined && !canGlue(previous.text, token.text) ? ' ' : '';
    return [space, p.token(token)];
  });
}

/** `name(args)`, `name(params)(args)`. */
function namedCall(parts: Cursor, p: Printer): Doc {
  const name = parts.token();
  const docs: Doc[] = [p.token(name), name.word === 'not' ? ' ' : ''];
  docs.push(argumentList(parts.bracketed('('), p));
  if (parts.at('(')) docs.push(argumentList(parts.bracketed('('), p));
  parts.end();
  return docs;
}

/** `case [subject] when a then b … [else c] end` */
function caseExpression(parts: Cursor, p: Printer): Doc {
  const head: Doc[] = [p.keyword(parts.token('case'))];
  const subject = caseOperand(parts);
  if (subject.length > 0) head.push(' ', p.operand(subject));
  const branches: Doc[] = [];
  const firstWhen = parts.peek()?.token ?? mismatch("expected 'when'");
  while (parts.at('when')) {
    const when = p.keyword(parts.token());
    const condition = p.operand(caseOperand(parts));
    const then = p.keyword(parts.token('then'));
    branches.push(line, when, ' ', condition, ' ', then, ' ', p.operand(caseOperand(parts)));
  }
  if (parts.at('else')) branches.push(line, p.keyword(parts.token()), ' ', p.operand(caseOperand(parts)));
  const end = p.keyword(parts.token('end'));
  parts.end();
  // Written with its first `when` on a new line, it stays one branch per line.
  return group([head, indent(branches), line, end], firstWhen.newlinesBefore > 0);
}

function caseOperand(parts: Cursor): Part[] {
  const taken: Part[] = [];
  while (!parts.done && !CASE_WORDS.has(textOf(parts.peek()) ?? '')) taken.push(parts.take());
  return taken;
}

/** `interval 2 day`, `interval '2 days'` */
function interval(parts: Cursor, p: Printer): Doc {
  const keyword = p.keyword(parts.token('interval'));
  const rest = parts.rest();
  const unit = rest[rest.length - 1];
  if (rest.length > 1 && unit?.token?.kind === TokenKind.Word) {
    return [keyword, ' ', p.operand(rest.slice(0, -1)), ' ', p.keyword(unit.token)];
  }
  return [keyword, ' ', p.operand(rest)];
}

// ---------------------------------------------------------------------------------------------
// Operator chains
// ---------------------------------------------------------------------------------------------

interface Link {
  operators: FormatToken[];
  /** null after a postfix operator (`is null`). */
  operand: Part[] | null;
}

interface Chain {
  prefix: FormatToken[];
  head: Part[];
  links: Link[];
}

/** Reads `[prefix operators] operand (operators [operand])*`. */
function readChain(parts: Part[]): Chain {
  const cursor = { i: 0 };
  const prefix = readOperators(parts, cursor);
  const head = readOperand(parts, cursor);
  const links: Link[] = [];
  while (cursor.i < parts.length) {
    const operators = readOperators(parts, cursor);
    if (operators.length === 0) mismatch('two operands in a row');
    links.push({ operators, operand: cursor.i < parts.length ? readOperand(parts, cursor) : null });
  }
  return { prefix, head, links };
}

function startsOperand(part: Part): boolean {
  return part.node !== undefined || part.token.text === '(' || part.token.kind === TokenKind.TemplateStart;
}

function readOperators(parts: Part[], cursor: { i: number }): FormatToken[] {
  const operators: FormatToken[] = [];
  for (let part = parts[cursor.i]; part !== undefined && !startsOperand(part); part = parts[++cursor.i]) {
    operators.push(part.token as FormatToken);
  }
  return operators;
}

function readOperand(parts: Part[], cursor: { i: number }): Part[] {
  const part = parts[cursor.i] ?? mismatch('missing operand');
  const end = part.token?.text === '(' ? matching(parts, cursor.i) : cursor.i;
  const operand = parts.slice(cursor.i, end + 1);
  cursor.i = end + 1;
  return operand;
}

function chain(parts: Part[], p: Printer): Doc {
  const { prefix, head, links } = readChain(parts);
  if (prefix.length > 0) return prefixed(prefix, head, links, p);
  const flat = flatten(head, links, p);
  const rest = flat.links.map(({ operators, operand }): Doc => {
    const words = operatorDocs(operators, p);
    if (operand === null) return [' ', words];
    // An operand after an own-line comment starts its line: the operator stays up with the left side.
    const before = p.firstToken(operand).leading.length > 0 ? ' ' : line;
    return [before, words, ' ', p.operand(operand)];
  });
  const first = p.operand(flat.head);
  return p.chainGroup(group([first, indent(rest)]), group([first, rest]));
}

/** `-x`, `not x`: a symbol glues to its operand, a word does not. */
function prefixed(prefix: FormatToken[], head: Part[], links: Link[], p: Printer): Doc {
  if (links.length > 0 || prefix.length !== 1) return mismatch('one prefix operator');
  const operator = prefix[0] as FormatToken;
  const glue = operator.kind !== TokenKind.Word && canGlue(operator.text, p.firstToken(head).text);
  return [operatorDocs(prefix, p), glue ? '' : ' ', p.operand(head)];
}

function operatorDocs(operators: FormatToken[], p: Printer): Doc {
  return operators.map((token, i) => [i > 0 ? ' ' : '', token.kind === TokenKind.Word ? p.keyword(token) : p.token(token)]);
}

/**
 * `a + b - c` is `(a + b) - c` in the tree; printed as one chain it breaks evenly. The left
 * operand joins the chain when it is an unparenthesised chain of the same operators.
 */
function flatten(head: Part[], links: Link[], p: Printer): { head: Part[]; links: Link[] } {
  const inner = head.length === 1 ? head[0]?.node : undefined;
  const family = operatorFamily(links);
  if (inner === undefined || family === null || !isChainNode(inner)) return { head, links };
  try {
    const left = readChain(p.index.partsOf(inner));
    if (left.prefix.length > 0 || operatorFamily(left.links) !== family) return { head, links };
    const flat = flatten(left.head, left.links, p);
    return { head: flat.head, links: [...flat.links, ...links] };
  } catch (error) {
    if (error instanceof LayoutMismatch) return { head, links };
    throw error;
  }
}

function isChainNode(node: Node): boolean {
  return node.node === 'ArithmeticOperation' || (node.node === 'Call' && !('distinct' in node));
}

const FAMILY_OF: Record<string, string> = { '+': 'add', '-': 'add', '*': 'mul', '/': 'mul', '%': 'mul', '||': 'concat', '??': 'nullish' };

/** Which operators a chain is made of, when they may be printed as one chain. */
function operatorFamily(links: Link[]): string | null {
  const families = new Set(links.map((link) => (link.operators.length === 1 ? FAMILY_OF[(link.operators[0] as FormatToken).text] : undefined)));
  const [family] = families;
  return families.size === 1 && family !== undefined ? family : null;
}
