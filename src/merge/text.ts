// Three-way merge of text, line by line, with node-diff3: changes on one side only, or the same change
// on both, merge cleanly; changes to the same or adjacent lines conflict (as in git) and get markers.
import { diff3Merge } from 'node-diff3';
import { eolOf, splitLines, toLf, withEol } from './lines';
import { DEFAULT_LABELS, MergedLines, type MergeLabels } from './markers';
import type { MergeResult, MergeSides } from './result';

export function mergeText(sides: MergeSides, labels: MergeLabels = DEFAULT_LABELS): MergeResult {
  const eol = eolOf(sides.ours, sides.theirs, sides.base);
  const lines = (text: string): string[] => splitLines(toLf(text));
  const merged = new MergedLines(labels);
  const regions = diff3Merge(lines(sides.ours), lines(sides.base), lines(sides.theirs), { excludeFalseConflicts: true });
  for (const region of regions) {
    if (region.ok) merged.take(region.ok);
    else if (region.conflict) merged.conflict(region.conflict.a, region.conflict.b);
  }
  return {
    clean: merged.conflicts.length === 0,
    text: withEol(merged.text(), eol),
    conflicts: merged.conflicts,
    strategy: 'text',
    conflictedFields: [],
  };
}
