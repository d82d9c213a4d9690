// Reading the PostHog object behind a command's target.
import type { PostHogClient } from '../api';
import type { HogFlow } from '../api/types/hogFlow';
import type { HogFunction } from '../api/types/hogFunction';
import type { ObjectTarget } from './target';

export type TargetObject = { kind: 'function'; object: HogFunction } | { kind: 'flow'; object: HogFlow };

/** One GET of the full function or flow. */
export async function fetchTargetObject(client: PostHogClient, target: ObjectTarget, signal?: AbortSignal): Promise<TargetObject> {
  return target.kind === 'flow'
    ? { kind: 'flow', object: await client.hogFlows.get(target.projectId, target.id, { signal }) }
    : { kind: 'function', object: await client.hogFunctions.get(target.projectId, target.id, { signal }) };
}

/** The name to show for a target: the one it came with, else PostHog's (one GET). */
export async function targetName(client: PostHogClient, target: ObjectTarget, signal?: AbortSignal): Promise<string> {
  if (target.name) return target.name;
  const { object } = await fetchTargetObject(client, target, signal);
  return object.name || `${target.kind} ${target.id}`;
}
