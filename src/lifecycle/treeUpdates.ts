// After a command changed something on PostHog, only the affected part of the explorer changes:
// an object's own item when PostHog answered with the object, else the one list that holds it.
import type { HogFlowSummary } from '../api/types/hogFlow';
import type { HogFunctionSummary, HogFunctionType } from '../api/types/hogFunction';
import { FUNCTION_GROUPS, nodeIds, type ProjectRef } from '../explorer/nodes';
import type { ExplorerTree } from '../explorer/tree';

/** Shows an object's new state (name, enabled, status) in its item, without a request. */
export function showFunction(explorer: ExplorerTree, project: ProjectRef, fn: HogFunctionSummary): void {
  explorer.updateObject(project.authority, project.projectId, 'function', fn);
}

export function showFlow(explorer: ExplorerTree, project: ProjectRef, flow: HogFlowSummary): void {
  explorer.updateObject(project.authority, project.projectId, 'flow', flow);
}

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
