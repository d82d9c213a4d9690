// The API calls functions and flows share (get, update, logs, metrics), for either kind of object.
import type { PostHogClient } from '../api';
import type { ProjectObjectsApi } from '../api/projectObjects';
import type { HogFlow, HogFlowPatch, HogFlowSummary } from '../api/types/hogFlow';
import type { HogFunction, HogFunctionPatch, HogFunctionSummary } from '../api/types/hogFunction';
import type { ObjectKind, ObjectRef } from './objectRef';

/** PostHog's types for each kind of object. */
export interface ObjectTypes {
  function: { object: HogFunction; summary: HogFunctionSummary; patch: HogFunctionPatch };
  flow: { object: HogFlow; summary: HogFlowSummary; patch: HogFlowPatch };
}

export type ObjectOf<K extends ObjectKind> = ObjectTypes[K]['object'];
export type SummaryOf<K extends ObjectKind> = ObjectTypes[K]['summary'];
export type PatchOf<K extends ObjectKind> = ObjectTypes[K]['patch'];
export type PostHogObject = ObjectOf<ObjectKind>;

/** A full object as PostHog returned it, tagged with its kind. */
export type FetchedObject = { readonly [K in ObjectKind]: { readonly kind: K; readonly object: ObjectOf<K> } }[ObjectKind];

/** The endpoints of one kind of object. */
export function objectApi<K extends ObjectKind>(client: PostHogClient, kind: K): ProjectObjectsApi<ObjectOf<K>, never, PatchOf<K>> {
  return (kind === 'flow' ? client.hogFlows : client.hogFunctions) as ProjectObjectsApi<ObjectOf<K>, never, PatchOf<K>>;
}

/** One GET of the full function or flow. */
export async function fetchObject(client: PostHogClient, ref: ObjectRef, signal?: AbortSignal): Promise<FetchedObject> {
  return tagged(ref.kind, await objectApi(client, ref.kind).get(ref.projectId, ref.id, { signal }));
}

/** An object PostHog returned for a reference of this kind, tagged with it. */
export function tagged(kind: ObjectKind, object: PostHogObject): FetchedObject {
  return { kind, object } as FetchedObject;
}
