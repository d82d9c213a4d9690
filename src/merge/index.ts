// Three-way merge of a document with the server's newer version (vscode-free): base = the version the
// buffer was loaded from, ours = the buffer, theirs = PostHog's current version.
//   const result = mergeDocument({ base, ours, theirs }, 'json');
//   if (result.clean) replace the buffer with result.text; else show it with its conflict markers.
import { mergeJson } from './json';
import { DEFAULT_LABELS, type MergeLabels } from './markers';
import type { MergeResult, MergeSides } from './result';
import { mergeText } from './text';

export { DEFAULT_LABELS, findConflicts, type MergeConflict, type MergeLabels } from './markers';
export type { MergeResult, MergeSides } from './result';
export { mergeJson } from './json';
export { mergeText } from './text';

/** `json`: per top-level field when all three sides are JSON objects, else line by line. */
export function mergeDocument(sides: MergeSides, format: 'json' | 'text', labels: MergeLabels = DEFAULT_LABELS): MergeResult {
  return format === 'json' ? mergeJson(sides, labels) : mergeText(sides, labels);
}
