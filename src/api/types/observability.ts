// Logs and metrics, identical for Hog functions and Hog flows.
import type { Timestamp } from './common';

export type LogLevel = 'DEBUG' | 'LOG' | 'INFO' | 'WARN' | 'WARNING' | 'ERROR';

/** One stored log row. There is no entry id: de-duplicate on timestamp, instance_id, level, message. */
export interface LogEntry {
  log_source_id: string;
  instance_id: string;
  timestamp: Timestamp;
  level: LogLevel | string;
  message: string;
}

export interface LogsQuery {
  /** 1..500, default 50. */
  limit?: number;
  /** Strictly after this timestamp. */
  after?: Timestamp;
  /** Strictly before this timestamp. */
  before?: Timestamp;
  /** Sent comma-separated, case-insensitive. */
  level?: readonly string[];
  search?: string;
  instance_id?: string;
}

export interface MetricsQuery {
  /** Relative (`-7d`, `-24h`) or ISO. */
  after?: string;
  before?: string;
  interval?: 'hour' | 'day' | 'week';
  breakdown_by?: 'kind' | 'name';
  /** Sent comma-separated. */
  kind?: readonly string[];
  name?: readonly string[];
  instance_id?: string;
}

export interface MetricsSeries {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` for hourly intervals. */
  labels: string[];
  series: { name: string; values: number[] }[];
}

export interface MetricsTotals {
  totals: Record<string, number>;
}
