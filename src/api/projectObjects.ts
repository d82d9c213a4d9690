// What Hog functions and Hog flows share under /api/projects/{project_id}/{collection}/: retrieve, create,
// partial update with the stale-update check, logs and metrics (same parameters, same shapes).
import { projectPath } from './paths';
import type { CallOptions, Transport } from './transport';
import type { Paginated, ProjectId } from './types/common';
import type { LogEntry, LogsQuery, MetricsQuery, MetricsSeries, MetricsTotals } from './types/observability';

/** Options of partial updates (functions and flows). */
export interface UpdateOptions extends CallOptions {
  /** The `updated_at` you last read, sent verbatim; a newer stored version fails with StaleUpdateError. */
  baseUpdatedAt?: string;
}

export abstract class ProjectObjectsApi<Full, Create, Patch> {
  protected constructor(
    protected readonly transport: Transport,
    private readonly collection: 'hog_functions' | 'hog_flows',
  ) {}

  get(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<Full> {
    return this.transport.send({ method: 'GET', path: this.path(projectId, id), expect: 'object', ...options });
  }

  create(projectId: ProjectId, body: Create, options: CallOptions = {}): Promise<Full> {
    return this.transport.send({ method: 'POST', path: this.path(projectId), body, expect: 'object', ...options });
  }

  /** Partial update (PATCH); `baseUpdatedAt` travels in the body as `base_updated_at`. */
  update(projectId: ProjectId, id: string, patch: Patch, options: UpdateOptions = {}): Promise<Full> {
    const { baseUpdatedAt, ...call } = options;
    const body = baseUpdatedAt === undefined ? patch : { ...patch, base_updated_at: baseUpdatedAt };
    return this.transport.send({ method: 'PATCH', path: this.path(projectId, id), body, expect: 'object', ...call });
  }

  /** Newest first. `count` never exceeds `limit` and `next` is normally null: page with `before`/`after`. */
  logs(projectId: ProjectId, id: string, query: LogsQuery = {}, options: CallOptions = {}): Promise<Paginated<LogEntry>> {
    return this.transport.send({ method: 'GET', path: this.path(projectId, id, 'logs'), query: { ...query }, expect: 'page', ...options });
  }

  metrics(projectId: ProjectId, id: string, query: MetricsQuery = {}, options: CallOptions = {}): Promise<MetricsSeries> {
    return this.transport.send({ method: 'GET', path: this.path(projectId, id, 'metrics'), query: { ...query }, expect: 'object', ...options });
  }

  /** Without `after` the totals may cover all time; pass it explicitly. */
  metricsTotals(projectId: ProjectId, id: string, query: MetricsQuery = {}, options: CallOptions = {}): Promise<MetricsTotals> {
    return this.transport.send({ method: 'GET', path: this.path(projectId, id, 'metrics', 'totals'), query: { ...query }, expect: 'object', ...options });
  }

  protected path(projectId: ProjectId, ...segments: string[]): string {
    return projectPath(projectId, this.collection, ...segments);
  }
}
