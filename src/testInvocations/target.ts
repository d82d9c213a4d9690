// Which function or flow a command acts on, from whatever it was run with: a tree node, a
// posthog:// document (editor title, CodeLens, the active editor) or an automation argument
// `{ uri?, functionId?, flowId?, projectId?, host? }`.
import * as vscode from 'vscode';
import { authorityOf, normalizeBaseUrl } from '../connections/baseUrl';
import type { ConnectionStore } from '../connections/store';
import type { DocumentAddress } from '../documents/address';
import { addressOf } from '../fileSystem/uris';
import { objectKey } from '../objects/objectRef';
import type { ExplorerNode } from '../explorer/nodes';

export interface ObjectTarget {
  /** `host[:port]` of the connection. */
  readonly authority: string;
  readonly projectId: number;
  readonly kind: 'function' | 'flow';
  readonly id: string;
  /** The name the tree or the document tab shows; empty when only the id is known. */
  readonly name: string;
  /** The document the command was run from, if any. */
  readonly uri?: vscode.Uri;
}

export const PICK_AN_OBJECT = 'Pick a function or flow in the PostHog explorer, or open one of its documents.';

/** The same key as the documents of the object (see documents/address.ts). */
export function targetKey(target: ObjectTarget): string {
  return objectKey({ authority: target.authority, projectId: target.projectId, kind: target.kind, id: target.id });
}

/** Whether a document shows (part of) the target. */
export function documentShows(address: DocumentAddress, target: ObjectTarget): boolean {
  return objectKey(address.object) === targetKey(target);
}

/** The target of a command argument, or of the active editor when there is none; throws when neither names one. */
export function resolveTarget(arg: unknown, store: ConnectionStore): ObjectTarget {
  const target = fromArgument(arg, store) ?? fromUri(vscode.window.activeTextEditor?.document.uri);
  if (!target) throw new Error(PICK_AN_OBJECT);
  return target;
}

/** Like resolveTarget, but undefined instead of the active editor's object or an error. */
export function targetOfArgument(arg: unknown, store: ConnectionStore): ObjectTarget | undefined {
  return fromArgument(arg, store);
}

function fromArgument(arg: unknown, store: ConnectionStore): ObjectTarget | undefined {
  if (arg instanceof vscode.Uri) return fromUri(arg);
  if (!isRecord(arg)) return undefined;
  if (isObjectTarget(arg)) return arg;
  if (arg.kind === 'function' || arg.kind === 'flow') return fromNode(arg as ExplorerNode);
  return fromAutomation(arg, store);
}

function fromNode(node: ExplorerNode): ObjectTarget | undefined {
  if (node.kind !== 'function' && node.kind !== 'flow') return undefined;
  return {
    authority: node.project.authority,
    projectId: node.project.projectId,
    kind: node.kind,
    id: node.summary.id,
    name: node.summary.name ?? '',
  };
}

function fromUri(uri: vscode.Uri | undefined): ObjectTarget | undefined {
  const address = uri && addressOf(uri);
  if (!address) return undefined;
  return {
    authority: address.object.authority,
    projectId: address.object.projectId,
    kind: address.object.kind,
    id: address.object.id,
    name: address.name,
    uri: uri.with({ scheme: 'posthog', query: '' }),
  };
}

function fromAutomation(arg: Record<string, unknown>, store: ConnectionStore): ObjectTarget | undefined {
  if (typeof arg.uri === 'string') {
    const target = fromUri(vscode.Uri.parse(arg.uri));
    if (!target) throw new Error(`'${arg.uri}' is not a posthog:// document of a function or flow.`);
    return target;
  }
  const id = typeof arg.functionId === 'string' ? arg.functionId : typeof arg.flowId === 'string' ? arg.flowId : undefined;
  if (id === undefined) return undefined;
  const projectId = Number(arg.projectId);
  if (!Number.isInteger(projectId) || projectId <= 0) throw new Error('Give the projectId (a number) with the functionId or flowId.');
  return {
    authority: authorityFor(arg.host, store),
    projectId,
    kind: typeof arg.functionId === 'string' ? 'function' : 'flow',
    id,
    name: '',
  };
}

/** The named connection, else the only one (or the active editor's when there are several). */
function authorityFor(host: unknown, store: ConnectionStore): string {
  if (typeof host === 'string') return authorityOf(normalizeBaseUrl(host));
  const connections = store.list();
  if (connections.length === 1) return connections[0]!.authority;
  const active = fromUri(vscode.window.activeTextEditor?.document.uri);
  if (active && connections.some((c) => c.authority === active.authority)) return active.authority;
  throw new Error(connections.length === 0 ? 'Sign in to PostHog first.' : 'Several PostHog connections: say which one with "host".');
}

function isObjectTarget(value: Record<string, unknown>): value is Record<string, unknown> & ObjectTarget {
  return (
    typeof value.authority === 'string' &&
    typeof value.projectId === 'number' &&
    typeof value.id === 'string' &&
    (value.kind === 'function' || value.kind === 'flow') &&
    !('summary' in value)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
