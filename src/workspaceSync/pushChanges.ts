// "PostHog: Push Changes": `hog push` from VS Code. The plan (a dry run) is shown for confirmation
// first; the push then sends each change with the lock's base_updated_at, so an object changed on
// PostHog meanwhile is a conflict that is reported and never overwritten (unless `force`).
import { basename } from 'node:path';
import { push, type OperationReport } from '../workspace';
import type { SyncDeps } from './deps';
import { openOperation, withOperationProgress } from './operation';
import { syncedFolder } from './pickFolder';
import { actionLines, conflictCount, failureLines } from './reportText';

export interface PushArgs {
  force?: boolean;
  dryRun?: boolean;
}

const SENDING = new Set(['create', 'update', 'delete']);

export async function pushChanges(deps: SyncDeps, args: PushArgs, folderArgument: unknown, signal: AbortSignal): Promise<OperationReport> {
  const dir = await syncedFolder(deps, folderArgument);
  const force = args.force === true;
  const plan = await run(deps, dir, `Comparing ${basename(dir)} with PostHog…`, signal, { dryRun: true, force });
  const failures = failureLines(plan);
  const sending = plan.objects.filter((object) => SENDING.has(object.action));
  if (failures.length > 0) {
    void deps.prompts.current.error(`Nothing was pushed: ${failures.join('; ')}`, []);
    return plan;
  }
  const lines = actionLines(plan);
  if (args.dryRun === true || sending.length === 0) {
    const what = sending.length === 0 ? 'Nothing to push.' : `Push would: ${lines.join('; ')}`;
    void (conflictCount(plan) > 0 ? deps.prompts.current.warning(`${what} ${conflictLines(plan)}`, []) : deps.prompts.current.info(what, []));
    return plan;
  }
  const confirmed = await deps.prompts.current.confirm(
    `Push ${sending.length} change(s) to PostHog project ${plan.project}?`,
    lines.join('\n'),
    force ? 'Push and Overwrite' : 'Push',
  );
  if (!confirmed) return plan;
  const report = await run(deps, dir, `Pushing ${basename(dir)} to PostHog…`, signal, { force });
  await deps.sync.refresh(dir).catch(() => undefined);
  tell(deps, report);
  return report;
}

function run(deps: SyncDeps, dir: string, title: string, signal: AbortSignal, options: { dryRun?: boolean; force: boolean }): Promise<OperationReport> {
  return withOperationProgress(title, signal, async (cancel, onProgress) => push(await openOperation(deps, dir, { signal: cancel, onProgress }), options));
}

function conflictLines(report: OperationReport): string {
  const count = conflictCount(report);
  return count === 0 ? '' : `${count} conflict(s): changed on PostHog since the last pull. Pull, or compare with "PostHog: Show Changes".`;
}

function tell(deps: SyncDeps, report: OperationReport): void {
  const failures = failureLines(report);
  const done = actionLines(report).filter((line) => !line.startsWith('conflict'));
  const summary = `Pushed to PostHog project ${report.project}: ${done.join('; ') || 'nothing'}.`;
  if (failures.length > 0) void deps.prompts.current.error(`${summary} Failed: ${failures.join('; ')}`, []);
  else if (conflictCount(report) > 0) void deps.prompts.current.warning(`${summary} ${conflictLines(report)}`, []);
  else void deps.prompts.current.info(summary, []);
}
