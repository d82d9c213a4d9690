// An operation's report in a few lines for a notification or a confirmation.
import { objectLabel, type ObjectReport, type OperationReport } from '../workspace';
import { formatProblem } from '../workspace';

const PLAN_VERBS: Partial<Record<ObjectReport['action'], string>> = {
  create: 'create', update: 'update', delete: 'delete', conflict: 'conflict (not sent)', write: 'write', remove: 'remove', keep: 'keep (changed in the files)',
};

/** One line per object the operation did (or would do) something to. */
export function actionLines(report: OperationReport): string[] {
  return report.objects.flatMap((object) => {
    const verb = PLAN_VERBS[object.action];
    if (!verb) return [];
    const fields = object.fields?.length ? ` (${object.fields.join(', ')})` : '';
    const why = object.message ? `: ${object.message}` : '';
    const error = object.error ? ` — failed: ${object.error.message}` : '';
    return [`${verb} ${objectLabel(object.kind, object.slug)}${fields}${why}${error}`];
  });
}

export function failureLines(report: OperationReport): string[] {
  const problems = report.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
  const failed = report.objects.filter((object) => object.error).map((object) => `${objectLabel(object.kind, object.slug)}: ${object.error!.message}`);
  return [...report.errors, ...problems, ...failed];
}

export function conflictCount(report: OperationReport): number {
  return report.objects.filter((object) => object.action === 'conflict').length;
}
