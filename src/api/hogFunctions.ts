// Hog function endpoints: /api/projects/{project_id}/hog_functions/.
import { fetchLogs, fetchMetrics, fetchMetricsTotals } from './observability';
import { PagedList } from './pagination';
import { projectPath } from './paths';
import type { CallOptions, Transport, UpdateOptions } from './transport';
import type { Paginated, ProjectId } from './types/common';
import type {
  ExecutionOrders, HogFunction, HogFunctionCreate, HogFunctionIcon, HogFunctionListParams,
  HogFunctionPatch, HogFunctionSummary,
} from './types/hogFunction';
import type { HogFunctionInvocationRequest, HogFunctionInvocationResult } from './types/invocation';
import type { LogEntry, LogsQuery, MetricsQuery, MetricsSeries, MetricsTotals } from './types/observability';

export class HogFunctionsApi {
  constructor(private readonly transport: Transport) {}

  /** Summaries (no inputs, schema, bytecode, version). Deleted functions are never listed. */
  list(projectId: ProjectId, params: HogFunctionListParams = {}, options: CallOptions = {}): PagedList<HogFunctionSummary> {
    return new PagedList(this.transport, path(projectId), { ...params }, options);
  }

  /** Like list, but full objects (`full=true`). */
  listFull(projectId: ProjectId, params: HogFunctionListParams = {}, options: CallOptions = {}): PagedList<HogFunction> {
    return new PagedList(this.transport, path(projectId), { ...params, full: true }, options);
  }

  get(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<HogFunction> {
    return this.transport.send({ method: 'GET', path: path(projectId, id), expect: 'object', ...options });
  }

  create(projectId: ProjectId, body: HogFunctionCreate, options: CallOptions = {}): Promise<HogFunction> {
    return this.transport.send({ method: 'POST', path: path(projectId), body, expect: 'object', ...options });
  }

  /** Partial update. Note `inputs` replaces the whole map: send every input (secrets as {secret: true}). */
  update(projectId: ProjectId, id: string, patch: HogFunctionPatch, options: UpdateOptions = {}): Promise<HogFunction> {
    const { baseUpdatedAt, ...call } = options;
    const body = baseUpdatedAt === undefined ? patch : { ...patch, base_updated_at: baseUpdatedAt };
    return this.transport.send({ method: 'PATCH', path: path(projectId, id), body, expect: 'object', ...call });
  }

  /** PostHog refuses DELETE (405) for functions; deleting is `PATCH {deleted: true}`. */
  softDelete(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<HogFunction> {
    return this.transport.send({ method: 'PATCH', path: path(projectId, id), body: { deleted: true }, expect: 'object', ...options });
  }

  /** Undoes softDelete. */
  restore(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<HogFunction> {
    return this.transport.send({ method: 'PATCH', path: path(projectId, id), body: { deleted: false }, expect: 'object', ...options });
  }

  /** Runs the function once on PostHog's worker. `id` may be 'new' for an unsaved function. */
  invoke(projectId: ProjectId, id: string, body: HogFunctionInvocationRequest, options: CallOptions = {}): Promise<HogFunctionInvocationResult> {
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

  /** Icon search. PostHog may refuse personal API keys here (session-only endpoint). */
  icons(projectId: ProjectId, query: string, options: CallOptions = {}): Promise<HogFunctionIcon[]> {
    return this.transport.send({ method: 'GET', path: path(projectId, 'icons'), query: { query }, expect: 'array', ...options });
  }

  /** Icon image bytes. PostHog may refuse personal API keys here (session-only endpoint). */
  icon(projectId: ProjectId, iconId: string, options: CallOptions = {}): Promise<Uint8Array> {
    return this.transport.send({ method: 'GET', path: path(projectId, 'icon'), query: { id: iconId }, expect: 'bytes', ...options });
  }

  /** Sets execution_order of transformations; returns all functions of that type in the new order. */
  rearrange(projectId: ProjectId, orders: ExecutionOrders, options: CallOptions = {}): Promise<HogFunction[]> {
    return this.transport.send({ method: 'PATCH', path: path(projectId, 'rearrange'), body: { orders }, expect: 'array', ...options });
  }
}

function path(projectId: ProjectId, ...segments: string[]): string {
  return projectPath(projectId, 'hog_functions', ...segments);
}
