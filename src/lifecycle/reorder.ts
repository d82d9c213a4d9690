// `posthog.reorderTransformations`: the new execution order of one transformation type, as ONE
// rearrange request. Drag and drop in the explorer calls it; automation passes
// `{ host?, projectId?, order: [function ids, first to last] }`.
//
// PostHog's rearrange takes no precondition. When the explorer showed these transformations, they
// are listed again first (one GET) and nothing is sent if one the user saw changed or went away, or
// one was added: the user would be ordering a list they have not seen. A change made on PostHog
// between that GET and the rearrange is still lost (a race PostHog leaves open).
import type { PostHogClient } from '../api';
import type { HogFunction, HogFunctionSummary } from '../api/types/hogFunction';
import type { ProjectRef } from '../objects/objectRef';
import { ErrorWithSteps } from '../ui/errorMessages';
import type { LifecycleDeps } from './deps';

export async function reorderTransformations(deps: LifecycleDeps, project: ProjectRef, order: unknown, signal: AbortSignal): Promise<HogFunction[]> {
  if (!Array.isArray(order) || order.length === 0 || !order.every((id) => typeof id === 'string')) {
    throw new Error('Drag transformations in the PostHog explorer to reorder them.');
  }
  const { client } = await deps.clients.get(project.authority);
  await refuseUnseenChanges(deps, client, project, order, signal);
  const orders = Object.fromEntries(order.map((id: string, index) => [id, index + 1]));
  const functions = await client.hogFunctions.rearrange(project.projectId, orders, { signal });
  deps.explorer.refreshFunctionGroup(project, 'transformation');
  return functions;
}

async function refuseUnseenChanges(deps: LifecycleDeps, client: PostHogClient, project: ProjectRef, order: readonly string[], signal: AbortSignal): Promise<void> {
  const seen = new Map<string, HogFunctionSummary>();
  for (const id of order) {
    const summary = deps.explorer.knownSummary({ ...project, kind: 'function', id });
    if (summary) seen.set(id, summary);
  }
  const type = seen.values().next().value?.type;
  if (type === undefined) return;
  const listed = await client.hogFunctions.list(project.projectId, { type: [type] }, { signal }).all();
  const changes = unseenChanges(seen, new Set(order), listed);
  if (changes.length === 0) return;
  deps.explorer.refreshFunctionGroup(project, type);
  throw new ErrorWithSteps(
    `The transformations changed on PostHog since you last saw them (${changes.join('; ')}), so the new order was not sent; the explorer now shows them as they are. Retry to send your order anyway.`,
    ['retry'],
  );
}

/** What differs between the transformations the user saw (and ordered) and PostHog's listing. */
export function unseenChanges(seen: ReadonlyMap<string, HogFunctionSummary>, ordered: ReadonlySet<string>, listed: readonly HogFunctionSummary[]): string[] {
  const byId = new Map(listed.map((fn) => [fn.id, fn]));
  const name = (fn: HogFunctionSummary) => `“${fn.name ?? 'Untitled'}”`;
  const changes: string[] = [];
  for (const [id, before] of seen) {
    const now = byId.get(id);
    if (!now) changes.push(`${name(before)} was deleted`);
    else if (now.updated_at !== before.updated_at) changes.push(`${name(now)} was changed`);
  }
  for (const fn of listed) if (!ordered.has(fn.id) && !seen.has(fn.id)) changes.push(`${name(fn)} was added`);
  return changes;
}
