// Which PostHog object or project a command acts on. Every command accepts the same forms:
//   - a node of the explorer tree (context menus),
//   - a posthog:// Uri, or nothing (the active editor's document: palette, editor title),
//   - `{ host?, projectId, functionId }` / `{ host?, projectId, flowId }` / `{ host?, projectId }`
//     (automation and tests; `host` may be left out when only one connection is signed in).
import * as vscode from 'vscode';
import { authorityOf, normalizeBaseUrl } from '../connections/baseUrl';
import type { ConnectionStore } from '../connections/store';
import { objectOfUri } from '../fileSystem/uris';
import type { ExplorerNode, NodeOf, ProjectRef } from '../explorer/nodes';

export type ObjectKind = 'function' | 'flow';

export interface ObjectTarget {
  readonly kind: ObjectKind;
  readonly project: ProjectRef;
  readonly id: string;
  /** The tree node the command was invoked on, when it was; its summary is free information. */
  readonly node?: NodeOf<'function'> | NodeOf<'flow'>;
}

/** The argument fields shared by every command (besides a tree node or Uri). */
export interface TargetArgs {
  host?: string;
  projectId?: number | string;
  functionId?: string;
  flowId?: string;
}

export class TargetError extends Error {}

/** The function or flow a command was invoked on; throws a TargetError saying how to pick one. */
export function objectTarget(store: ConnectionStore, arg: unknown, kind: ObjectKind): ObjectTarget {
  const target = nodeTarget(arg) ?? argsTarget(store, arg) ?? documentTarget(arg);
  if (!target || target.kind !== kind) {
    throw new TargetError(`Pick a ${kind} in the PostHog explorer, or open one of its documents.`);
  }
  return target;
}

/** A function or a flow, whichever the argument names. */
export function anyObjectTarget(store: ConnectionStore, arg: unknown): ObjectTarget {
  const target = nodeTarget(arg) ?? argsTarget(store, arg) ?? documentTarget(arg);
  if (!target) throw new TargetError('Pick a function or flow in the PostHog explorer, or open one of its documents.');
  return target;
}

/** The project of a project-level node (project, Functions, a function group, Flows), an object, a document or `{ projectId }`. */
export function projectTarget(store: ConnectionStore, arg: unknown): ProjectRef {
  const node = arg as Partial<ExplorerNode> | undefined;
  if (node?.kind === 'project') {
    const project = node as NodeOf<'project'>;
    return { authority: project.authority, projectId: project.projectId };
  }
  if (node && 'project' in node && node.project) return node.project;
  const fields = argFields(arg);
  if (fields?.projectId !== undefined) return { authority: connectionAuthority(store, fields.host), projectId: toProjectId(fields.projectId) };
  const fromDocument = documentTarget(arg);
  if (fromDocument) return fromDocument.project;
  throw new TargetError('Pick a project in the PostHog explorer (or one of its functions), or open one of its documents.');
}

function nodeTarget(arg: unknown): ObjectTarget | undefined {
  const node = arg as Partial<ExplorerNode> | undefined;
  if (node?.kind !== 'function' && node?.kind !== 'flow') return undefined;
  const objectNode = node as NodeOf<'function'> | NodeOf<'flow'>;
  return { kind: objectNode.kind, project: objectNode.project, id: objectNode.summary.id, node: objectNode };
}

function argsTarget(store: ConnectionStore, arg: unknown): ObjectTarget | undefined {
  const fields = argFields(arg);
  if (!fields || fields.projectId === undefined) return undefined;
  const id = fields.functionId ?? fields.flowId;
  if (!id) return undefined;
  const project = { authority: connectionAuthority(store, fields.host), projectId: toProjectId(fields.projectId) };
  return { kind: fields.functionId ? 'function' : 'flow', project, id };
}

function documentTarget(arg: unknown): ObjectTarget | undefined {
  const uri = arg instanceof vscode.Uri ? arg : arg === undefined ? vscode.window.activeTextEditor?.document.uri : undefined;
  const object = uri && objectOfUri(uri);
  if (!object) return undefined;
  return { kind: object.kind, project: { authority: object.authority, projectId: object.projectId }, id: object.id };
}

/** The plain-object argument form, or undefined for nodes, Uris and anything else. */
export function argFields(arg: unknown): TargetArgs | undefined {
  const record = plainArg(arg);
  if (!record) return undefined;
  const text = (key: string): string | undefined => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  const projectId = record.projectId;
  return {
    host: text('host'),
    projectId: typeof projectId === 'number' || typeof projectId === 'string' ? projectId : undefined,
    functionId: text('functionId'),
    flowId: text('flowId'),
  };
}

function connectionAuthority(store: ConnectionStore, host: string | undefined): string {
  if (host !== undefined) {
    const authority = authorityOf(normalizeBaseUrl(host));
    if (!store.get(authority)) throw new TargetError(`You are not signed in to PostHog at ${authority}.`);
    return authority;
  }
  const connections = store.list();
  if (connections.length === 1) return connections[0]!.authority;
  throw new TargetError(connections.length === 0 ? 'Sign in to PostHog first.' : 'Say which PostHog instance: pass `host`.');
}

function toProjectId(value: number | string): number {
  const id = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(id) || id < 0) throw new TargetError(`'${value}' is not a PostHog project id.`);
  return id;
}

/** A string field of the plain-object argument form. */
export function stringArg(arg: unknown, key: string): string | undefined {
  const value = plainArg(arg)?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** An object field of the plain-object argument form (e.g. `variables`, `inputs`). */
export function recordArg(arg: unknown, key: string): Record<string, unknown> | undefined {
  const value = plainArg(arg)?.[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function plainArg(arg: unknown): Record<string, unknown> | undefined {
  if (typeof arg !== 'object' || arg === null || arg instanceof vscode.Uri || 'kind' in arg) return undefined;
  return arg as Record<string, unknown>;
}
