// Drafts of a Hog function or flow: preview a publish (which mints a 15-minute confirm token), publish
// with that token, discard. PostHog stages function drafts only for agent callers (never for us), and
// flow drafts when a PATCH opts in with `stage_draft` (HogFlowDraftsApi.stage).
import { projectPath } from './paths';
import type { UpdateOptions } from './projectObjects';
import type { CallOptions, Transport } from './transport';
import type { ProjectId, Timestamp } from './types/common';
import type { HogFlow, HogFlowPatch } from './types/hogFlow';
import type { HogFunction } from './types/hogFunction';
import type {
  HogFlowPublishPreview, HogFlowPublished, HogFunctionPublishPreview, HogFunctionPublished,
} from './types/revisions';

abstract class DraftsApi<Full, Preview, Published> {
  protected constructor(
    protected readonly transport: Transport,
    private readonly collection: 'hog_functions' | 'hog_flows',
  ) {}

  /** What publishing would change, and the confirm_token. Nothing staged: 400 ApiError. */
  preview(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<Preview> {
    return this.transport.send({ method: 'POST', path: this.path(projectId, id, 'publish'), body: {}, expect: 'object', ...options });
  }

  /** Drops the draft (a no-op without one); returns the object. */
  discard(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<Full> {
    return this.transport.send({ method: 'POST', path: this.path(projectId, id, 'discard_draft'), expect: 'object', ...options });
  }

  /**
   * Publishes the previewed draft. A draft or live change since the preview is a StaleUpdateError
   * (preview again); a missing, invalid or expired token is a 400 ApiError on `confirm_token`.
   */
  protected confirm(projectId: ProjectId, id: string, confirmToken: string | undefined, options: CallOptions): Promise<Published> {
    const body = confirmToken === undefined ? { confirm: true } : { confirm: true, confirm_token: confirmToken };
    return this.transport.send({ method: 'POST', path: this.path(projectId, id, 'publish'), body, expect: 'object', ...options });
  }

  protected path(projectId: ProjectId, ...segments: string[]): string {
    return projectPath(projectId, this.collection, ...segments);
  }
}

export class HogFunctionDraftsApi extends DraftsApi<HogFunction, HogFunctionPublishPreview, HogFunctionPublished> {
  constructor(transport: Transport) {
    super(transport, 'hog_functions');
  }

  /** The token is required while the function is enabled; a disabled one publishes without. */
  publish(projectId: ProjectId, id: string, confirmToken?: string, options: CallOptions = {}): Promise<HogFunctionPublished> {
    return this.confirm(projectId, id, confirmToken, options);
  }
}

/** Options of `stage`: `baseUpdatedAt` fences the draft (its draft_updated_at once one exists). */
export interface StageDraftOptions extends UpdateOptions {
  /** The live updated_at you loaded; fences metadata (name, description, status) sent in the same call. */
  baseLiveUpdatedAt?: Timestamp;
}

export class HogFlowDraftsApi extends DraftsApi<HogFlow, HogFlowPublishPreview, HogFlowPublished> {
  constructor(transport: Transport) {
    super(transport, 'hog_flows');
  }

  /** A flow's token is always required. */
  publish(projectId: ProjectId, id: string, confirmToken: string, options: CallOptions = {}): Promise<HogFlowPublished> {
    return this.confirm(projectId, id, confirmToken, options);
  }

  /**
   * PATCH with `stage_draft: true`: on an active flow, content fields go to the draft; metadata still
   * applies live. On a flow that is not active PostHog ignores the flag and saves live.
   */
  stage(projectId: ProjectId, id: string, patch: HogFlowPatch, options: StageDraftOptions = {}): Promise<HogFlow> {
    const { baseUpdatedAt, baseLiveUpdatedAt, ...call } = options;
    const body: Record<string, unknown> = { ...patch, stage_draft: true };
    if (baseUpdatedAt !== undefined) body.base_updated_at = baseUpdatedAt;
    if (baseLiveUpdatedAt !== undefined) body.base_live_updated_at = baseLiveUpdatedAt;
    return this.transport.send({ method: 'PATCH', path: this.path(projectId, id), body, expect: 'object', ...call });
  }
}
