// PostHog's answer to a test invocation, as text: the lines for an output channel and one line for
// a notification. The answer is passed through from PostHog's worker and only loosely specified
// (PostHog documents no schema for it), so it is read field by field from `unknown`.

export interface InvocationSubject {
  name: string;
  /** A function type ('transformation', …) or 'hog_flow'. */
  type: string;
  /** What the run is called in the text; default "Test invocation". */
  title?: string;
}

export interface FormattedInvocation {
  /** 'success' | 'error' | 'skipped' | whatever PostHog said ('unknown' if nothing). */
  status: string;
  ok: boolean;
  lines: string[];
  summary: string;
}

interface ReadLog {
  level: string;
  timestamp: string;
  message: string;
}

const SUMMARY_DETAIL_MAX = 160;

export function formatInvocationResult(response: unknown, subject: InvocationSubject): FormattedInvocation {
  const body = isRecord(response) ? response : {};
  const status = typeof body.status === 'string' && body.status ? body.status : 'unknown';
  const errors = readErrors(body);
  const logs = Array.isArray(body.logs) ? body.logs.map(readLog) : [];
  const ok = status === 'success' && errors.length === 0;
  const lines = [`${subject.title ?? 'Test invocation'} of "${subject.name}" (${subject.type}): ${status}`];
  if (errors.length > 0) {
    lines.push(`Errors (${errors.length}):`);
    for (const error of errors) lines.push(...indent(error, '  ✗ '));
  }
  lines.push(logs.length === 0 ? 'Logs: none' : `Logs (${logs.length}):`);
  for (const log of logs) lines.push(...indent(log.message, `  ${log.timestamp} ${log.level.toUpperCase().padEnd(5)} `));
  lines.push(...resultLines(body, subject, status));
  return { status, ok, lines, summary: summary(subject, status, errors, logs.length) };
}

function resultLines(body: Record<string, unknown>, subject: InvocationSubject, status: string): string[] {
  const lines: string[] = [];
  if (subject.type === 'hog_flow') {
    const next = body.nextActionId ?? body.next_action_id;
    if (typeof next === 'string') lines.push(`Next action: ${next}`);
    if (typeof body.message === 'string' && body.message) lines.push(`Message: ${body.message}`);
  }
  const isTransformation = subject.type === 'transformation' || subject.type === 'transformation_log';
  if (isTransformation && status === 'success') {
    if (body.result === null || body.result === undefined) lines.push('Result: null (the event would be dropped)');
    else lines.push('Result (the transformed event):', ...indent(JSON.stringify(body.result, null, 2), '  '));
  } else if (body.result !== null && body.result !== undefined) {
    lines.push('Result:', ...indent(JSON.stringify(body.result, null, 2), '  '));
  }
  return lines;
}

function summary(subject: InvocationSubject, status: string, errors: string[], logCount: number): string {
  const logs = `${logCount} log line${logCount === 1 ? '' : 's'}`;
  const title = subject.title ?? 'Test invocation';
  if (errors.length === 0) return `${title} of "${subject.name}": ${status} (${logs}).`;
  const first = oneLine(errors[0] ?? '');
  const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
  return `${title} of "${subject.name}": ${status}: ${first}${more}`;
}

function readErrors(body: Record<string, unknown>): string[] {
  const errors = Array.isArray(body.errors) ? body.errors.map(describe) : [];
  // Flow workers answer `{status: 'error', message}` instead of an errors list.
  if (errors.length === 0 && body.status === 'error' && typeof body.message === 'string') errors.push(body.message);
  return errors;
}

function readLog(raw: unknown): ReadLog {
  const log = isRecord(raw) ? raw : {};
  return {
    level: typeof log.level === 'string' ? log.level : 'info',
    timestamp: typeof log.timestamp === 'string' ? log.timestamp : '',
    message: typeof log.message === 'string' ? log.message : describe(log.message),
  };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value.message === 'string') return value.message;
  return JSON.stringify(value) ?? String(value);
}

/** Continuation lines of a multi-line text line up under its first line. */
function indent(text: string, prefix: string): string[] {
  const pad = ' '.repeat(prefix.length);
  return text.split(/\r?\n/).map((line, i) => (i === 0 ? prefix : pad) + line);
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SUMMARY_DETAIL_MAX ? `${flat.slice(0, SUMMARY_DETAIL_MAX - 1)}…` : flat;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
