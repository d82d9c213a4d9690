// Which function, flow or project a command acts on. Every command takes the same forms:
//   - a node of the explorer tree (context menus),
//   - a posthog:// Uri (editor title, CodeLens), or nothing (the active editor's document),
//   - `{ uri?, host?, projectId?, functionId?, flowId? }` for an object and `{ host?, projectId? }` for
//     a project, plus the command's own fields (keybindings, scripts, tests).
// The connection is the one an explicit `uri` or `host` names, else the active editor's, else the
// only one, else the user picks one. Every "this names nothing usable" is a NoTargetError.
import * as vscode from 'vscode';
import { authorityOf, connectionLabel, normalizeBaseUrl } from '../connections/baseUrl';
import { NotSignedInError } from '../connections/errors';
import type { ConnectionStore } from '../connections/store';
import { isObjectNode, objectOfNode, projectOfNode } from '../explorer/nodes';
import { objectOfUri } from '../fileSystem/uris';
import type { SummaryOf } from '../objects/objectApi';
import { OBJECT_KINDS, projectOf, type ObjectKind, type ObjectRef, type ProjectRef } from '../objects/objectRef';
import { NoTargetError, targetFields, type TargetFields } from '../objects/targetFields';
import { DismissedError } from '../ui/errorMessages';
import type { PrompterSlot } from '../ui/prompter';
import { nodeArg, plainArg } from './commandArgs';

export interface TargetDeps {
  readonly store: ConnectionStore;
  readonly prompts: PrompterSlot;
}

/** A command's function or flow, with what its argument told about it for free. */
export interface Target<K extends ObjectKind = ObjectKind> {
  readonly ref: ObjectRef<K>;
  /** The posthog:// document the command was run from, if any. */
  readonly uri?: vscode.Uri;
  /** The summary of the tree node the command was run on, if any. */
  readonly summary?: SummaryOf<K>;
}

const PICK_PROJECT = 'Pick a project in the PostHog explorer (or one of its functions), or open one of its documents.';
const NAME_THE_OBJECT = 'Say which one: functionId or flowId (with projectId), or the uri of one of its documents.';

/** The function or flow (of `kind`, when given) a command's argument names. */
export async function resolveTarget(deps: TargetDeps, arg: unknown): Promise<Target>;
export async function resolveTarget<K extends ObjectKind>(deps: TargetDeps, arg: unknown, kind: K): Promise<Target<K>>;
export async function resolveTarget(deps: TargetDeps, arg: unknown, kind?: ObjectKind): Promise<Target> {
  const target = await objectTarget(deps, arg);
  if (!target || (kind !== undefined && target.ref.kind !== kind)) {
    const what = kind === undefined ? 'function or flow' : OBJECT_KINDS[kind].label;
    throw new NoTargetError(`Pick a ${what} in the PostHog explorer, or open one of its documents.`);
  }
  return target;
}

/** The project a project-level command's argument names (any node below a project names it). */
export async function resolveProject(deps: TargetDeps, arg: unknown): Promise<ProjectRef> {
  const node = nodeArg(arg);
  const fields = plainFields(arg);
  let project: ProjectRef | undefined;
  if (node) project = projectOfNode(node);
  else if (arg instanceof vscode.Uri) project = uriTarget(arg)?.ref;
  else if (fields?.uri !== undefined || fields?.object) project = (await fieldsTarget(deps, fields))?.ref;
  else if (fields?.projectId !== undefined) project = { authority: await connectionFor(deps, fields.host), projectId: fields.projectId };
  else if (fields?.host === undefined && (arg === undefined || fields)) project = activeEditorTarget()?.ref;
  if (!project) throw new NoTargetError(PICK_PROJECT);
  return projectOf(project);
}

async function objectTarget(deps: TargetDeps, arg: unknown): Promise<Target | undefined> {
  const node = nodeArg(arg);
  if (node) return isObjectNode(node) ? { ref: objectOfNode(node), summary: node.summary } : undefined;
  if (arg instanceof vscode.Uri) return uriTarget(arg);
  if (arg === undefined) return activeEditorTarget();
  const fields = plainFields(arg);
  if (!fields) return undefined;
  if (fields.uri === undefined && !fields.object) {
    if (fields.host !== undefined || fields.projectId !== undefined) throw new NoTargetError(NAME_THE_OBJECT);
    return activeEditorTarget();
  }
  return fieldsTarget(deps, fields);
}

/** The target fields of a plain-object argument (a Uri object as `uri` is read like its string). */
function plainFields(arg: unknown): TargetFields | undefined {
  const record = plainArg(arg);
  if (!record) return undefined;
  return targetFields(record.uri instanceof vscode.Uri ? { ...record, uri: record.uri.toString() } : record);
}

async function fieldsTarget(deps: TargetDeps, fields: TargetFields): Promise<Target | undefined> {
  if (fields.uri !== undefined) {
    const target = uriTarget(vscode.Uri.parse(fields.uri));
    if (!target) throw new NoTargetError(`'${fields.uri}' is not a posthog:// document of a function or flow.`);
    return target;
  }
  if (!fields.object || fields.projectId === undefined) return undefined;
  const authority = await connectionFor(deps, fields.host);
  return { ref: { authority, projectId: fields.projectId, ...fields.object } };
}

function uriTarget(uri: vscode.Uri): Target | undefined {
  const ref = objectOfUri(uri);
  return ref && { ref, uri: uri.with({ scheme: 'posthog', query: '' }) };
}

function activeEditorTarget(): Target | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri && uriTarget(uri);
}

/** The connection `host` names, else the active editor's, else the only one, else the one the user picks. */
export async function connectionFor(deps: TargetDeps, host: string | undefined): Promise<string> {
  if (host !== undefined) {
    const authority = authorityOf(normalizeBaseUrl(host));
    if (!deps.store.get(authority)) throw new NotSignedInError(authority);
    return authority;
  }
  const connections = deps.store.list();
  const active = activeEditorTarget()?.ref.authority;
  if (active !== undefined && connections.some((c) => c.authority === active)) return active;
  if (connections.length === 1) return connections[0]!.authority;
  if (connections.length === 0) throw new NoTargetError('Sign in to PostHog first.');
  const picked = await deps.prompts.current.pick(
    connections.map((c) => ({ label: connectionLabel(c.baseUrl), description: c.baseUrl, value: c.authority })),
    { title: 'Which PostHog?', placeholder: 'Several PostHog connections: pick the one to use' },
  );
  if (picked === undefined) throw new DismissedError();
  return picked;
}
