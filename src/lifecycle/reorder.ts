// `posthog.reorderTransformations`: the new execution order of one transformation type, as ONE
// rearrange request. Drag and drop in the explorer calls it; automation passes
// `{ host?, projectId?, order: [function ids, first to last] }`.
import type { HogFunction } from '../api/types/hogFunction';
import type { ProjectRef } from '../objects/objectRef';
import type { LifecycleDeps } from './deps';

export async function reorderTransformations(deps: LifecycleDeps, project: ProjectRef, order: unknown, signal: AbortSignal): Promise<HogFunction[]> {
  if (!Array.isArray(order) || order.length === 0 || !order.every((id) => typeof id === 'string')) {
    throw new Error('Drag transformations in the PostHog explorer to reorder them.');
  }
  const orders = Object.fromEntries(order.map((id: string, index) => [id, index + 1]));
  const { client } = await deps.clients.get(project.authority);
  const functions = await client.hogFunctions.rearrange(project.projectId, orders, { signal });
  deps.explorer.refreshFunctionGroup(project, 'transformation');
  return functions;
}
