// Logs, metrics and test invocations (reference §5.5, §11). The worker's invocation answer is only
// loosely specified (UNCONFIRMED beyond status and logs), so only those are checked.
import type { HogFlowInvocationResult, HogFunctionInvocationResult } from '../types/invocation';
import type { LogEntry, MetricsSeries, MetricsTotals } from '../types/observability';
import { anything, fields, fieldsOf, listOf, mapOf, number, object, optional, string } from './check';
import { timestamp } from './common';
import { shape } from './shape';

export const logEntry = shape<LogEntry>('log entry', fieldsOf<LogEntry>({
  log_source_id: string,
  instance_id: string,
  timestamp,
  level: string,
  message: string,
}));

export const metricsSeries = shape<MetricsSeries>('metrics', fieldsOf<MetricsSeries>({
  labels: listOf(string),
  series: listOf(fields({ name: string, values: listOf(number) })),
}));

export const metricsTotals = shape<MetricsTotals>('metric totals', fieldsOf<MetricsTotals>({ totals: mapOf(number) }));

const invocationFields = { status: string, logs: optional(listOf(object)), errors: optional(listOf(anything)) };

export const functionInvocation = shape<HogFunctionInvocationResult>('test invocation', fields(invocationFields));
export const flowInvocation = shape<HogFlowInvocationResult>('test invocation', fields(invocationFields));
