// Log entries in the words and shapes PostHog's worker writes them (nodejs/src/cdp/utils.ts).
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogEntry {
  readonly level: LogLevel;
  readonly timestamp: string;
  readonly message: string;
}

export const REDACTED = '***REDACTED***';
const MAX_LOG_LENGTH = 10_000;
const TRUNCATION_SUFFIX = '... (truncated)';

/** `sanitizeLogMessage`: arguments joined by ", " (non-strings as JSON), secrets redacted, long lines cut. */
export function logMessage(args: readonly unknown[], secrets: readonly string[] = []): string {
  let message = args.map((arg) => (typeof arg === 'string' ? arg : String(JSON.stringify(arg)))).join(', ');
  for (const secret of secrets) message = message.replaceAll(secret, REDACTED);
  if (message.length + TRUNCATION_SUFFIX.length <= MAX_LOG_LENGTH) return message;
  let cut = MAX_LOG_LENGTH;
  // Never split a surrogate pair.
  if ((message.charCodeAt(cut - 1) & 0xfc00) === 0xd800 || (message.charCodeAt(cut) & 0xfc00) === 0xdc00) {
    cut--;
    if (cut > 0 && (message.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
  }
  return message.slice(0, cut) + TRUNCATION_SUFFIX;
}

/** An append-only list of log entries. */
export class LogSink {
  readonly entries: LogEntry[] = [];

  add(level: LogLevel, ...args: unknown[]): void {
    this.push(level, logMessage(args));
  }

  push(level: LogLevel, message: string): void {
    this.entries.push({ level, timestamp: new Date().toISOString(), message });
  }
}

/** The worker's `formatNumber`: two significant digits. */
export function formatNumber(value: number): string {
  return Number(value.toPrecision(2)).toString();
}
