// What the explorer already knows about an object (its latest summary), so commands skip a GET.
// The tree's copy wins over the node a command was invoked with: commands update the tree.
import type { HogFlowSummary } from '../api/types/hogFlow';
import type { HogFunctionSummary } from '../api/types/hogFunction';
import { nodeIds } from '../explorer/nodes';
import type { LifecycleDeps } from './context';
import type { ObjectTarget } from './target';

export function knownFunction(deps: Pick<LifecycleDeps, 'explorer'>, target: ObjectTarget): HogFunctionSummary | undefined {
  const listed = deps.explorer.find(nodeIds.object({ ...target.project, kind: 'function', id: target.id }));
  if (listed?.kind === 'function') return listed.summary;
  return target.node?.kind === 'function' ? target.node.summary : undefined;
}

export function knownFlow(deps: Pick<LifecycleDeps, 'explorer'>, target: ObjectTarget): HogFlowSummary | undefined {
  const listed = deps.explorer.find(nodeIds.object({ ...target.project, kind: 'flow', id: target.id }));
  if (listed?.kind === 'flow') return listed.summary;
  return target.node?.kind === 'flow' ? target.node.summary : undefined;
}
