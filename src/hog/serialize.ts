// Prints a syntax tree as the official parser's JSON text, byte for byte. The parser creates
// every node with its keys in alphabetical order, as the official output has them, so the
// native JSON.stringify does nearly all the work; three things are patched in:
//   * numbers the official parser prints differently from JavaScript (`1000.0`,
//     `0.10000000000000001`, integers beyond 2^53) — see parserLiterals.ts;
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
}

/**
 * A lone low surrogate: JSON.stringify writes it as the escape `\udc00`, which no string from
 * the source can produce right after an opening quote (a backslash there would be doubled).
 */
const NUMBER_MARKER = '\udc00#';
const MARKER_PATTERN = /"\\udc00#(\d+)"/g;

export function toOfficialJson(program: Program, options: OfficialJsonOptions): string {
  if (options.officialPositions !== null) convertPositions(program, options.officialPositions);
  const texts: string[] = [];
  for (const [node, text] of options.numberTexts) {
    if (node.node === 'Constant') node.value = NUMBER_MARKER + texts.length;
    else node.frame_value = NUMBER_MARKER + texts.length;
    texts.push(text);
  }
  let declarations = JSON.stringify(program.declarations);
  if (texts.length > 0) declarations = declarations.replace(MARKER_PATTERN, (_, index: string) => texts[Number(index)] as string);
  const end = { ...program.end, column: program.end.column + EOF_TEXT_LENGTH };
  return `{"declarations":${declarations},"end":${positionJson(end)},"node":"Program","start":${positionJson(program.start)}}`;
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
