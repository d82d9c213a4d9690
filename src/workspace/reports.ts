// What an operation reports: per object what it found and did, problems in files, failures; the
// CLI prints it (as text or --json) and VS Code will show it.
import { ApiError, PostHogError } from '../api';
import type { ObjectKind } from './model';
import type { Problem } from './problems';
import type { SyncStatus } from './reconcile';

export type OperationName = 'pull' | 'status' | 'diff' | 'push';

/**
 * What happens to an object. pull: write | keep | remove | none | conflict. push: create | update |
 * delete | unchanged | skip | conflict. status and diff: none.
 */
export type ObjectAction =
  | 'write' | 'keep' | 'remove' | 'none' | 'create' | 'update' | 'delete' | 'unchanged' | 'skip' | 'conflict';

export interface ErrorReport {
  message: string;
  /** HTTP status and PostHog's error code and field, when PostHog refused. */
  status?: number;
  code?: string | null;
  attr?: string | null;
  /** Where in the files PostHog's `attr` points. */
  file?: string;
  line?: number;
  column?: number;
}

export interface ObjectReport {
  kind: ObjectKind;
  slug: string;
  /** PostHog id in this project, when there is one. */
  id: string | null;
  name: string | null;
  /** Where the object stood before the operation. */
  status: SyncStatus;
  action: ObjectAction;
  /** push update: the fields sent. pull write: the files written. */
  fields?: string[];
  files?: string[];
  /** With --force: what on PostHog (push) or in the files (pull) was overwritten. */
  overwrites?: string[];
  /** Why, in a sentence (conflicts, skips). */
  message?: string;
  error?: ErrorReport;
  /** diff: unified diff, PostHog's version (---) to the files (+++); empty when they agree. */
  diff?: string;
}

export interface OperationReport {
  command: OperationName;
  host: string;
  project: number;
  /** push --dry-run: nothing was sent; actions are the plan. */
  dryRun: boolean;
  problems: Problem[];
  objects: ObjectReport[];
  /** Failures not tied to one object (a list request, an unreadable lock). */
  errors: string[];
}

/** 1 if anything failed, else 3 if any conflict, else 0 (status and diff: 0 when they compared). */
export function exitCodeOf(report: OperationReport): 0 | 1 | 3 {
  const comparing = report.command === 'status' || report.command === 'diff';
  // Only push refuses to run on problems; pull replaces files, status and diff report them.
  const blockingProblems = report.command === 'push' && report.problems.some((problem) => problem.severity === 'error');
  if (report.errors.length > 0 || blockingProblems || report.objects.some((object) => object.error)) return 1;
  if (!comparing && report.objects.some((object) => object.action === 'conflict')) return 3;
  return 0;
}

export function errorReport(error: unknown): ErrorReport {
  if (error instanceof ApiError) return { message: error.message, status: error.status, code: error.code, attr: error.attr };
  if (error instanceof PostHogError) return { message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}
