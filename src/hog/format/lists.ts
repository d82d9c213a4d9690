// Comma-separated lists: arrays, dicts, tuples, arguments. A list stays on one line when it fits;
// otherwise each element goes on its own line, indented, and the closing bracket on its own line.
// A trailing comma is dropped (PostHog's templates mostly have none) except in a one-element
// tuple `(x,)`, where it makes the tuple. An array of plain literals fills its lines instead.
import { hasComments } from './comments';
import { type Doc, fill, group, indent, line, softline } from './doc';
import { mismatch, type Part, splitTop } from './parts';
import type { Printer } from './printer';
import type { FormatToken } from './tokens';

export interface Brackets {
  open: FormatToken;
  inner: Part[];
  close: FormatToken;
}

export interface ListItems {
  items: Part[][];
  /** The comma after each item but the last. */
  commas: FormatToken[];
  /** The comma after the last item, if any. */
  trailing: FormatToken | undefined;
}

export function listItems(inner: Part[]): ListItems {
  const { pieces, separators } = splitTop(inner, ',');
  let trailing: FormatToken | undefined;
  if (pieces.length > 1 && (pieces[pieces.length - 1] as Part[]).length === 0) {
    pieces.pop();
    trailing = separators.pop();
  }
  if (pieces.length === 1 && (pieces[0] as Part[]).length === 0) pieces.pop();
  if (pieces.some((piece) => piece.length === 0)) mismatch('empty list element');
  return { items: pieces, commas: separators, trailing };
}

/** The elements with their commas, one `line` between them. */
export function listContents(docs: Doc[], list: ListItems, p: Printer, keepTrailing = false): Doc[] {
  const contents: Doc[] = [];
  docs.forEach((doc, i) => {
    contents.push(doc);
    const comma = list.commas[i];
    if (comma !== undefined) contents.push(p.token(comma), line);
  });
  if (list.trailing !== undefined) {
    contents.push(keepTrailing || p.keepTrailingCommas ? p.token(list.trailing) : p.dropped(list.trailing));
  }
  return contents;
}

/** `open` elements `close`: flat, or one element per line. */
export function listDoc(brackets: Brackets, docs: Doc[], list: ListItems, p: Printer, keepTrailing = false): Doc {
  return p.brackets(brackets.open, listContents(docs, list, p, keepTrailing), brackets.close);
}

/**
 * Plain literals (`['AED', 'ARS', …]`, numbers) fill their lines instead of taking one each.
 * Null when the list has other elements or comments.
 */
export function filledListDoc(brackets: Brackets, docs: Doc[], list: ListItems, p: Printer): Doc | null {
  const literals = list.items.length > 1 && list.items.every((item) => item.length === 1 && item[0]?.node?.node === 'Constant');
  const { open, inner, close } = brackets;
  if (!literals || open.trailing.length > 0 || close.leading.length > 0 || partsHaveComments(inner, p)) return null;
  const parts: Doc[] = [];
  docs.forEach((doc, i) => {
    const comma = list.commas[i];
    if (i > 0) parts.push(line);
    parts.push(comma === undefined ? doc : [doc, p.token(comma)]);
  });
  if (list.trailing !== undefined && p.keepTrailingCommas) parts[parts.length - 1] = [parts[parts.length - 1] as Doc, p.token(list.trailing)];
  return p.brackets(open, fill(parts), close);
}

/** The same list forced onto separate lines. */
export function brokenListDoc(brackets: Brackets, docs: Doc[], list: ListItems, p: Printer, keepTrailing = false): Doc {
  const contents = listContents(docs, list, p, keepTrailing);
  const { open, close } = brackets;
  return group([p.token(open), indent([softline, contents, ...p.closingComments(close)]), softline, p.closer(close)], true);
}

/** Does any token from the first to the last of `parts` carry a comment? */
export function partsHaveComments(parts: Part[], p: Printer): boolean {
  if (parts.length === 0) return false;
  const first = p.firstToken(parts).index;
  const last = p.lastToken(parts).index;
  for (let i = first; i <= last; i++) if (hasComments(p.tokens[i] as FormatToken)) return true;
  return false;
}
