import * as vscode from 'vscode';
import type { DocumentKind } from '../documents/address';
import { addressOf, documentUri } from '../documents/uris';
import type { ConnectionStore } from '../connections/store';
import type { ExplorerNode } from '../explorer/nodes';

type ObjectNode = Extract<ExplorerNode, { kind: 'function' | 'flow' }>;

/** The posthog:// URI of a function's code or configuration, or a flow's definition. */
export function uriForNode(node: ObjectNode, kind: DocumentKind): vscode.Uri {
  return documentUri(node.project.authority, {
    projectId: String(node.project.projectId),
    kind,
    objectId: node.summary.id,
    name: node.summary.name ?? '',
  });
}

/** Opens a document of a tree node (one GET). Site apps and site destinations hold TypeScript. */
export async function openNode(arg: unknown, kind: DocumentKind): Promise<vscode.TextEditor | undefined> {
  const node = asObjectNode(arg);
  const wanted = kind === 'flow' ? 'flow' : 'function';
  if (!node || node.kind !== wanted) throw new Error(`Pick a ${wanted} in the PostHog explorer.`);
  const document = await vscode.workspace.openTextDocument(uriForNode(node, kind));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  if (kind === 'functionCode' && node.kind === 'function' && node.summary.type.startsWith('site_')) {
    await vscode.languages.setTextDocumentLanguage(document, 'typescript');
  }
  return editor;
}

/** `posthog.openInBrowser`: the function or flow in PostHog's web app. */
export async function openInBrowser(store: ConnectionStore, arg: unknown): Promise<void> {
  const target = webTarget(arg);
  const connection = target && store.get(target.authority);
  if (!target || !connection) throw new Error('Pick a function or flow in the PostHog explorer, or open one of its documents.');
  const path =
    target.family === 'flows'
      ? `/project/${target.projectId}/workflows/${target.id}/workflow`
      : `/project/${target.projectId}/functions/${target.id}`;
  await vscode.env.openExternal(vscode.Uri.parse(connection.baseUrl + path));
}

function webTarget(arg: unknown): { authority: string; projectId: string; family: 'functions' | 'flows'; id: string } | undefined {
  const node = asObjectNode(arg);
  if (node) {
    const family = node.kind === 'flow' ? 'flows' : 'functions';
    return { authority: node.project.authority, projectId: String(node.project.projectId), family, id: node.summary.id };
  }
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const address = uri && addressOf(uri);
  if (!address) return undefined;
  const family = address.kind === 'flow' ? 'flows' : 'functions';
  return { authority: address.authority, projectId: address.projectId, family, id: address.objectId };
}

function asObjectNode(arg: unknown): ObjectNode | undefined {
  const node = arg as Partial<ExplorerNode> | undefined;
  return node && (node.kind === 'function' || node.kind === 'flow') ? (node as ObjectNode) : undefined;
}
