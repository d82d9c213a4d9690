// Logs and metrics requests, shared by Hog functions and Hog flows (same parameters, same shapes).
import type { Paginated } from './types/common';
import type { LogEntry, LogsQuery, MetricsQuery, MetricsSeries, MetricsTotals } from './types/observability';
import type { CallOptions, Transport } from './transport';

/** Newest first. `count` never exceeds `limit` and `next` is normally null: page with `before`/`after`. */
export function fetchLogs(transport: Transport, objectPath: string, query: LogsQuery, options: CallOptions): Promise<Paginated<LogEntry>> {
  return transport.send({ method: 'GET', path: `${objectPath}logs/`, query: { ...query }, expect: 'page', ...options });
}

export function fetchMetrics(transport: Transport, objectPath: string, query: MetricsQuery, options: CallOptions): Promise<MetricsSeries> {
  return transport.send({ method: 'GET', path: `${objectPath}metrics/`, query: { ...query }, expect: 'object', ...options });
}

/** Without `after` the totals may cover all time; pass it explicitly. */
export function fetchMetricsTotals(transport: Transport, objectPath: string, query: MetricsQuery, options: CallOptions): Promise<MetricsTotals> {
  return transport.send({ method: 'GET', path: `${objectPath}metrics/totals/`, query: { ...query }, expect: 'object', ...options });
}
