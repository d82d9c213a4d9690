// Hog flow (workflow) endpoints: /api/projects/{project_id}/hog_flows/. Retrieve, create, update, logs
// and metrics are the ones functions share (projectObjects.ts).
import { HogFlowDraftsApi } from './drafts';
import { FlowSchedulesApi } from './flowSchedules';
import { PagedList } from './pagination';
import { ProjectObjectsApi } from './projectObjects';
import { RevisionsApi } from './revisions';
import { batchJob, blastRadius, bulkDeleteResult, hogFlow, hogFlowSummary } from './shape/hogFlow';
import { flowInvocation } from './shape/observability';
import type { CallOptions, Transport } from './transport';
import type { ProjectId } from './types/common';
import type {
  BatchJob, BlastRadius, BlastRadiusRequest, HogFlow, HogFlowCreate, HogFlowListParams, HogFlowPatch,
  HogFlowSummary,
} from './types/hogFlow';
import type { HogFlowInvocationRequest, HogFlowInvocationResult } from './types/invocation';
import type { HogFlowContent, HogFlowRestoreOptions } from './types/revisions';

export class HogFlowsApi extends ProjectObjectsApi<HogFlow, HogFlowCreate, HogFlowPatch> {
  readonly schedules: FlowSchedulesApi;
  readonly revisions: RevisionsApi<HogFlowContent, HogFlow, HogFlowRestoreOptions>;
  readonly drafts: HogFlowDraftsApi;

  constructor(transport: Transport) {
    super(transport, 'hog_flows', hogFlow);
    this.schedules = new FlowSchedulesApi(transport);
    this.revisions = new RevisionsApi(transport, 'hog_flows', hogFlow);
    this.drafts = new HogFlowDraftsApi(transport);
  }

  /** Summaries: no schedules, draft, draft_updated_at or action_redirects. */
  list(projectId: ProjectId, params: HogFlowListParams = {}, options: CallOptions = {}): PagedList<HogFlowSummary> {
    return new PagedList(this.transport, () => this.path(projectId), hogFlowSummary, { ...params }, options);
  }

  /** A real, permanent delete (204). */
  async delete(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<void> {
    return this.transport.send({ method: 'DELETE', path: this.objectPath(projectId, id), expect: 'empty', ...options });
  }

  /** Deletes only the listed flows whose status is `archived`; others are skipped silently. */
  async bulkDelete(projectId: ProjectId, ids: readonly string[], options: CallOptions = {}): Promise<{ deleted: number }> {
    return this.transport.send({
      method: 'POST', path: this.path(projectId, 'bulk_delete'), body: { ids }, expect: 'object', shape: bulkDeleteResult, ...options,
    });
  }

  /** Newest first; a bare array. */
  async batchJobs(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<BatchJob[]> {
    return this.transport.send({ method: 'GET', path: this.objectPath(projectId, id, 'batch_jobs'), expect: 'array', shape: batchJob, ...options });
  }

  /** Runs an active batch-triggered flow now. Filters come from the trigger. */
  async createBatchJob(projectId: ProjectId, id: string, body: { variables?: Record<string, unknown> } = {}, options: CallOptions = {}): Promise<BatchJob> {
    return this.transport.send({
      method: 'POST', path: this.objectPath(projectId, id, 'batch_jobs'), body, expect: 'object', shape: batchJob, ...options,
    });
  }

  /** Test run on PostHog's worker. `id` may be 'new' for a flow that is not saved yet. */
  async invoke(projectId: ProjectId, id: string, body: HogFlowInvocationRequest, options: CallOptions = {}): Promise<HogFlowInvocationResult> {
    return this.transport.send({ method: 'POST', path: this.invocationPath(projectId, id), body, expect: 'object', shape: flowInvocation, ...options });
  }

  /** How many persons a batch audience reaches; the confirm_token is valid for 15 minutes. A count: safe to repeat. */
  async userBlastRadius(projectId: ProjectId, body: BlastRadiusRequest, options: CallOptions = {}): Promise<BlastRadius> {
    return this.transport.send({
      method: 'POST', path: this.path(projectId, 'user_blast_radius'), body, expect: 'object', shape: blastRadius, repeat: 'safe', ...options,
    });
  }
}
