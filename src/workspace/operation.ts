// What every operation gets: the workspace, the target project, a client, the environment (for
// secrets named by fromEnv), cancellation and progress.
import type { PostHogClient } from '../api';
import { errorReport, type OperationName, type OperationReport } from './reports';
import type { WorkspaceTarget, WorkspaceFiles } from './workspace';

export interface ProgressEvent {
  /** A sentence for a status line, e.g. "Fetching functions and flows of project 1". */
  message: string;
}

export interface OperationContext {
  workspace: WorkspaceFiles;
  target: WorkspaceTarget;
  client: PostHogClient;
  /** Where `fromEnv` values come from; default process.env. */
  env?: Record<string, string | undefined>;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

export function emptyReport(command: OperationName, context: OperationContext, dryRun = false): OperationReport {
  return { command, host: context.target.host, project: context.target.project, dryRun, problems: [], objects: [], errors: [] };
}

export function progress(context: OperationContext, message: string): void {
  context.onProgress?.({ message });
}

/**
 * Runs `body` unless posthog.yaml or posthog.lock.json cannot be used (an unreadable lock would make
 * every object look new); a failure that escapes `body` becomes one of the report's errors.
 */
export async function reporting(report: OperationReport, context: OperationContext, body: () => Promise<void>): Promise<OperationReport> {
  const { fatal } = context.workspace;
  if (fatal.length > 0) {
    report.problems = [...fatal, ...report.problems.filter((problem) => !fatal.includes(problem))];
    report.errors.push(`${fatal[0]?.file ?? 'the workspace'} must be fixed first`);
    return report;
  }
  try {
    await body();
  } catch (error) {
    report.errors.push(errorReport(error).message);
  }
  return report;
}
