// The human-readable result of a workspace command: problems as file:line:column lines, one line
// per object that needs attention, and a closing count.
import { formatProblem, hasErrors, objectLabel, type ObjectReport, type OperationReport, type SyncStatus } from '../workspace';

const STATUS_LABELS: Record<SyncStatus, string> = {
  unchanged: 'unchanged',
  modified: 'modified locally',
  'server-changed': 'changed on PostHog',
  both: 'changed in both',
  new: 'new (local only)',
  'deleted-locally': 'deleted locally',
  gone: 'gone (deleted on PostHog)',
  'server-new': 'new on PostHog',
};

export function renderReport(report: OperationReport): string[] {
  const lines = report.problems.map(formatProblem);
  if (report.command === 'diff') lines.push(...report.objects.map((object) => object.diff ?? '').filter(Boolean).map((text) => text.replace(/\n$/, '')));
  else if (report.command === 'status') lines.push(...statusLines(report.objects));
  else lines.push(...actionLines(report));
  lines.push(...report.errors.map((error) => `error: ${error}`));
  return lines;
}

function statusLines(objects: ObjectReport[]): string[] {
  const changed = objects.filter((object) => object.status !== 'unchanged');
  const width = Math.max(0, ...changed.map((object) => STATUS_LABELS[object.status].length));
  const lines = changed.map((object) => row(STATUS_LABELS[object.status], width, object));
  lines.push(`${objects.length - changed.length} unchanged, ${changed.length} to look at`);
  return lines;
}

function actionLines(report: OperationReport): string[] {
  const quiet = new Set(['none', 'unchanged']);
  const shown = report.objects.filter((object) => !quiet.has(object.action) || object.error || object.message);
  const labels = shown.map((object) => (object.error ? 'failed' : report.dryRun ? `would ${object.action}` : object.action));
  const width = Math.max(0, ...labels.map((label) => label.length));
  const lines = shown.map((object, index) => row(labels[index] as string, width, object));
  if (report.dryRun) lines.unshift('Dry run: nothing was sent. The plan:');
  const refused = report.command === 'push' && report.objects.length === 0 && hasErrors(report.problems);
  lines.push(refused ? 'Nothing was sent: fix the errors above first.' : summary(report.objects));
  return lines;
}

function row(label: string, width: number, object: ObjectReport): string {
  const details = [detailOf(object), object.message, errorText(object)].filter(Boolean).join('; ');
  return `${label.padEnd(width)}  ${objectLabel(object.kind, object.slug)}${details ? `  ${details}` : ''}`;
}

function detailOf(object: ObjectReport): string {
  if (object.action === 'update' && object.fields?.length) return `(${object.fields.join(', ')})`;
  if (object.action === 'create' && object.id && !object.error) return `id ${object.id}`;
  if (object.files?.length) return `(${object.files.join(', ')})`;
  return '';
}

function errorText(object: ObjectReport): string {
  const error = object.error;
  if (!error) return '';
  return error.file ? `${error.message} (${error.file}:${error.line}:${error.column})` : error.message;
}

function summary(objects: ObjectReport[]): string {
  const counts = new Map<string, number>();
  for (const object of objects) {
    const key = object.error ? 'failed' : object.action === 'none' ? 'unchanged' : object.action;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([action, count]) => `${count} ${action}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing here yet';
}
