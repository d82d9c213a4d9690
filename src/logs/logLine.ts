// How one log entry reads in an output channel.
import type { LogEntry } from '../api';

/** The levels of the lines a tail writes about itself (started, failed poll, gap, ended). */
export type NoteLevel = 'INFO' | 'WARN' | 'ERROR';

/**
 * `2025-06-03T10:15:02.473301Z [DEBUG] [0197e2b0] message`: PostHog's own timestamp and level (the
 * channel is a plain one with the `log` language, so `posthog.logs.levels` is the only filter) and
 * the start of the invocation id, enough to tell interleaved runs apart.
 */
export function formatLogLine(entry: LogEntry): string {
  const instance = entry.instance_id ? ` [${entry.instance_id.slice(0, 8)}]` : '';
  return `${entry.timestamp} [${entry.level.toUpperCase()}]${instance} ${entry.message}`;
}

/** A line of the tail's own, in the same shape, stamped with when it was written. */
export function formatNote(level: NoteLevel, message: string, now = new Date()): string {
  return `${now.toISOString()} [${level}] ${message}`;
}
