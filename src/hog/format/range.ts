// Range formatting: the statements a range touches, in the innermost block that holds the range,
// are formatted at the indentation of their first line. Statements that share a line with code
// before them widen the selection (to the statement before, or to the enclosing statement), so
// the replaced text always starts a line.
import type { Node, Program, Statement } from '../ast';
import { parse, type SyntaxDiagnostic } from '../index';
import { assertSameProgram, type FormatOptions, printChecked } from './format';
import { childNodes } from './parts';
import { commentLength } from './tokens';

/** Replace `source.slice(start, end)` with `text` (offsets in the original source). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export type RangeResult = { ok: true; edits: TextEdit[] } | { ok: false; errors: SyntaxDiagnostic[] };

export function formatRange(source: string, range: { start: number; end: number }, options: FormatOptions = {}): RangeResult {
  const parsed = parse(source);
  if (parsed.errors.length > 0 || parsed.program === null) return { ok: false, errors: parsed.errors };
  const selected = selectStatements(source, parsed.program, range);
  if (selected === null) return { ok: true, edits: [] };
  const start = selected.first.start.offset;
  const end = statementEnd(source, selected.last.end.offset);
  const slice = source.slice(start, end);
  const sliceTree = parse(slice).program;
  if (sliceTree === null) return { ok: true, edits: [] };
  const base = lineIndentation(source, start);
  const text = printChecked(slice, sliceTree, options, base).replace(/\r?\n$/, '');
  if (text === slice) return { ok: true, edits: [] };
  assertSameProgram(parsed.program, source.slice(0, start) + text + source.slice(end));
  return { ok: true, edits: [{ start, end, text }] };
}

/** One edit turning `before` into `after`: the differing middle. Null when they are equal. */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}

interface Selection {
  first: Statement;
  last: Statement;
}

function selectStatements(source: string, tree: Program, range: { start: number; end: number }): Selection | null {
  const lists = enclosingLists(tree, range);
  for (let level = lists.length - 1; level >= 0; level--) {
    const list = lists[level] as Statement[];
    const hit = touched(list, range);
    let from = hit[0];
    const to = hit[1];
    if (from < 0) return null;
    // Take in earlier statements on the same line, so the replaced text starts a line.
    while (from > 0 && !startsLine(source, (list[from] as Statement).start.offset) && sameLine(list[from - 1] as Statement, list[from] as Statement)) from--;
    const first = list[from] as Statement;
    if (startsLine(source, first.start.offset) || level === 0) return { first, last: list[to] as Statement };
    // Code before it on its line (`{ a := 1`): format the enclosing statement instead.
    range = { start: first.start.offset, end: first.start.offset };
  }
  return null;
}

/** The statement lists holding the range, outermost (the program) first. */
function enclosingLists(tree: Program, range: { start: number; end: number }): Statement[][] {
  const lists: Statement[][] = [tree.declarations];
  let node: Node | undefined = tree;
  while (node !== undefined) {
    node = childNodes(node).find((child) => contains(child, range));
    if (node?.node === 'Block' && node.start.offset < range.start && range.end < node.end.offset) lists.push(node.declarations);
  }
  return lists;
}

function contains(node: Node, range: { start: number; end: number }): boolean {
  const { start, end } = node as { start: { offset: number }; end: { offset: number } };
  return start.offset <= range.start && range.end <= end.offset;
}

/** The first and last statements the range touches ([-1, -1] for none). */
function touched(list: Statement[], range: { start: number; end: number }): [number, number] {
  const hits = list
    .map((statement, i) => ({ statement, i }))
    .filter(({ statement }) =>
      range.start === range.end
        ? statement.start.offset <= range.start && range.start <= statement.end.offset
        : statement.start.offset < range.end && range.start < statement.end.offset,
    );
  if (hits.length === 0) return [-1, -1];
  return [hits[0]?.i ?? -1, hits[hits.length - 1]?.i ?? -1];
}

function sameLine(before: Statement, after: Statement): boolean {
  return before.end.line === after.start.line;
}

function startsLine(source: string, offset: number): boolean {
  return /^[ \t]*$/.test(source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset));
}

function lineIndentation(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart, offset))?.[0] ?? '';
}

/** After a statement: the `;`s that end it and the comments on the rest of its line. */
function statementEnd(source: string, end: number): number {
  let i = end;
  for (;;) {
    let j = i;
    while (source[j] === ' ' || source[j] === '\t') j++;
    const comment = commentLength(source, j, source.length);
    if (source[j] === ';') i = j + 1;
    else if (comment > 0 && !source.slice(j, j + comment).includes('\n')) i = j + comment;
    else return i;
  }
}
