import * as vscode from 'vscode';
import type { HogFunctionSummary, HogFunctionType } from '../api/types/hogFunction';
import type { MaskedSecret } from '../api/types/revisions';
import { Disposable } from '../common/lifecycle';
import { seesNoProjects } from '../connections/signedInContext';
import type { ConnectionStore } from '../connections/store';
import { loadChildren, loadPage, type LoaderDeps } from './children';
import { MaskedSecrets, versionMoved } from './maskedSecrets';
import type { SummaryOf } from '../objects/objectApi';
import type { ObjectKind, ObjectRef, ProjectRef } from '../objects/objectRef';
import { FUNCTION_GROUPS, isObjectNode, isPagedList, nodeIds, objectOfNode, type ExplorerNode, type NodeOf } from './nodes';
import { toTreeItem, withMaskedSecretMark } from './treeItems';

/**
 * The `posthog.explorer` view. Children load lazily (one request per level and page) and stay
 * cached per node until that node, or everything, is refreshed.
 */
export class ExplorerTree extends Disposable implements vscode.TreeDataProvider<ExplorerNode> {
  private readonly changed = this.register(new vscode.EventEmitter<ExplorerNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  /** Children by parent node id. */
  private readonly children = new Map<string, ExplorerNode[]>();
  /** Every node handed out, by id, so refreshes and "Load more…" find their parent. */
  private readonly nodes = new Map<string, ExplorerNode>();
  private readonly parents = new Map<string, string>();
  /** Where an object's files are, when a folder holds it as files (functions as code). */
  private localCopyOf: (ref: ObjectRef) => string | undefined = () => undefined;
  /** Functions storing the secret mask, per project: loaded with its function lists, forgotten with them. */
  private readonly masked: MaskedSecrets;

  constructor(
    private readonly store: ConnectionStore,
    private readonly deps: LoaderDeps,
    /** Settles once start-up work (demo sign-in) is done. */
    private readonly ready: Promise<unknown>,
  ) {
    super();
    this.masked = new MaskedSecrets(deps);
    this.register(store.onDidChange(() => this.refreshAll()));
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    const item = toTreeItem(node);
    const localCopy = isObjectNode(node) ? this.localCopyOf(objectOfNode(node)) : undefined;
    if (localCopy !== undefined) {
      item.description = [item.description, 'local'].filter((part) => typeof part === 'string' && part !== '').join(' · ');
      item.tooltip = `${typeof item.tooltip === 'string' ? `${item.tooltip}\n` : ''}Local copy: ${localCopy}`;
    }
    const masked = this.maskedSecretOf(node);
    return masked ? withMaskedSecretMark(item, masked) : item;
  }

  /** Marks objects that have a local copy; call again (or `redraw`) when the copies change. */
  setLocalCopies(lookup: (ref: ObjectRef) => string | undefined): void {
    this.localCopyOf = lookup;
    this.redraw();
  }

  /** Shows every item again from the cached children (no request). */
  redraw(): void {
    this.changed.fire(undefined);
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    const parentId = this.parents.get(node.id);
    return parentId ? this.nodes.get(parentId) : undefined;
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (!node) {
      await this.ready.catch(() => undefined);
      // An empty root lets the "signed in, but no projects" welcome view show.
      if (seesNoProjects(this.store.list())) return [];
      return this.store.list().map((c) => this.remember({ kind: 'connection', id: nodeIds.connection(c.authority), ...c }));
    }
    const cached = this.children.get(node.id);
    if (cached) return cached;
    // A function list's marks come with it: the project's masked_secrets, asked for beside its first list.
    const [loaded] = await Promise.all([loadChildren(this.deps, node), node.kind === 'functionGroup' ? this.loadMarks(node) : undefined]);
    this.setChildren(node, loaded);
    return loaded;
  }

  /** What `node` (a function) must have entered again, as the tree shows it; undefined when unmarked. */
  maskedSecretOf(node: ExplorerNode): MaskedSecret | undefined {
    return node.kind === 'function' ? this.masked.of(objectOfNode(node)) : undefined;
  }

  /** Replaces a "Load more…" item with the next page (and a new "Load more…" if PostHog has more). */
  async loadMore(item: NodeOf<'loadMore'>): Promise<void> {
    const parent = this.nodes.get(item.parentId);
    const current = this.children.get(item.parentId);
    if (!parent || !current || !isPagedList(parent)) return;
    const next = await loadPage(this.deps, parent, item.offset);
    const known = new Set(current.map((n) => n.id));
    // Items that moved between pages since the first one loaded would show twice; keep the first.
    const fresh = next.filter((n) => !known.has(n.id) || n.kind === 'loadMore');
    this.setChildren(parent, [...current.filter((n) => n.id !== item.id), ...fresh]);
    this.changed.fire(parent);
  }

  /** Drops the cached children of a node and everything below it; the view reloads them. */
  refresh(node?: ExplorerNode): void {
    if (!node) return this.refreshAll();
    this.forget(node.id);
    this.changed.fire(this.nodes.get(node.id) ?? node);
  }

  refreshAll(): void {
    this.masked.clear();
    this.children.clear();
    this.nodes.clear();
    this.parents.clear();
    this.changed.fire(undefined);
  }

  /** Shows an object's new state (name, enabled...) without reloading its list. */
  updateObject<K extends ObjectKind>(ref: ObjectRef<K>, summary: SummaryOf<K>): void {
    const id = nodeIds.object(ref);
    const node = this.nodes.get(id);
    if (!node || !isObjectNode(node)) return;
    if (node.kind === 'function' && this.masked.of(ref) && versionMoved(node.summary, summary as HogFunctionSummary)) void this.reloadMarks(node.project);
    const updated = { ...node, summary } as ExplorerNode;
    const parentId = this.parents.get(id);
    const siblings = parentId ? this.children.get(parentId) : undefined;
    if (parentId && siblings) this.children.set(parentId, siblings.map((n) => (n.id === id ? updated : n)));
    this.nodes.set(id, updated);
    this.changed.fire(parentId ? this.nodes.get(parentId) : undefined);
  }

  /** Drops an object that no longer exists on PostHog from its list, without reloading the list. */
  removeObject(ref: ObjectRef): void {
    const id = nodeIds.object(ref);
    const parentId = this.parents.get(id);
    const siblings = parentId ? this.children.get(parentId) : undefined;
    if (parentId && siblings) this.children.set(parentId, siblings.filter((n) => n.id !== id));
    this.forget(id);
    this.nodes.delete(id);
    this.parents.delete(id);
    this.changed.fire(parentId ? this.nodes.get(parentId) : undefined);
  }

  /** The summary of an object as the tree last showed it, if it did: commands use it to skip a GET. */
  knownSummary<K extends ObjectKind>(ref: ObjectRef<K>): SummaryOf<K> | undefined {
    const node = this.nodes.get(nodeIds.object(ref));
    return node && isObjectNode(node) ? (node.summary as SummaryOf<K>) : undefined;
  }

  /** Reloads the function group listing this type (added, removed or reordered functions), if it is shown. */
  refreshFunctionGroup(project: ProjectRef, type: HogFunctionType): void {
    const group = FUNCTION_GROUPS.find((g) => (g.types as readonly string[]).includes(type));
    const node = group && this.nodes.get(nodeIds.functionGroup(project, group));
    if (node) this.refresh(node);
  }

  /** Reloads the project's Flows list, if it is shown. */
  refreshFlows(project: ProjectRef): void {
    const node = this.nodes.get(nodeIds.flows(project));
    if (node) this.refresh(node);
  }

  /** The children a node has shown, without loading anything; undefined when they are not loaded. */
  loadedChildren(node: ExplorerNode): readonly ExplorerNode[] | undefined {
    return this.children.get(node.id);
  }

  /** A node by its stable id, once the tree has handed it out. */
  find(id: string): ExplorerNode | undefined {
    return this.nodes.get(id);
  }

  private setChildren(parent: ExplorerNode, nodes: ExplorerNode[]): void {
    this.children.set(parent.id, nodes);
    for (const node of nodes) {
      this.remember(node);
      this.parents.set(node.id, parent.id);
    }
  }

  private remember<T extends ExplorerNode>(node: T): T {
    this.nodes.set(node.id, node);
    return node;
  }

  private async loadMarks(group: NodeOf<'functionGroup'>): Promise<void> {
    if (this.masked.has(group.project)) return this.masked.load(group.project);
    await this.masked.load(group.project);
    // Lists of the project loaded earlier show the new answer too (after a refresh of one of them).
    this.redrawFunctionGroups(group.project, group.id);
  }

  /** One request after a marked function changed (its secrets saved, say): its mark goes once PostHog drops it. */
  private async reloadMarks(project: ProjectRef): Promise<void> {
    await this.masked.reload(project);
    this.redrawFunctionGroups(project);
  }

  private redrawFunctionGroups(project: ProjectRef, except?: string): void {
    for (const group of FUNCTION_GROUPS) {
      const id = nodeIds.functionGroup(project, group);
      const node = this.nodes.get(id);
      if (node && id !== except && this.children.has(id)) this.changed.fire(node);
    }
  }

  private forget(id: string): void {
    const node = this.nodes.get(id);
    // The marks are cached with the function lists: reloading one of them asks for them again.
    if (node?.kind === 'functionGroup') this.masked.forget(node.project);
    for (const child of this.children.get(id) ?? []) {
      this.forget(child.id);
      this.nodes.delete(child.id);
      this.parents.delete(child.id);
    }
    this.children.delete(id);
  }
}
