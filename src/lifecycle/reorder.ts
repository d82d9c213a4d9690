// `posthog.reorderTransformations`: the new execution order of one transformation type, as ONE
// rearrange request. Drag and drop in the explorer calls it; automation passes
// `{ projectId, order: [function ids, first to last] }`.
import type { HogFunction } from '../api/types/hogFunction';
import type { CommandRun } from '../ui/commands';
import { clientFor, type LifecycleDeps } from './context';
import { projectTarget } from './target';
import { refreshGroupOf } from './treeUpdates';

export async function reorderTransformations(deps: LifecycleDeps, run: CommandRun, arg: unknown): Promise<HogFunction[]> {
  const project = projectTarget(deps.store, arg);
  const order = (arg as { order?: unknown } | undefined)?.order;
  if (!Array.isArray(order) || order.length === 0 || !order.every((id) => typeof id === 'string')) {
    throw new Error('Drag transformations in the PostHog explorer to reorder them.');
  }
  const orders = Object.fromEntries(order.map((id: string, index) => [id, index + 1]));
  const client = await clientFor(deps, project);
  const functions = await client.hogFunctions.rearrange(project.projectId, orders, { signal: run.signal });
  refreshGroupOf(deps.explorer, project, 'transformation');
  return functions;
}
