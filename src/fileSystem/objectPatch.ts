// A PATCH of a function or flow sent by a command (enable / disable, rename, flow status), not by
// saving one of its documents. It changes `updated_at`, and the open documents are based on the old
// one: the file system provider moves the documents it cannot affect to the new version (else their
// next save would conflict for nothing) and re-reads the clean ones.
//
// Moving a base is only safe when the replaced version is known exactly, so when there is a dirty
// document to move, the PATCH is guarded with its base. If someone else changed the object since
// (409), the change is applied anyway, unguarded (the same PATCH again: it sets a value, so it is
// safe to repeat), and no base moves: those documents' saves must then conflict.
//
// A rearrange (drag and drop) is left out on purpose: it has no version to guard with, so no base
// can move safely; open documents of the reordered transformations conflict on save, which is safe.
import { StaleUpdateError } from '../api/errors';
import type { ClientPool } from '../connections/clients';
import { objectApi, type ObjectOf, type PatchOf } from '../objects/objectApi';
import type { ObjectKind, ObjectRef } from '../objects/objectRef';
import type { PostHogFileSystem } from './provider';

export interface ObjectPatchDeps {
  readonly clients: ClientPool;
  /** The open posthog:// documents, told about changes commands make to their objects. */
  readonly documents: Pick<PostHogFileSystem, 'guardFor' | 'objectChanged'>;
}

/** Sends `patch`; the open documents (and through them the explorer) see the changed object. */
export async function patchObject<K extends ObjectKind>(deps: ObjectPatchDeps, ref: ObjectRef<K>, patch: PatchOf<K>, signal: AbortSignal): Promise<ObjectOf<K>> {
  const { client } = await deps.clients.get(ref.authority);
  const fields = Object.keys(patch);
  const guard = deps.documents.guardFor(ref, fields);
  const send = (baseUpdatedAt: string | undefined) => objectApi(client, ref.kind).update(ref.projectId, ref.id, patch, { signal, baseUpdatedAt });
  let previous = guard;
  let changed: ObjectOf<K>;
  try {
    changed = await send(guard);
  } catch (error) {
    if (guard === undefined || !(error instanceof StaleUpdateError)) throw error;
    previous = undefined;
    changed = await send(undefined);
  }
  deps.documents.objectChanged(ref, previous, changed, fields);
  return changed;
}
