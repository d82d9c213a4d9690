// Embedded HogQL in the readable SQL layout (README, "Formatting Hog"): a query on one line when it
// fits, otherwise one clause per line (select / from / each join / where / group by / having /
// order by / limit …), a clause's comma-separated items one per line, indented, when the clause
// does not fit. Keywords keep the case they were written in. Outside queries (window functions,
// tags) the tokens are spaced the same way, on lines filled up to the width.
import { type Doc, fill, group, indent, line } from './doc';
import { canGlue } from './glue';
import type { Printer } from './printer';
import { BY_CLAUSES, CLAUSE_WORDS, endsOperand, HEAD_WORDS, isCallee, JOIN_WORDS } from './sqlWords';
import { type Item, readItems, startsQuery } from './sqlItems';

const GLUE_AFTER = new Set(['.', '?.', '::', '#']);
const GLUE_BEFORE = new Set([',', ';', '.', '?.', '::', ':']);

/** Tokens `from`…`to` (inclusive) of a query, a tag, or any HogQL expression. */
export function sqlDoc(p: Printer, from: number, to: number): Doc {
  const items = readItems(p, from, to, (a, b) => sqlDoc(p, a, b));
  return startsQuery(p.tokens, from, to) && !items[0]?.bracket ? queryDoc(items) : words(items);
}

function queryDoc(items: Item[]): Doc {
  const clauses = splitClauses(items).map(clauseDoc);
  const docs: Doc[] = [];
  clauses.forEach((clause, i) => docs.push(...(i === 0 ? [clause] : [line, clause])));
  return group(docs);
}

/** The items split where a clause starts. */
function splitClauses(items: Item[]): Item[][] {
  const clauses: Item[][] = [[]];
  items.forEach((item, i) => {
    if (i > 0 && startsClause(items, i)) clauses.push([]);
    (clauses[clauses.length - 1] as Item[]).push(item);
  });
  return clauses.filter((clause) => clause.length > 0);
}

function startsClause(items: Item[], i: number): boolean {
  const word = wordOf(items[i]);
  const previous = wordOf(items[i - 1]);
  if (CLAUSE_WORDS.has(word)) return true;
  if (BY_CLAUSES.has(word)) return wordOf(items[i + 1]) === 'by';
  if (word === 'join') return !JOIN_WORDS.has(previous);
  if (JOIN_WORDS.has(word) && !JOIN_WORDS.has(previous)) return joinFollows(items, i);
  return false;
}

function joinFollows(items: Item[], i: number): boolean {
  let j = i;
  while (JOIN_WORDS.has(wordOf(items[j]))) j++;
  return wordOf(items[j]) === 'join' && !items[i + 1]?.bracket;
}

/** `head items, …`: the items indented on their own lines when the clause does not fit. */
function clauseDoc(clause: Item[]): Doc {
  let head = 0;
  while (head < clause.length && HEAD_WORDS.has(wordOf(clause[head])) && !clause[head + 1]?.bracket) head++;
  if (head === 0) return words(clause);
  const headDoc = words(clause.slice(0, head));
  const rest = clause.slice(head);
  if (rest.length === 0) return headDoc;
  const elements = splitCommas(rest);
  const body: Doc[] = [];
  elements.forEach(({ items, comma }, i) => body.push(i === 0 ? '' : line, words(items), comma ?? ''));
  return group([headDoc, indent([line, ...body])]);
}

function splitCommas(items: Item[]): { items: Item[]; comma?: Doc }[] {
  const elements: { items: Item[]; comma?: Doc }[] = [{ items: [] }];
  for (const item of items) {
    const current = elements[elements.length - 1] as { items: Item[]; comma?: Doc };
    if (item.first.text === ',' && !item.bracket) {
      current.comma = item.doc;
      elements.push({ items: [] });
    } else {
      current.items.push(item);
    }
  }
  return elements.filter((element) => element.items.length > 0 || element.comma !== undefined);
}

/** Items spaced as words, glued where tokens belong together, filling lines up to the width. */
function words(items: Item[]): Doc {
  const runs: Doc[][] = [];
  items.forEach((item, i) => {
    const previous = items[i - 1];
    if (previous === undefined || !glues(previous, item, items[i - 2])) runs.push([]);
    (runs[runs.length - 1] as Doc[]).push(item.doc);
  });
  const parts: Doc[] = [];
  runs.forEach((run, i) => parts.push(...(i === 0 ? [run] : [line, run])));
  return fill(parts);
}

function glues(left: Item, right: Item, beforeLeft: Item | undefined): boolean {
  const a = left.last;
  const b = right.first;
  let glue: boolean;
  if (right.bracket === '(' || right.bracket === '[') glue = left.bracket === undefined ? isCallee(a) : left.bracket !== '{' && right.query !== true;
  else if (a.text === '-' && left.bracket === undefined) glue = beforeLeft === undefined || !endsOperand(beforeLeft.last);
  else glue = GLUE_BEFORE.has(b.text) || GLUE_AFTER.has(a.text);
  return glue && canGlue(a.text, b.text);
}

function wordOf(item: Item | undefined): string {
  return item !== undefined && item.bracket === undefined ? item.first.word : '';
}
