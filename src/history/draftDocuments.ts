// `posthog.openDraft` and `posthog.compareDraft`: the staged draft as its own read-only document,
// beside the live one or in a diff with it.
import * as vscode from 'vscode';
import { documentUri, serverVersionUri } from '../fileSystem/uris';
import type { Target } from '../targets/resolveTarget';
import { targetName } from '../targets/targetInfo';
import type { HistoryDeps } from './showHistory';
import { chooseDocumentKind, snapshotUri } from './snapshotDocuments';

export async function openDraft(deps: HistoryDeps, target: Target, signal: AbortSignal): Promise<vscode.Uri | undefined> {
  const uris = await draftUris(deps, target, signal);
  if (!uris) return undefined;
  const document = await vscode.workspace.openTextDocument(uris.draft);
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return uris.draft;
}

export async function compareDraft(deps: HistoryDeps, target: Target, signal: AbortSignal): Promise<vscode.Uri | undefined> {
  const uris = await draftUris(deps, target, signal);
  if (!uris) return undefined;
  await vscode.commands.executeCommand('vscode.diff', serverVersionUri(uris.live), uris.draft, `${uris.name}: live ↔ draft`, { preview: false });
  return uris.draft;
}

/** The draft and live URIs of the chosen document; undefined (and a message) when nothing is staged. */
async function draftUris(deps: HistoryDeps, target: Target, signal: AbortSignal): Promise<{ draft: vscode.Uri; live: vscode.Uri; name: string } | undefined> {
  const { client } = await deps.clients.get(target.ref.authority);
  const object = target.ref.kind === 'flow'
    ? await client.hogFlows.get(target.ref.projectId, target.ref.id, { signal })
    : await client.hogFunctions.get(target.ref.projectId, target.ref.id, { signal });
  const name = await targetName(client, { ...target, summary: target.summary ?? object } as Target, signal);
  if (!object.draft) {
    void deps.prompts.current.info(`“${name}” has no draft.`, []);
    return undefined;
  }
  const kind = await chooseDocumentKind(deps.prompts, target);
  return { draft: snapshotUri(target.ref, kind, name, { kind: 'draft' }), live: documentUri(target.ref, kind, name), name };
}
