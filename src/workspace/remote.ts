// What a project holds on PostHog: every function (full form) and flow, two list requests, plus one
// GET per locked id the lists lack, so "deleted on PostHog" is only ever concluded from a 404.
import { ApiError, type PostHogClient } from '../api';
import { contentFromServer } from './content';
import type { ObjectContent, ObjectKind } from './model';

export interface RemoteObject {
  kind: ObjectKind;
  id: string;
  /** Exactly as PostHog sent it. */
  updatedAt: string;
  name: string;
  content: ObjectContent;
}

/** Id → object, per kind. */
export type RemoteObjects = Map<ObjectKind, Map<string, RemoteObject>>;

export interface RemoteRequest {
  client: PostHogClient;
  project: number;
  /** Ids the lock knows, per kind: confirmed with a GET when the lists lack them. */
  lockedIds: Map<ObjectKind, string[]>;
  signal?: AbortSignal;
}

export async function fetchRemote(request: RemoteRequest): Promise<RemoteObjects> {
  const { client, project, signal } = request;
  const [functions, flows] = await Promise.all([
    client.hogFunctions.listFull(project, {}, { signal }).all(),
    client.hogFlows.list(project, {}, { signal }).all(),
  ]);
  const result: RemoteObjects = new Map([
    ['function', new Map(functions.map((fn) => [fn.id, toRemote('function', fn)]))],
    ['flow', new Map(flows.map((flow) => [flow.id, toRemote('flow', flow)]))],
  ]);
  for (const [kind, ids] of request.lockedIds) {
    const known = result.get(kind) as Map<string, RemoteObject>;
    for (const id of ids.filter((candidate) => !known.has(candidate))) {
      const found = await getOrNull(request, kind, id);
      if (found) known.set(id, found);
    }
  }
  return result;
}

export function toRemote(kind: ObjectKind, object: { id: string; updated_at: string; name: string | null }): RemoteObject {
  return { kind, id: object.id, updatedAt: object.updated_at, name: object.name ?? '', content: contentFromServer(kind, object) };
}

async function getOrNull(request: RemoteRequest, kind: ObjectKind, id: string): Promise<RemoteObject | null> {
  const api = kind === 'function' ? request.client.hogFunctions : request.client.hogFlows;
  try {
    return toRemote(kind, await api.get(request.project, id, { signal: request.signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
