// Folding ranges: blocks, collections, calls, queries and tags spanning lines, block comments
// and runs of line comments. Lines are 1-based like the rest of the analysis.
import type { Program } from '../ast';
import { commentSpans } from './comments';
import { walkLocated } from './located';
import type { LineIndex } from './text';

export interface HogFoldingRange {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: 'region' | 'comment';
}

const FOLDABLE = new Set(['Block', 'Dict', 'Array', 'Tuple', 'Call', 'ExprCall', 'SelectQuery', 'SelectSetQuery', 'HogQLXTag', 'Lambda']);
const CLOSERS = new Set(['}', ']', ')', '>']);

export function foldingRanges(source: string, program: Program | null, lines: LineIndex): HogFoldingRange[] {
  const ranges = new Map<number, HogFoldingRange>();
  const add = (range: HogFoldingRange): void => {
    if (range.endLine > range.startLine && !ranges.has(range.startLine)) ranges.set(range.startLine, range);
  };
  if (program) {
    walkLocated(program, ({ kind, span }) => {
      if (!FOLDABLE.has(kind)) return;
      const startLine = lines.position(span.start).line;
      const end = lines.position(span.end);
      // Keep the closing bracket's line visible, as editors do for braces.
      const closes = CLOSERS.has(source[span.end - 1] ?? '') && end.column <= lineIndent(source, span.end) + 1;
      add({ startLine, endLine: closes ? end.line - 1 : end.line, kind: 'region' });
    });
  }
  for (const range of commentRanges(source, lines)) add(range);
  return [...ranges.values()].sort((a, b) => a.startLine - b.startLine);
}

/** Columns of indentation before the character ending at `end` on its line. */
function lineIndent(source: string, end: number): number {
  const lineStart = source.lastIndexOf('\n', end - 1) + 1;
  let i = lineStart;
  while (source[i] === ' ' || source[i] === '\t') i++;
  return i - lineStart;
}

function commentRanges(source: string, lines: LineIndex): HogFoldingRange[] {
  const ranges: HogFoldingRange[] = [];
  let run: { startLine: number; endLine: number } | undefined;
  const flush = (): void => {
    if (run) ranges.push({ ...run, kind: 'comment' });
    run = undefined;
  };
  for (const comment of commentSpans(source)) {
    const startLine = lines.position(comment.start).line;
    const endLine = lines.position(comment.end).line;
    if (!comment.isLine) {
      flush();
      ranges.push({ startLine, endLine, kind: 'comment' });
    } else if (run && startLine === run.endLine + 1) run.endLine = startLine;
    else {
      flush();
      run = { startLine, endLine };
    }
  }
  flush();
  return ranges;
}
