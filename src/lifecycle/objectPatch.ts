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
import type { HogFlow, HogFlowPatch } from '../api/types/hogFlow';
import type { HogFunction, HogFunctionPatch } from '../api/types/hogFunction';
import type { ObjectAddress } from '../documents/address';
import { clientFor, type LifecycleDeps } from './context';
import type { ObjectTarget } from './target';
import { showFlow, showFunction } from './treeUpdates';

export async function patchFunction(deps: LifecycleDeps, target: ObjectTarget, patch: HogFunctionPatch, signal: AbortSignal): Promise<HogFunction> {
  const client = await clientFor(deps, target.project);
  const fn = await guardedPatch(deps, target, Object.keys(patch), (baseUpdatedAt) =>
    client.hogFunctions.update(target.project.projectId, target.id, patch, { signal, baseUpdatedAt }),
  );
  showFunction(deps.explorer, target.project, fn);
  return fn;
}

export async function patchFlow(deps: LifecycleDeps, target: ObjectTarget, patch: HogFlowPatch, signal: AbortSignal): Promise<HogFlow> {
  const client = await clientFor(deps, target.project);
  const flow = await guardedPatch(deps, target, Object.keys(patch), (baseUpdatedAt) =>
    client.hogFlows.update(target.project.projectId, target.id, patch, { signal, baseUpdatedAt }),
  );
  showFlow(deps.explorer, target.project, flow);
  return flow;
}

async function guardedPatch<T extends HogFunction | HogFlow>(
  deps: LifecycleDeps,
  target: ObjectTarget,
  fields: readonly string[],
  send: (baseUpdatedAt: string | undefined) => Promise<T>,
): Promise<T> {
  const object = objectAddress(target);
  const guard = deps.documents.guardFor(object, fields);
  let previous = guard;
  let changed: T;
  try {
    changed = await send(guard);
  } catch (error) {
    if (guard === undefined || !(error instanceof StaleUpdateError)) throw error;
    previous = undefined;
    changed = await send(undefined);
  }
  deps.documents.objectChanged(object, previous, changed, fields);
  return changed;
}

function objectAddress(target: ObjectTarget): ObjectAddress {
  return {
    authority: target.project.authority,
    projectId: String(target.project.projectId),
    family: target.kind === 'flow' ? 'flows' : 'functions',
    objectId: target.id,
  };
}
