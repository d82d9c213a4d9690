import * as vscode from 'vscode';
import type { DocumentKind } from '../documents/address';
import { documentUri } from '../fileSystem/uris';
import { objectOfNode, type ExplorerNode } from '../explorer/nodes';

type ObjectNode = Extract<ExplorerNode, { kind: 'function' | 'flow' }>;

/** The posthog:// URI of a function's code or configuration, or a flow's definition. */
export function uriForNode(node: ObjectNode, kind: DocumentKind): vscode.Uri {
  return documentUri(objectOfNode(node), kind, node.summary.name);
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

function asObjectNode(arg: unknown): ObjectNode | undefined {
  const node = arg as Partial<ExplorerNode> | undefined;
  return node && (node.kind === 'function' || node.kind === 'flow') ? (node as ObjectNode) : undefined;
}
