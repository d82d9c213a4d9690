// Reaching the extension under test through its exported API, and small waiting helpers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostHogHogApi } from '../../../src/extension';
import type { ExplorerNode } from '../../../src/explorer/nodes';
import { ScriptedPrompter } from './prompter';

export const EXTENSION_ID = 'hogdev.posthog-hog';

export async function activateExtension(): Promise<PostHogHogApi> {
  const extension = vscode.extensions.getExtension<PostHogHogApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  await api.testing.ready;
  return api;
}

/** Installs a scripted prompter for the duration of a suite; returns it. */
export function usePrompter(api: PostHogHogApi): ScriptedPrompter {
  const prompter = new ScriptedPrompter();
  api.testing.setPrompter(prompter);
  return prompter;
}

export async function children(api: PostHogHogApi, node?: ExplorerNode): Promise<ExplorerNode[]> {
  return (await api.explorer.getChildren(node)) ?? [];
}

/** The child with this kind whose label (tree item) matches. */
export async function child(api: PostHogHogApi, parent: ExplorerNode | undefined, test: (n: ExplorerNode, label: string) => boolean): Promise<ExplorerNode> {
  const nodes = await children(api, parent);
  const found = nodes.find((n) => test(n, labelOf(api, n)));
  assert.ok(found, `no matching child under ${parent?.id ?? 'the root'}; children: ${nodes.map((n) => n.id).join(', ')}`);
  return found;
}

export function labelOf(api: PostHogHogApi, node: ExplorerNode): string {
  const item = api.explorer.getTreeItem(node) as vscode.TreeItem;
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

export async function treeItem(api: PostHogHogApi, node: ExplorerNode): Promise<vscode.TreeItem> {
  return api.explorer.getTreeItem(node);
}

export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Replaces the whole text of a document (like typing), leaving it dirty. */
export async function replaceText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.equal(await vscode.workspace.applyEdit(edit), true, 'the edit was not applied');
  assert.equal(document.isDirty, true);
}

/** Reverts every dirty document (so closing asks nothing), then closes all editors. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
