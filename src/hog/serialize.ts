// Prints a syntax tree as the official parser's JSON text, byte for byte. The parser creates
// every node with its keys in alphabetical order, as the official output has them, so the
// native JSON.stringify does nearly all the work; three things are patched in:
//   * numbers the official parser prints differently from JavaScript (`1000.0`,
//     `0.10000000000000001`, integers beyond 2^53) — see parserLiterals.ts — through markers;
//   * positions, when the source needs the official counting (see positions.ts);
//   * the Program's end column (official: end-of-file column + 5).
// The tree is modified in the process: pass a tree nobody else holds.
import type { Constant, Position, Program, WindowFrameExpr } from './ast';
import { EOF_TEXT_LENGTH, OfficialPositions } from './positions';

export interface OfficialJsonOptions {
  /** JSON text of the constants (and frame bounds) whose official text is not JSON.stringify's. */
  numberTexts: ReadonlyMap<Constant | WindowFrameExpr, string>;
  /** Set when positions must be converted to the official parser's. */
  officialPositions: OfficialPositions | null;
  /** The program's source: the number marker must be a character it does not contain. */
  source: string;
}

/**
 * Numbers are first written as a marker string, `<char>#<index>`, that JSON.stringify escapes
 * (`"\u0001#3"`) and that no string from the source can produce: a backslash there would be
 * doubled, and escapes never yield the character itself. U+0001 keeps the JSON one-byte (a
 * two-byte string anywhere in the tree makes V8 build, and then scan, a two-byte result);
 * a lone low surrogate, which no decoded file holds, serves when the source has a U+0001.
 */
const ONE_BYTE_MARKER = '\u0001#';
const TWO_BYTE_MARKER = '\udc00#';

export function toOfficialJson(program: Program, options: OfficialJsonOptions): string {
  if (options.officialPositions !== null) convertPositions(program, options.officialPositions);
  const marker = options.source.includes('\u0001') ? TWO_BYTE_MARKER : ONE_BYTE_MARKER;
  const texts: string[] = [];
  for (const [node, text] of options.numberTexts) {
    if (node.node === 'Constant') node.value = marker + texts.length;
    else node.frame_value = marker + texts.length;
    texts.push(text);
  }
  let declarations = JSON.stringify(program.declarations);
  if (texts.length > 0) declarations = replaceMarkers(declarations, JSON.stringify(marker).slice(0, -1), texts);
  const end = { ...program.end, column: program.end.column + EOF_TEXT_LENGTH };
  return `{"declarations":${declarations},"end":${positionJson(end)},"node":"Program","start":${positionJson(program.start)}}`;
}

/** Replaces each `"<marker><index>"` of `json` with `texts[index]`, in one scan. */
function replaceMarkers(json: string, marker: string, texts: readonly string[]): string {
  const parts: string[] = [];
  let from = 0;
  for (let at = json.indexOf(marker); at >= 0; at = json.indexOf(marker, from)) {
    const close = json.indexOf('"', at + marker.length);
    parts.push(json.slice(from, at), texts[Number(json.slice(at + marker.length, close))] as string);
    from = close + 1;
  }
  parts.push(json.slice(from));
  return parts.join('');
}

function positionJson(position: Position): string {
  return `{"column":${position.column},"line":${position.line},"offset":${position.offset}}`;
}

type Located = { start?: Position; end?: Position };

/** Replaces every node's start and end with the official parser's positions. */
function convertPositions(root: object, positions: OfficialPositions): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const node = value as Located & Record<string, unknown>;
    for (const key in node) {
      if (key !== 'start' && key !== 'end') stack.push(node[key]);
    }
    if ('node' in node) {
      if (node.start !== undefined) node.start = positions.start(node.start);
      if (node.end !== undefined) node.end = node.node === 'Program' ? positions.start(node.end) : positions.end(node.end);
    }
  }
}
