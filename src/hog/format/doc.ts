// The layout language the printer builds and render.ts turns into text: a small Wadler/Prettier
// style document algebra. Groups print on one line when they fit, otherwise their lines break.

export type Doc = string | Doc[] | DocNode;

export type DocNode = Group | Conditional | Fill | Indent | Line | LineSuffix | FreshLine | Space | BlockComment;

export interface Group {
  kind: 'group';
  contents: Doc;
  /** Set when the group must break (asked for, or it contains a hard line: see propagateBreaks). */
  break: boolean;
}

/** Tries `states` in order and prints the first whose first line fits; the last one otherwise. */
export interface Conditional {
  kind: 'conditional';
  states: Doc[];
}

/**
 * Contents separated by lines, `[content, line, content, line, …]`: as many contents on a line
 * as fit, like words in a paragraph.
 */
export interface Fill {
  kind: 'fill';
  parts: Doc[];
}

export interface Indent {
  kind: 'indent';
  contents: Doc;
}

/** A line break when its group breaks; otherwise a space (`soft`: nothing). `hard` always breaks. */
export interface Line {
  kind: 'line';
  soft: boolean;
  hard: boolean;
}

/** Text printed at the end of the current line (a trailing `//` comment). */
export interface LineSuffix {
  kind: 'lineSuffix';
  text: string;
}

/** A line break unless the current line is still empty (an own-line comment starts a line). */
export interface FreshLine {
  kind: 'freshLine';
}

/**
 * A space between parts of a statement (`) {`, `} else`), or a line break at the statement's
 * indentation when a `//` comment ends the line there.
 */
export interface Space {
  kind: 'space';
}

/**
 * A block comment spanning lines that started its line, indented by `indent`: printed at the
 * start of a line, its other lines move with it (when they all begin with `indent`).
 */
export interface BlockComment {
  kind: 'blockComment';
  text: string;
  indent: string;
}

export const line: Line = { kind: 'line', soft: false, hard: false };
export const softline: Line = { kind: 'line', soft: true, hard: false };
export const hardline: Line = { kind: 'line', soft: false, hard: true };
export const freshLine: FreshLine = { kind: 'freshLine' };
export const space: Space = { kind: 'space' };

export function group(contents: Doc, shouldBreak = false): Group {
  return { kind: 'group', contents, break: shouldBreak };
}

export function conditional(states: Doc[]): Conditional {
  return { kind: 'conditional', states };
}

export function fill(parts: Doc[]): Fill {
  return { kind: 'fill', parts };
}

export function indent(contents: Doc): Indent {
  return { kind: 'indent', contents };
}

export function lineSuffix(text: string): LineSuffix {
  return { kind: 'lineSuffix', text };
}

/**
 * Marks every group that contains a hard break, or a group that must break, as broken, and
 * returns whether `doc` contains either. A conditional group is never marked (it chooses a state
 * by itself) but passes what its first state contains on to the groups around it.
 */
export function propagateBreaks(doc: Doc, seen = new Map<DocNode, boolean>()): boolean {
  if (typeof doc === 'string') return false;
  if (Array.isArray(doc)) {
    let breaks = false;
    for (const part of doc) if (propagateBreaks(part, seen)) breaks = true;
    return breaks;
  }
  const known = seen.get(doc);
  if (known !== undefined) return known;
  const breaks = nodeBreaks(doc, seen);
  seen.set(doc, breaks);
  return breaks;
}

function nodeBreaks(doc: DocNode, seen: Map<DocNode, boolean>): boolean {
  switch (doc.kind) {
    case 'group':
      if (propagateBreaks(doc.contents, seen)) doc.break = true;
      return doc.break;
    case 'conditional':
      return doc.states.map((state) => propagateBreaks(state, seen))[0] ?? false;
    case 'fill':
      return propagateBreaks(doc.parts, seen);
    case 'indent':
      return propagateBreaks(doc.contents, seen);
    case 'line':
      return doc.hard;
    case 'freshLine':
      return true;
    case 'lineSuffix':
    case 'space':
    case 'blockComment':
      return false;
  }
}
