// /api/projects/{id}/hog_flows/{id}/revisions/ (list, detail, restore into the draft), and the
// revision rows a live content change writes.
import { DATETIME_FORMAT, FLOW_STALE_DETAIL } from './concurrency';
import { draftExists, staleUpdate, validationError } from './errors';
import { flowContentOf, serializeFlowContent, withLiveFlowSecrets, withoutFlowSecrets } from './flowContent';
import { findFlow } from './objectLookup';
import { serializeFlowFull } from './hogFlowSerializer';
import type { StoredHogFlow } from './model';
import { booleanParam, requireObject } from './request';
import { appendRevisions, findRevision, revisionDetail, revisionsPage } from './revisions';
import { json, type Reply, type RequestContext } from './router';
import type { EmulatorState } from './state';
import { parseTimestamp } from './time';

const NO_SUCH_REVISION = 'No such revision for this workflow.';
const DRAFT_EXISTS =
  'This workflow has an open draft. Publish or discard it first, or pass overwrite=true to replace it with the restored revision.';

/** Called after every live write: a version bump means the content really changed. */
export function recordFlowRevision(state: EmulatorState, before: StoredHogFlow, after: StoredHogFlow): void {
  if (after.version === before.version) return;
  const change = {
    before: { version: before.version, content: withoutFlowSecrets(flowContentOf(before)) },
    after: { version: after.version, content: withoutFlowSecrets(flowContentOf(after)) },
  };
  appendRevisions(state.flowRevisions, after.id, change, state.basicUser(), after.updatedAt);
}

export function listFlowRevisions(ctx: RequestContext): Reply {
  const flow = findFlow(ctx);
  return revisionsPage(ctx, ctx.state.flowRevisions.get(flow.id) ?? [], { defaultLimit: 100, maxLimit: 500 });
}

export function retrieveFlowRevision(ctx: RequestContext): Reply {
  const flow = findFlow(ctx);
  const row = findRevision(ctx, ctx.state.flowRevisions.get(flow.id), NO_SUCH_REVISION);
  return json(revisionDetail(row, serializeFlowContent));
}

/**
 * Copies the revision into the draft. `expected_draft_updated_at` fences an overwrite: a draft
 * staged or edited since the caller confirmed it gives 409 `stale_update`.
 */
export function restoreFlowRevision(ctx: RequestContext): Reply {
  const body = requireObject(ctx.body);
  const overwrite = booleanParam(body.overwrite, 'overwrite');
  const flow = findFlow(ctx);
  const row = findRevision(ctx, ctx.state.flowRevisions.get(flow.id), NO_SUCH_REVISION);
  if (flow.draft && !overwrite) throw draftExists(DRAFT_EXISTS);
  if (flow.draftUpdatedAt) assertNotDifferent(flow.draftUpdatedAt, body.expected_draft_updated_at);
  const next: StoredHogFlow = {
    ...structuredClone(flow),
    draft: withLiveFlowSecrets(row.content, flow.actions),
    draftUpdatedAt: ctx.state.clock.nowIso(),
  };
  ctx.state.flows.set(next.id, next);
  return json(serializeFlowFull(ctx.state, next));
}

/** PostHog compares for equality here, not "newer than": any other stamp is stale. */
function assertNotDifferent(draftUpdatedAt: string, expected: unknown): void {
  if (expected === undefined || expected === null) return;
  const micros = typeof expected === 'string' ? parseTimestamp(expected) : null;
  if (micros === null) throw validationError(DATETIME_FORMAT, 'expected_draft_updated_at');
  if (micros !== parseTimestamp(draftUpdatedAt)) throw staleUpdate(FLOW_STALE_DETAIL);
}
