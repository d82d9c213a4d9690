// Loads the children of one explorer node: one request per level and page. No vscode here.
import type { Page, PostHogClient, UnexpectedShapeError } from '../api';
import { describeError } from '../ui/errorMessages';
import { FUNCTION_GROUPS, nodeIds, type ExplorerNode, type NodeOf, type ProjectRef } from './nodes';

export interface LoaderDeps {
  client(authority: string): Promise<PostHogClient>;
  pageSize(): number;
  /** Where a failure that shows nothing in the tree is noted. */
  warn?(message: string): void;
}

export type PagedListNode = NodeOf<'functionGroup'> | NodeOf<'flows'>;

export async function loadChildren(deps: LoaderDeps, node: ExplorerNode, signal?: AbortSignal): Promise<ExplorerNode[]> {
  try {
    switch (node.kind) {
      case 'connection':
        return await loadOrganizations(deps, node, signal);
      case 'organization':
        return await loadProjects(deps, node, signal);
      case 'project': {
        const project: ProjectRef = { authority: node.authority, projectId: node.projectId };
        return [
          { kind: 'functions', id: nodeIds.functions(project), project },
          { kind: 'flows', id: nodeIds.flows(project), project },
        ];
      }
      case 'functions':
        return FUNCTION_GROUPS.map((group) => ({
          kind: 'functionGroup',
          id: nodeIds.functionGroup(node.project, group),
          project: node.project,
          group,
        }));
      case 'functionGroup':
      case 'flows':
        return await loadPage(deps, node, 0, signal);
      default:
        return [];
    }
  } catch (error) {
    return [errorNode(node, error)];
  }
}

/** One page of a paged list, followed by a "Load more…" node when PostHog has more. */
export async function loadPage(deps: LoaderDeps, node: PagedListNode, offset: number, signal?: AbortSignal): Promise<ExplorerNode[]> {
  const client = await deps.client(node.project.authority);
  const params = { limit: deps.pageSize(), offset };
  const project = node.project;
  let items: ExplorerNode[];
  let page: Page<unknown>;
  if (node.kind === 'functionGroup') {
    const result = await client.hogFunctions.list(project.projectId, { type: node.group.types }, { signal }).page(params);
    page = result;
    items = result.results.map((summary) => ({ kind: 'function', id: nodeIds.object({ ...project, kind: 'function', id: summary.id }), project, summary }));
  } else {
    const result = await client.hogFlows.list(project.projectId, {}, { signal }).page(params);
    page = result;
    items = result.results.map((summary) => ({ kind: 'flow', id: nodeIds.object({ ...project, kind: 'flow', id: summary.id }), project, summary }));
  }
  items.push(...unreadable(`${node.id}@${offset}`, page.invalid));
  if (offset === 0 && items.length === 0) {
    const what = node.kind === 'flows' ? 'flows' : node.group.label.toLowerCase();
    return [{ kind: 'message', id: `empty:${node.id}`, text: `No ${what}`, isError: false }];
  }
  // Unreadable items were on the page too: the next page starts after them.
  const received = page.results.length + page.invalid.length;
  if (page.next && received > 0) {
    items.push({ kind: 'loadMore', id: nodeIds.loadMore(node.id), parentId: node.id, offset: offset + received });
  }
  return items;
}

/** Items PostHog sent in a shape we cannot read: one warning item for them, the first reason in it. */
function unreadable(id: string, invalid: readonly UnexpectedShapeError[]): ExplorerNode[] {
  if (invalid.length === 0) return [];
  const text = invalid.length === 1 ? '1 item could not be read' : `${invalid.length} items could not be read`;
  return [{ kind: 'message', id: `unreadable:${id}`, text, detail: invalid[0]!.message, isError: true }];
}

async function loadOrganizations(deps: LoaderDeps, node: NodeOf<'connection'>, signal?: AbortSignal): Promise<ExplorerNode[]> {
  const client = await deps.client(node.authority);
  const me = await client.discovery.me({ signal });
  return me.organizations.map((org) => ({
    kind: 'organization',
    id: nodeIds.organization(node.authority, org.id),
    authority: node.authority,
    organizationId: org.id,
    name: org.name,
  }));
}

async function loadProjects(deps: LoaderDeps, node: NodeOf<'organization'>, signal?: AbortSignal): Promise<ExplorerNode[]> {
  const client = await deps.client(node.authority);
  const listing = client.discovery.organizationProjects(node.organizationId, { signal });
  const projects = await listing.all();
  const warning = unreadable(node.id, listing.invalid);
  if (projects.length === 0 && warning.length === 0) return [{ kind: 'message', id: `empty:${node.id}`, text: 'No projects', isError: false }];
  return [
    ...projects.map((p): ExplorerNode => {
      const ref = { authority: node.authority, projectId: p.id };
      return { kind: 'project', id: nodeIds.project(ref), ...ref, name: p.name };
    }),
    ...warning,
  ];
}

/** A failed level shows as one greyed-out item (e.g. a project outside a scoped key), not a broken tree. */
function errorNode(parent: ExplorerNode, error: unknown): ExplorerNode {
  const report = describeError(error);
  const text = report?.message ?? 'Cancelled';
  return { kind: 'message', id: `error:${parent.id}`, text: 'Could not load', detail: text, isError: true };
}
