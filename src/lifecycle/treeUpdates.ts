// After a command changed something on PostHog, only the affected part of the explorer changes:
// an object's own item when PostHog answered with the object, else the one list that holds it.
import type { HogFunctionType } from '../api/types/hogFunction';
import { FUNCTION_GROUPS, nodeIds, type ProjectRef } from '../explorer/nodes';
import type { ExplorerTree } from '../explorer/tree';

/** Reloads the function group listing this type (added, removed or reordered functions), if it is shown. */
export function refreshGroupOf(explorer: ExplorerTree, project: ProjectRef, type: HogFunctionType): void {
  const group = FUNCTION_GROUPS.find((g) => (g.types as readonly string[]).includes(type));
  const node = group && explorer.find(nodeIds.functionGroup(project, group));
  if (node) explorer.refresh(node);
}

/** Reloads the project's Flows list, if it is shown. */
export function refreshFlows(explorer: ExplorerTree, project: ProjectRef): void {
  const node = explorer.find(nodeIds.flows(project));
  if (node) explorer.refresh(node);
}
