// Reordering transformations by drag and drop in the explorer. Dropping on a transformation puts
// the dragged ones right before it; dropping on the "Transformations" group puts them last. The
// new order goes to PostHog as ONE rearrange request (through `reorder`, the command that sends it).
import * as vscode from 'vscode';
import type { HogFunctionType } from '../api/types/hogFunction';
import type { ExplorerNode, NodeOf, ProjectRef } from './nodes';
import type { ExplorerTree } from './tree';

/** The explorer's own mime type (`application/vnd.code.tree.<view id>`); its value is the dragged node ids. */
export const EXPLORER_MIME = 'application/vnd.code.tree.posthog.explorer';

/** Sends the new order: function ids of one transformation type, first to last. */
export type Reorder = (project: ProjectRef, orderedIds: string[]) => Thenable<unknown>;

type FunctionNode = NodeOf<'function'>;

export class ExplorerDragAndDrop implements vscode.TreeDragAndDropController<ExplorerNode> {
  readonly dragMimeTypes = [EXPLORER_MIME];
  readonly dropMimeTypes = [EXPLORER_MIME];

  constructor(
    private readonly tree: ExplorerTree,
    private readonly reorder: Reorder,
  ) {}

  handleDrag(source: readonly ExplorerNode[], dataTransfer: vscode.DataTransfer): void {
    const dragged = source.filter(isTransformation);
    if (dragged.length === 0 || dragged.length !== source.length) return;
    dataTransfer.set(EXPLORER_MIME, new vscode.DataTransferItem(dragged.map((n) => n.id)));
  }

  async handleDrop(target: ExplorerNode | undefined, dataTransfer: vscode.DataTransfer): Promise<void> {
    const ids = dataTransfer.get(EXPLORER_MIME)?.value as unknown;
    if (!target || !Array.isArray(ids)) return;
    const dragged = ids.map((id) => this.tree.find(String(id))).filter(isTransformation);
    const group = target.kind === 'functionGroup' ? target : this.tree.getParent(target);
    const listed = group ? this.tree.loadedChildren(group) : undefined;
    if (dragged.length === 0 || !group || !listed) return;
    const type = dragged[0]!.summary.type;
    const sameType = listed.filter((n): n is FunctionNode => n.kind === 'function' && n.summary.type === type);
    const listedIds = new Set(sameType.map((n) => n.id));
    if (!dragged.every((n) => n.summary.type === type && listedIds.has(n.id))) return;
    const before = target.kind === 'function' && target.summary.type === type ? target.id : undefined;
    const order = moveBefore(sameType.map((n) => n.id), dragged.map((n) => n.id), before);
    if (order.every((id, i) => id === sameType[i]!.id)) return;
    const byId = new Map(sameType.map((n) => [n.id, n.summary.id]));
    await this.reorder(dragged[0]!.project, order.map((id) => byId.get(id)!));
  }
}

function isTransformation(node: ExplorerNode | undefined): node is FunctionNode {
  return node?.kind === 'function' && (node.summary.type satisfies HogFunctionType).startsWith('transformation');
}

/**
 * `list` with `moved` taken out and put back, in their listed order, right before `beforeId`
 * (or at the end when it is undefined or itself moved).
 */
export function moveBefore(list: readonly string[], moved: readonly string[], beforeId: string | undefined): string[] {
  const movedSet = new Set(moved);
  const inOrder = list.filter((id) => movedSet.has(id));
  const rest = list.filter((id) => !movedSet.has(id));
  const at = beforeId === undefined || movedSet.has(beforeId) ? rest.length : rest.indexOf(beforeId);
  return [...rest.slice(0, at), ...inOrder, ...rest.slice(at)];
}
