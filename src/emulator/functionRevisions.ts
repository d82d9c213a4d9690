// /api/projects/{id}/hog_functions/{id}/revisions/ (list, detail, restore into the draft), and the
// revision rows a live content change writes.
import { draftExists } from './errors';
import { functionContentOf, serializeFunctionContent, withLiveSecrets, withoutSecrets } from './functionContent';
import { serializeFull } from './hogFunctionSerializer';
import { findFunction } from './objectLookup';
import type { StoredHogFunction } from './model';
import { booleanParam, requireObject } from './request';
import { appendRevisions, findRevision, revisionDetail, revisionsPage } from './revisions';
import { json, type Reply, type RequestContext } from './router';
import type { EmulatorState } from './state';

const NO_SUCH_REVISION = 'No such revision for this function.';
const DRAFT_EXISTS =
  'This function has an open draft. Publish or discard it first, or pass overwrite=true to replace it with the restored revision.';

/** Called after every live write: a version bump means the content really changed. */
export function recordFunctionRevision(state: EmulatorState, before: StoredHogFunction, after: StoredHogFunction): void {
  if (after.version === before.version) return;
  const change = {
    before: { version: before.version, content: withoutSecrets(functionContentOf(before)) },
    after: { version: after.version, content: withoutSecrets(functionContentOf(after)) },
  };
  appendRevisions(state.functionRevisions, after.id, change, state.basicUser(), after.updatedAt);
}

export function listFunctionRevisions(ctx: RequestContext): Reply {
  const fn = findFunction(ctx);
  return revisionsPage(ctx, ctx.state.functionRevisions.get(fn.id) ?? [], { defaultLimit: 100 });
}

export function retrieveFunctionRevision(ctx: RequestContext): Reply {
  const fn = findFunction(ctx);
  const row = findRevision(ctx, ctx.state.functionRevisions.get(fn.id), NO_SUCH_REVISION);
  return json(revisionDetail(row, serializeFunctionContent));
}

/** Copies the revision into the draft; live stays as it is and `updated_at` does not move. */
export function restoreFunctionRevision(ctx: RequestContext): Reply {
  const overwrite = booleanParam(requireObject(ctx.body).overwrite, 'overwrite');
  const fn = findFunction(ctx);
  const row = findRevision(ctx, ctx.state.functionRevisions.get(fn.id), NO_SUCH_REVISION);
  if (fn.draft && !overwrite) throw draftExists(DRAFT_EXISTS);
  const next: StoredHogFunction = {
    ...structuredClone(fn),
    draft: withLiveSecrets(row.content, fn.inputs),
    draftUpdatedAt: ctx.state.clock.nowIso(),
  };
  ctx.state.functions.set(next.id, next);
  return json(serializeFull(next));
}
