// A text replacement by offsets, the unit every refactoring and quick fix returns.
import type { Span } from './text';

export interface SourceEdit extends Span {
  readonly text: string;
}

/** `source` with non-overlapping `edits` applied. */
export function applyEdits(source: string, edits: readonly SourceEdit[]): string {
  let result = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** Where an offset of the original text lands once `edits` are applied (offsets inside an edit move to its start). */
export function mapOffset(offset: number, edits: readonly SourceEdit[]): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.end <= offset) shift += edit.text.length - (edit.end - edit.start);
    else if (edit.start < offset) return edit.start + shift;
  }
  return offset + shift;
}
