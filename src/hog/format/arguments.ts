// Call arguments. Besides the usual list layout, a call whose last argument is a dict, an array or
// a lambda with a block body keeps its head on the line and breaks only that argument, the way
// PostHog's templates write `fetch(url, {` … `})`; likewise a first-argument lambda with a block
// body (`arrayMap(x -> {` … `}, list)`). The choice is a conditional group: all on one line
// (which also holds an argument that breaks anyway), that argument broken, every argument on its
// own line.
import type { Node } from '../ast';
import { hasComments } from './comments';
import { conditional, type Doc, group, propagateBreaks } from './doc';
import { brokenListDoc, type Brackets, listDoc, listItems, type ListItems, partsHaveComments } from './lists';
import type { Part } from './parts';
import type { Printer } from './printer';

export function argumentList(brackets: Brackets, p: Printer): Doc {
  const list = listItems(brackets.inner);
  const docs = list.items.map((item) => p.operand(item));
  const normal = listDoc(brackets, docs, list, p);
  const hugged = huggedState(brackets, docs, list, p);
  if (hugged === null) return normal;
  const flat = hug(brackets, docs, list, -1, p);
  // Before the hugged argument only plain values (`fetch(url, {`): breaking them out cannot make
  // the first line shorter than themselves, so the call stays hugged even when that line is long.
  if (list.items.slice(0, -1).every((item) => isPlainValue(item, p))) return conditional([flat, hugged]);
  return conditional([flat, hugged, brokenListDoc(brackets, docs, list, p)]);
}

/** A name, a literal or an f-string (one token, whatever the parser made of it). */
function isPlainValue(item: Part[], p: Printer): boolean {
  const node = single(item);
  if (node === undefined) return item.length === 1 && item[0]?.token !== undefined;
  return node.node === 'Constant' || node.node === 'Field' || p.firstToken(item) === p.lastToken(item);
}

function huggedState(brackets: Brackets, docs: Doc[], list: ListItems, p: Printer): Doc | null {
  const count = list.items.length;
  // Only comments inside the brackets matter: one after the `)` belongs to what follows.
  if (count === 0 || brackets.open.trailing.length > 0 || brackets.close.leading.length > 0) return null;
  if (list.commas.some(hasComments) || (list.trailing !== undefined && hasComments(list.trailing))) return null;
  const last = count - 1;
  if (canHug(list, last, huggable, docs, p)) return hug(brackets, docs, list, last, p);
  if (canHug(list, 0, isBlockLambda, docs, p)) return hug(brackets, docs, list, 0, p);
  return null;
}

/**
 * The argument at `at` is of the kind that hugs, and nothing but it needs lines of its own. A
 * comment right after it stops the hug: formatting again finds it there whether or not a comma
 * (dropped) stood between.
 */
function canHug(list: ListItems, at: number, kind: (item: Part[]) => boolean, docs: Doc[], p: Printer): boolean {
  const item = list.items[at] as Part[];
  if (!kind(item) || p.lastToken(item).trailing.length > 0) return false;
  return othersAreSimple(list, docs, at, kind, p);
}

/** The list on one line except the argument at `at` (none: -1), which breaks. */
function hug(brackets: Brackets, docs: Doc[], list: ListItems, at: number, p: Printer): Doc {
  const parts: Doc[] = [p.token(brackets.open)];
  docs.forEach((doc, i) => {
    if (i > 0) parts.push(', ');
    parts.push(i === at ? group(doc, true) : doc);
  });
  if (list.trailing !== undefined && p.keepTrailingCommas) parts.push(',');
  parts.push(p.token(brackets.close));
  return parts;
}

/** The other arguments fit on the line of the call: no comments, nothing that must break. */
function othersAreSimple(list: ListItems, docs: Doc[], hugged: number, rival: (item: Part[]) => boolean, p: Printer): boolean {
  return list.items.every((item, i) => {
    if (i === hugged) return true;
    return !rival(item) && !partsHaveComments(item, p) && !propagateBreaks(docs[i] as Doc);
  });
}

function huggable(item: Part[]): boolean {
  const node = single(item);
  if (node === undefined) return false;
  if (node.node === 'Dict') return node.items.length > 0;
  if (node.node === 'Array') return node.exprs.length > 0;
  return node.node === 'Lambda' && (node.expr.node === 'Block' || node.expr.node === 'Dict');
}

function isBlockLambda(item: Part[]): boolean {
  const node = single(item);
  return node?.node === 'Lambda' && node.expr.node === 'Block';
}

function single(item: Part[]): Node | undefined {
  return item.length === 1 ? item[0]?.node : undefined;
}
