// How one log entry reads in an output channel.
import type { LogEntry } from '../api';

/** The method of a VS Code LogOutputChannel matching a PostHog level. */
export type ChannelLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

export function channelLevel(level: string): ChannelLevel {
  switch (level.toUpperCase()) {
    case 'ERROR':
      return 'error';
    case 'WARN':
    case 'WARNING':
      return 'warn';
    case 'DEBUG':
      return 'debug';
    default:
      return 'info';
  }
}

/**
 * `2025-06-03T10:15:02.473301Z [0197e2b0] message`: PostHog's own timestamp (a LogOutputChannel
 * adds the time it was written, which is not when it happened) and the start of the invocation id,
 * enough to tell interleaved runs apart.
 */
export function formatLogLine(entry: LogEntry): string {
  const instance = entry.instance_id ? ` [${entry.instance_id.slice(0, 8)}]` : '';
  return `${entry.timestamp}${instance} ${entry.message}`;
}
