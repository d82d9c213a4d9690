// A PATCH of a function or flow sent by a command (enable / disable, rename, flow status), not by
// saving one of its documents. It is guarded with the version the user last saw (seenVersion.ts).
//
// It changes `updated_at`, and the open documents are based on the old one: the file system
// provider moves the documents it cannot affect to the new version (else their next save would
// conflict for nothing) and re-reads the clean ones. Only documents based on exactly the guarded
// version move; one based on an older version was stale already and must conflict on save.
import { objectApi, type ObjectOf, type PatchOf } from '../objects/objectApi';
import type { ObjectKind, ObjectRef } from '../objects/objectRef';
import { sendSeen, type SeenDeps } from './seenVersion';

export type ObjectPatchDeps = SeenDeps;

/**
 * Sends `patch`; the open documents (and through them the explorer) see the changed object. `what`
 * names the change for a conflict's "Retry to … it anyway".
 */
export async function patchObject<K extends ObjectKind>(deps: ObjectPatchDeps, ref: ObjectRef<K>, patch: PatchOf<K>, what: string, signal: AbortSignal): Promise<ObjectOf<K>> {
  const { client } = await deps.clients.get(ref.authority);
  const update = (baseUpdatedAt: string | undefined) => objectApi(client, ref.kind).update(ref.projectId, ref.id, patch, { signal, baseUpdatedAt });
  const { answer: changed, base } = await sendSeen(deps, ref, what, update, signal);
  deps.documents.objectChanged(ref, base, changed, Object.keys(patch));
  return changed;
}
