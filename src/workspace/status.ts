// `status`: where each object stands between the files, the lock and PostHog. Sends only GETs.
import { compareWithServer, localProblems, objectReport } from './compare';
import { emptyReport, reporting, type OperationContext } from './operation';
import type { ObjectState } from './reconcile';
import type { OperationReport } from './reports';

export async function status(context: OperationContext): Promise<OperationReport> {
  const report = emptyReport('status', context);
  report.problems = localProblems(context, () => false);
  return reporting(report, context, async () => {
    const states = await compareWithServer(context);
    report.objects = states.map((state) => objectReport(state, 'none', messageOf(state)));
  });
}

function messageOf(state: ObjectState): { message?: string } {
  if (state.status === 'gone' && !state.local) return { message: 'deleted on PostHog and in the files: the next pull or push forgets it' };
  const messages: Record<string, string> = {
    modified: 'push sends the change',
    'server-changed': 'pull brings the change',
    both: 'changed in the files and on PostHog: compare with diff, then pull --force or push --force',
    new: 'push creates it',
    'deleted-locally': 'push --prune deletes it on PostHog',
    gone: 'deleted on PostHog: pull removes the files, push --force creates it again',
    'server-new': 'pull adds it',
  };
  const message = messages[state.status];
  return message ? { message } : {};
}
