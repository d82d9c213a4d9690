// The explorer's nodes: a discriminated union, one variant per level. Plain data (no vscode), so the
// loading logic is testable in Node; `treeItems.ts` turns them into TreeItems.
import type { HogFunctionSummary, HogFunctionType } from '../api/types/hogFunction';
import type { HogFlowSummary } from '../api/types/hogFlow';
import type { ObjectKind, ObjectRef, ProjectRef } from '../objects/objectRef';

export type { ProjectRef } from '../objects/objectRef';

/** The function groups under "Functions", each listed with one `type=` filter. */
export const FUNCTION_GROUPS = [
  { id: 'destinations', label: 'Destinations', types: ['destination', 'internal_destination'] },
  { id: 'transformations', label: 'Transformations', types: ['transformation', 'transformation_log'] },
  { id: 'sources', label: 'Sources', types: ['source_webhook'] },
  { id: 'siteDestinations', label: 'Site destinations', types: ['site_destination'] },
  { id: 'siteApps', label: 'Site apps', types: ['site_app'] },
] as const satisfies ReadonlyArray<{ id: string; label: string; types: readonly HogFunctionType[] }>;

export type FunctionGroup = (typeof FUNCTION_GROUPS)[number];

export type ExplorerNode =
  | { kind: 'connection'; id: string; authority: string; baseUrl: string }
  | { kind: 'organization'; id: string; authority: string; organizationId: string; name: string }
  | { kind: 'project'; id: string; authority: string; projectId: number; name: string }
  | { kind: 'functions'; id: string; project: ProjectRef }
  | { kind: 'functionGroup'; id: string; project: ProjectRef; group: FunctionGroup }
  | { kind: 'flows'; id: string; project: ProjectRef }
  | { kind: 'function'; id: string; project: ProjectRef; summary: HogFunctionSummary }
  | { kind: 'flow'; id: string; project: ProjectRef; summary: HogFlowSummary }
  | { kind: 'loadMore'; id: string; parentId: string; offset: number }
  | { kind: 'message'; id: string; text: string; detail?: string; isError: boolean };

export type NodeOf<K extends ExplorerNode['kind']> = Extract<ExplorerNode, { kind: K }>;

/** The node of a function or flow. */
export type ObjectNode = NodeOf<ObjectKind>;

/** Stable ids: the same PostHog object gets the same TreeItem.id after every refresh. */
export const nodeIds = {
  connection: (authority: string) => `connection:${authority}`,
  organization: (authority: string, organizationId: string) => `org:${authority}/${organizationId}`,
  project: (p: ProjectRef) => `project:${p.authority}/${p.projectId}`,
  functions: (p: ProjectRef) => `functions:${p.authority}/${p.projectId}`,
  functionGroup: (p: ProjectRef, group: FunctionGroup) => `functionGroup:${p.authority}/${p.projectId}/${group.id}`,
  flows: (p: ProjectRef) => `flows:${p.authority}/${p.projectId}`,
  /** `function:…` or `flow:…` */
  object: (ref: ObjectRef) => `${ref.kind}:${ref.authority}/${ref.projectId}/${ref.id}`,
  loadMore: (parentId: string) => `loadMore:${parentId}`,
};

export function isObjectNode(node: ExplorerNode): node is ObjectNode {
  return node.kind === 'function' || node.kind === 'flow';
}

/** The function or flow a node shows. */
export function objectOfNode(node: ObjectNode): ObjectRef {
  return { ...node.project, kind: node.kind, id: node.summary.id };
}

/** The project a node belongs to (a connection or organization belongs to none). */
export function projectOfNode(node: ExplorerNode): ProjectRef | undefined {
  if (node.kind === 'project') return { authority: node.authority, projectId: node.projectId };
  return 'project' in node ? node.project : undefined;
}

/** Nodes whose children come in pages (the lists with "Load more…"). */
export function isPagedList(node: ExplorerNode): node is NodeOf<'functionGroup'> | NodeOf<'flows'> {
  return node.kind === 'functionGroup' || node.kind === 'flows';
}
