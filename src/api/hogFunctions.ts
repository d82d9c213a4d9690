// Hog function endpoints: /api/projects/{project_id}/hog_functions/. Retrieve, create, update, logs
// and metrics are the ones flows share (projectObjects.ts).
import { HogFunctionDraftsApi } from './drafts';
import { PagedList } from './pagination';
import { guardedBody, ProjectObjectsApi, type UpdateOptions } from './projectObjects';
import { RevisionsApi } from './revisions';
import { object } from './shape/check';
import { hogFunction, hogFunctionSummary } from './shape/hogFunction';
import { functionInvocation } from './shape/observability';
import { maskedSecret } from './shape/revisions';
import { shape } from './shape/shape';
import type { CallOptions, Transport } from './transport';
import type { ProjectId } from './types/common';
import type {
  ExecutionOrders, HogFunction, HogFunctionCreate, HogFunctionIcon, HogFunctionListParams,
  HogFunctionPatch, HogFunctionSummary,
} from './types/hogFunction';
import type { HogFunctionInvocationRequest, HogFunctionInvocationResult } from './types/invocation';
import type { HogFunctionContent, MaskedSecret } from './types/revisions';

/** Icon search answers are UNCONFIRMED beyond being objects (session-only endpoint). */
const icon = shape<HogFunctionIcon>('icon', object);

export class HogFunctionsApi extends ProjectObjectsApi<HogFunction, HogFunctionCreate, HogFunctionPatch> {
  readonly revisions: RevisionsApi<HogFunctionContent, HogFunction>;
  readonly drafts: HogFunctionDraftsApi;

  constructor(transport: Transport) {
    super(transport, 'hog_functions', hogFunction);
    this.revisions = new RevisionsApi(transport, 'hog_functions', hogFunction);
    this.drafts = new HogFunctionDraftsApi(transport);
  }

  /** Summaries (no inputs, schema, bytecode, version). Deleted functions are never listed. */
  list(projectId: ProjectId, params: HogFunctionListParams = {}, options: CallOptions = {}): PagedList<HogFunctionSummary> {
    return new PagedList(this.transport, () => this.path(projectId), hogFunctionSummary, { ...params }, options);
  }

  /** Like list, but full objects (`full=true`). */
  listFull(projectId: ProjectId, params: HogFunctionListParams = {}, options: CallOptions = {}): PagedList<HogFunction> {
    return new PagedList(this.transport, () => this.path(projectId), hogFunction, { ...params, full: true }, options);
  }

  /** PostHog refuses DELETE (405) for functions; deleting is `PATCH {deleted: true}`, guarded like any update. */
  async softDelete(projectId: ProjectId, id: string, options: UpdateOptions = {}): Promise<HogFunction> {
    const { baseUpdatedAt, ...call } = options;
    return this.transport.send({
      method: 'PATCH', path: this.objectPath(projectId, id), body: guardedBody({ deleted: true }, baseUpdatedAt), expect: 'object', shape: hogFunction, expectId: id, ...call,
    });
  }

  /** Undoes softDelete. */
  async restore(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<HogFunction> {
    return this.transport.send({
      method: 'PATCH', path: this.objectPath(projectId, id), body: { deleted: false }, expect: 'object', shape: hogFunction, expectId: id, ...options,
    });
  }

  /** Runs the function once on PostHog's worker. `id` may be 'new' for an unsaved function. */
  async invoke(projectId: ProjectId, id: string, body: HogFunctionInvocationRequest, options: CallOptions = {}): Promise<HogFunctionInvocationResult> {
    return this.transport.send({ method: 'POST', path: this.invocationPath(projectId, id), body, expect: 'object', shape: functionInvocation, ...options });
  }

  /** Functions storing the secret mask instead of a real secret: their inputs must be entered again. A bare array. */
  async maskedSecrets(projectId: ProjectId, options: CallOptions = {}): Promise<MaskedSecret[]> {
    return this.transport.send({ method: 'GET', path: this.path(projectId, 'masked_secrets'), expect: 'array', shape: maskedSecret, ...options });
  }

  /** Icon search. PostHog may refuse personal API keys here (session-only endpoint). */
  async icons(projectId: ProjectId, query: string, options: CallOptions = {}): Promise<HogFunctionIcon[]> {
    return this.transport.send({ method: 'GET', path: this.path(projectId, 'icons'), query: { query }, expect: 'array', shape: icon, ...options });
  }

  /** Icon image bytes. PostHog may refuse personal API keys here (session-only endpoint). */
  async icon(projectId: ProjectId, iconId: string, options: CallOptions = {}): Promise<Uint8Array> {
    return this.transport.send({ method: 'GET', path: this.path(projectId, 'icon'), query: { id: iconId }, expect: 'bytes', ...options });
  }

  /** Sets execution_order of transformations; returns all functions of that type in the new order. */
  async rearrange(projectId: ProjectId, orders: ExecutionOrders, options: CallOptions = {}): Promise<HogFunction[]> {
    return this.transport.send({ method: 'PATCH', path: this.path(projectId, 'rearrange'), body: { orders }, expect: 'array', shape: hogFunction, ...options });
  }
}
