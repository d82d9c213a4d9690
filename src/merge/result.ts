// What a merge takes and gives.
import type { MergeConflict } from './markers';

export interface MergeSides {
  /** The version the buffer was loaded from. */
  base: string;
  /** The buffer, with the user's edits. */
  ours: string;
  /** The server's current version. */
  theirs: string;
}

export interface MergeResult {
  /** No conflicts: `text` can replace the buffer as it is. */
  clean: boolean;
  /** The merged text, in the buffer's line endings, with conflict markers where the sides disagree. */
  text: string;
  conflicts: MergeConflict[];
  /** `json`: merged per top-level field; `text`: line by line (also the fallback for JSON that does not parse). */
  strategy: 'json' | 'text';
  /** Top-level fields both sides changed differently (JSON strategy only). */
  conflictedFields: string[];
}
