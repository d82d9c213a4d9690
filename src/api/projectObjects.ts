// What Hog functions and Hog flows share under /api/projects/{project_id}/{collection}/: retrieve, create,
// partial update with the stale-update check, logs and metrics (same parameters, same shapes). Every
// object id is checked before it enters a path, and a retrieve or update must answer with the object
// it named.
import { checkId, type IdKind } from './ids';
import { projectPath } from './paths';
import { logEntry, metricsSeries, metricsTotals } from './shape/observability';
import type { Shape } from './shape/shape';
import type { CallOptions, Transport } from './transport';
import type { ProjectId } from './types/common';
import type { LogEntry, LogsQuery, MetricsQuery, MetricsSeries, MetricsTotals } from './types/observability';
import type { Page } from './validate';

/** Options of partial updates (functions and flows). */
export interface UpdateOptions extends CallOptions {
  /** The `updated_at` you last read, sent verbatim; a newer stored version fails with StaleUpdateError. */
  baseUpdatedAt?: string;
}

/** A PATCH body carrying `base_updated_at` when there is one. */
export function guardedBody<B>(body: B, baseUpdatedAt: string | undefined): B | (B & { base_updated_at: string }) {
  return baseUpdatedAt === undefined ? body : { ...body, base_updated_at: baseUpdatedAt };
}

export abstract class ProjectObjectsApi<Full, Create, Patch> {
  protected constructor(
    protected readonly transport: Transport,
    private readonly collection: 'hog_functions' | 'hog_flows',
    private readonly full: Shape<Full>,
  ) {}

  async get(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<Full> {
    return this.transport.send({
      method: 'GET', path: this.objectPath(projectId, id), expect: 'object', shape: this.full, expectId: id, ...options,
    });
  }

  async create(projectId: ProjectId, body: Create, options: CallOptions = {}): Promise<Full> {
    return this.transport.send({ method: 'POST', path: this.path(projectId), body, expect: 'object', shape: this.full, ...options });
  }

  /** Partial update (PATCH); `baseUpdatedAt` travels in the body as `base_updated_at`. */
  async update(projectId: ProjectId, id: string, patch: Patch, options: UpdateOptions = {}): Promise<Full> {
    const { baseUpdatedAt, ...call } = options;
    return this.transport.send({
      method: 'PATCH', path: this.objectPath(projectId, id), body: guardedBody(patch, baseUpdatedAt), expect: 'object', shape: this.full, expectId: id, ...call,
    });
  }

  /** Newest first. `count` never exceeds `limit` and `next` is normally null: page with `before`/`after`. */
  async logs(projectId: ProjectId, id: string, query: LogsQuery = {}, options: CallOptions = {}): Promise<Page<LogEntry>> {
    return this.transport.send({
      method: 'GET', path: this.objectPath(projectId, id, 'logs'), query: { ...query }, expect: 'page', shape: logEntry, ...options,
    });
  }

  async metrics(projectId: ProjectId, id: string, query: MetricsQuery = {}, options: CallOptions = {}): Promise<MetricsSeries> {
    return this.transport.send({
      method: 'GET', path: this.objectPath(projectId, id, 'metrics'), query: { ...query }, expect: 'object', shape: metricsSeries, ...options,
    });
  }

  /** Without `after` the totals may cover all time; pass it explicitly. */
  async metricsTotals(projectId: ProjectId, id: string, query: MetricsQuery = {}, options: CallOptions = {}): Promise<MetricsTotals> {
    return this.transport.send({
      method: 'GET', path: this.objectPath(projectId, id, 'metrics', 'totals'), query: { ...query }, expect: 'object', shape: metricsTotals, ...options,
    });
  }

  /** A path on the collection itself (list, create, collection actions). */
  protected path(projectId: ProjectId, ...segments: string[]): string {
    return projectPath(projectId, this.collection, ...segments);
  }

  /** A path on one object, whose id must have its documented form. */
  protected objectPath(projectId: ProjectId, id: string, ...segments: string[]): string {
    return this.path(projectId, checkId(this.kind, id), ...segments);
  }

  /** The test-invocation path: the id may also be `new`, for an object not saved yet. */
  protected invocationPath(projectId: ProjectId, id: string): string {
    return this.path(projectId, checkId(this.kind, id, { unsaved: true }), 'invocations');
  }

  private get kind(): IdKind {
    return this.collection === 'hog_functions' ? 'hog function' : 'hog flow';
  }
}
