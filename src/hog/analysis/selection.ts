// Selection ranges: from the name under the cursor out through every enclosing node to the whole
// program, each range strictly larger than the one inside it.
import type { Program } from '../ast';
import { walkLocated } from './located';
import { isIdentPart, type Span } from './text';

/** Innermost first. */
export function selectionRangesAt(source: string, program: Program | null, offset: number): Span[] {
  const spans: Span[] = [];
  const word = wordAt(source, offset);
  if (word) spans.push(word);
  if (program) {
    const enclosing: Span[] = [];
    walkLocated(program, ({ span }) => {
      if (span.start > offset || offset > span.end) return false;
      enclosing.push(span);
    });
    spans.push(...enclosing.reverse());
  }
  spans.push({ start: 0, end: source.length });
  return nested(spans);
}

function wordAt(source: string, offset: number): Span | undefined {
  let start = offset;
  let end = offset;
  while (start > 0 && isIdentPart(source[start - 1])) start--;
  while (end < source.length && isIdentPart(source[end])) end++;
  return end > start ? { start, end } : undefined;
}

/** Drops ranges that do not strictly grow (same span twice, or a child reported wider than its parent). */
function nested(spans: Span[]): Span[] {
  const result: Span[] = [];
  for (const span of spans) {
    const last = result[result.length - 1];
    if (!last || (span.start <= last.start && span.end >= last.end && (span.start < last.start || span.end > last.end))) result.push(span);
  }
  return result;
}
