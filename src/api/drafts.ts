// Drafts of a Hog function or flow: preview a publish (which mints a 15-minute confirm token), publish
// with that token, discard. PostHog stages function drafts only for agent callers (never for us), and
// flow drafts when a PATCH opts in with `stage_draft` (HogFlowDraftsApi.stage). Ids are checked and
// answers validated as everywhere (ids.ts, validate.ts).
import { checkId } from './ids';
import { projectPath } from './paths';
import { hogFlow } from './shape/hogFlow';
import { hogFunction } from './shape/hogFunction';
import { flowPublished, flowPublishPreview, functionPublished, functionPublishPreview } from './shape/revisions';
import type { Shape } from './shape/shape';
import type { UpdateOptions } from './projectObjects';
import type { CallOptions, Transport } from './transport';
import type { ProjectId, Timestamp } from './types/common';
import type { HogFlow, HogFlowPatch } from './types/hogFlow';
import type { HogFunction } from './types/hogFunction';
import type {
  HogFlowPublishPreview, HogFlowPublished, HogFunctionPublishPreview, HogFunctionPublished,
} from './types/revisions';

interface DraftShapes<Full, Preview, Published> {
  full: Shape<Full>;
  preview: Shape<Preview>;
  published: Shape<Published>;
}

abstract class DraftsApi<Full, Preview, Published> {
  protected constructor(
    protected readonly transport: Transport,
    private readonly collection: 'hog_functions' | 'hog_flows',
    protected readonly shapes: DraftShapes<Full, Preview, Published>,
  ) {}

  /** What publishing would change, and the confirm_token. Nothing staged: 400 ApiError. Changes nothing: safe to repeat. */
  async preview(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<Preview> {
    return this.transport.send({
      method: 'POST', path: this.path(projectId, id, 'publish'), body: {}, expect: 'object', shape: this.shapes.preview, repeat: 'safe', ...options,
    });
  }

  /** Drops the draft (a no-op without one, so idempotent); returns the object. */
  async discard(projectId: ProjectId, id: string, options: CallOptions = {}): Promise<Full> {
    return this.transport.send({
      method: 'POST', path: this.path(projectId, id, 'discard_draft'), expect: 'object', shape: this.shapes.full, expectId: id, repeat: 'idempotent', ...options,
    });
  }

  /**
   * Publishes the previewed draft. A draft or live change since the preview is a StaleUpdateError
   * (preview again); a missing, invalid or expired token is a 400 ApiError on `confirm_token`.
   */
  protected async confirm(projectId: ProjectId, id: string, confirmToken: string | undefined, options: CallOptions): Promise<Published> {
    const body = confirmToken === undefined ? { confirm: true } : { confirm: true, confirm_token: confirmToken };
    return this.transport.send({ method: 'POST', path: this.path(projectId, id, 'publish'), body, expect: 'object', shape: this.shapes.published, ...options });
  }

  /** A path on one object, whose id must have its documented form. */
  protected path(projectId: ProjectId, id: string, ...segments: string[]): string {
    return projectPath(projectId, this.collection, checkId(this.collection === 'hog_functions' ? 'hog function' : 'hog flow', id), ...segments);
  }
}

export class HogFunctionDraftsApi extends DraftsApi<HogFunction, HogFunctionPublishPreview, HogFunctionPublished> {
  constructor(transport: Transport) {
    super(transport, 'hog_functions', { full: hogFunction, preview: functionPublishPreview, published: functionPublished });
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
    super(transport, 'hog_flows', { full: hogFlow, preview: flowPublishPreview, published: flowPublished });
  }

  /** A flow's token is always required. */
  publish(projectId: ProjectId, id: string, confirmToken: string, options: CallOptions = {}): Promise<HogFlowPublished> {
    return this.confirm(projectId, id, confirmToken, options);
  }

  /**
   * PATCH with `stage_draft: true`: on an active flow, content fields go to the draft; metadata still
   * applies live. On a flow that is not active PostHog ignores the flag and saves live.
   */
  async stage(projectId: ProjectId, id: string, patch: HogFlowPatch, options: StageDraftOptions = {}): Promise<HogFlow> {
    const { baseUpdatedAt, baseLiveUpdatedAt, ...call } = options;
    const body: Record<string, unknown> = { ...patch, stage_draft: true };
    if (baseUpdatedAt !== undefined) body.base_updated_at = baseUpdatedAt;
    if (baseLiveUpdatedAt !== undefined) body.base_live_updated_at = baseLiveUpdatedAt;
    return this.transport.send({ method: 'PATCH', path: this.path(projectId, id), body, expect: 'object', shape: this.shapes.full, expectId: id, ...call });
  }
}
