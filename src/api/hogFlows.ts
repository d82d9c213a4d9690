// Hog flow (workflow) endpoints: /api/projects/{project_id}/hog_flows/.
import { FlowSchedulesApi } from './flowSchedules';
import { fetchLogs, fetchMetrics, fetchMetricsTotals } from './observability';
import { PagedList } from './pagination';
import { projectPath } from './paths';
import type { CallOptions, Transport, UpdateOptions } from './transport';
import type { Paginated, ProjectId } from './types/common';
import type {
  BatchJob, BlastRadius, BlastRadiusRequest, HogFlow, HogFlowCreate, HogFlowListParams, HogFlowPatch,
  HogFlowSummary,
} from './types/hogFlow';
import type { HogFlowInvocationRequest, HogFlowInvocationResult } from './types/invocation';
import type { LogEntry, LogsQuery, MetricsQuery, MetricsSeries, MetricsTotals } from './types/observability';

export class HogFlowsApi {
  readonly schedules: FlowSchedulesApi;

  constructor(private readonly transport: Transport) {
    this.schedules = new FlowSchedulesApi(transport);
  }

  /** Summaries: no schedules, draft, draft_updated_at or action_redirects. */
  list(projectId: ProjectId, params: HogFlowListParams = {}, options: CallOptions = {}): PagedList<HogFlowSummary> {
    return new PagedList(this.transport, path(projectId), { ...params }, options);
  }

  get(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<HogFlow> {
    return this.transport.send({ method: 'GET', path: path(projectId, id), expect: 'object', ...options });
  }

  create(projectId: ProjectId, body: HogFlowCreate, options: CallOptions = {}): Promise<HogFlow> {
    return this.transport.send({ method: 'POST', path: path(projectId), body, expect: 'object', ...options });
  }

  update(projectId: ProjectId, id: string, patch: HogFlowPatch, options: UpdateOptions = {}): Promise<HogFlow> {
    const { baseUpdatedAt, ...call } = options;
    const body = baseUpdatedAt === undefined ? patch : { ...patch, base_updated_at: baseUpdatedAt };
    return this.transport.send({ method: 'PATCH', path: path(projectId, id), body, expect: 'object', ...call });
  }

  /** A real, permanent delete (204). */
  delete(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<void> {
    return this.transport.send({ method: 'DELETE', path: path(projectId, id), expect: 'empty', ...options });
  }

  /** Deletes only the listed flows whose status is `archived`; others are skipped silently. */
  bulkDelete(projectId: ProjectId, ids: readonly string[], options: CallOptions = {}): Promise<{ deleted: number }> {
    return this.transport.send({ method: 'POST', path: path(projectId, 'bulk_delete'), body: { ids }, expect: 'object', ...options });
  }

  /** Newest first; a bare array. */
  batchJobs(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<BatchJob[]> {
    return this.transport.send({ method: 'GET', path: path(projectId, id, 'batch_jobs'), expect: 'array', ...options });
  }

  /** Runs an active batch-triggered flow now. Filters come from the trigger. */
  createBatchJob(projectId: ProjectId, id: string, body: { variables?: Record<string, unknown> } = {}, options: CallOptions = {}): Promise<BatchJob> {
    return this.transport.send({ method: 'POST', path: path(projectId, id, 'batch_jobs'), body, expect: 'object', ...options });
  }

  /** Test run on PostHog's worker. `id` may name a flow that is not saved yet. */
  invoke(projectId: ProjectId, id: string, body: HogFlowInvocationRequest, options: CallOptions = {}): Promise<HogFlowInvocationResult> {
    return this.transport.send({ method: 'POST', path: path(projectId, id, 'invocations'), body, expect: 'object', ...options });
  }

  logs(projectId: ProjectId, id: string, query: LogsQuery = {}, options: CallOptions = {}): Promise<Paginated<LogEntry>> {
    return fetchLogs(this.transport, path(projectId, id), query, options);
  }

  metrics(projectId: ProjectId, id: string, query: MetricsQuery = {}, options: CallOptions = {}): Promise<MetricsSeries> {
    return fetchMetrics(this.transport, path(projectId, id), query, options);
  }

  metricsTotals(projectId: ProjectId, id: string, query: MetricsQuery = {}, options: CallOptions = {}): Promise<MetricsTotals> {
    return fetchMetricsTotals(this.transport, path(projectId, id), query, options);
  }

  /** How many persons a batch audience reaches; the confirm_token is valid for 15 minutes. */
  userBlastRadius(projectId: ProjectId, body: BlastRadiusRequest, options: CallOptions = {}): Promise<BlastRadius> {
    return this.transport.send({ method: 'POST', path: path(projectId, 'user_blast_radius'), body, expect: 'object', ...options });
  }
}

function path(projectId: ProjectId, ...segments: string[]): string {
  return projectPath(projectId, 'hog_flows', ...segments);
}
