// Conflict markers in git's format, which VS Code's merge conflict decorations (and its Accept
// Current / Incoming / Both actions) recognise: `<<<<<<< label`, `=======`, `>>>>>>> label`. The top
// ("current") section is the editor's text, the bottom ("incoming") one PostHog's.
import { splitLines, terminated } from './lines';

export interface MergeLabels {
  /** After `<<<<<<<`: the editor buffer. */
  ours: string;
  /** After `>>>>>>>`: the server's current version. */
  theirs: string;
}

export const DEFAULT_LABELS: MergeLabels = { ours: 'Yours (editor)', theirs: 'PostHog (server)' };

/** Zero-based line numbers of one conflict's marker lines in the merged text. */
export interface MergeConflict {
  startLine: number;
  separatorLine: number;
  endLine: number;
}

/** Merged lines (each with its terminator) and the conflicts among them, built up in order. */
export class MergedLines {
  readonly lines: string[] = [];
  readonly conflicts: MergeConflict[] = [];

  constructor(private readonly labels: MergeLabels) {}

  take(lines: readonly string[]): void {
    this.lines.push(...lines);
  }

  /**
   * Lines both sides share at the start or end of the region stay outside the markers (git's
   * "zealous" merge). Only a file's last line lacks a terminator, so what precedes a conflict always
   * ends its line.
   */
  conflict(ours: readonly string[], theirs: readonly string[]): void {
    const [head, tail] = sharedEnds(ours, theirs);
    this.take(ours.slice(0, head));
    const [mine, server] = [ours.slice(head, ours.length - tail), theirs.slice(head, theirs.length - tail)];
    if (mine.length > 0 || server.length > 0) {
      const startLine = this.lines.length;
      this.lines.push(`<<<<<<< ${oneLine(this.labels.ours)}\n`, ...terminated(mine));
      const separatorLine = this.lines.length;
      this.lines.push('=======\n', ...terminated(server));
      this.conflicts.push({ startLine, separatorLine, endLine: this.lines.length });
      this.lines.push(`>>>>>>> ${oneLine(this.labels.theirs)}\n`);
    }
    this.take(ours.slice(ours.length - tail));
  }

  text(): string {
    return this.lines.join('');
  }
}

/** The conflict blocks of a text, e.g. to tell whether the user resolved them all before saving. */
export function findConflicts(text: string): MergeConflict[] {
  const conflicts: MergeConflict[] = [];
  let start = -1;
  let separator = -1;
  splitLines(text.replace(/\r\n/g, '\n')).forEach((line, index) => {
    if (line.startsWith('<<<<<<<')) [start, separator] = [index, -1];
    else if (line.startsWith('=======') && start >= 0 && separator < 0) separator = index;
    else if (line.startsWith('>>>>>>>') && start >= 0 && separator >= 0) {
      conflicts.push({ startLine: start, separatorLine: separator, endLine: index });
      [start, separator] = [-1, -1];
    }
  });
  return conflicts;
}

/** How many lines the two sides share at the start, and then at the end of what is left. */
function sharedEnds(a: readonly string[], b: readonly string[]): [number, number] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return [head, tail];
}

function oneLine(label: string): string {
  return label.replace(/[\r\n]+/g, ' ').trim();
}
