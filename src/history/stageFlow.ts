// `posthog.saveFlowAsDraft`: the flow document's text goes to the draft of an active flow
// (`stage_draft`), fenced with the version the document was read from; an open draft the user has
// not seen is replaced only after asking. Metadata in it (name, description, status) still applies live.
import * as vscode from 'vscode';
import type { HogFlow, HogFlowPatch } from '../api/types/hogFlow';
import { parseDocument } from '../documents/formats';
import type { DocumentVersions } from '../documents/versions';
import { addressOf, documentUri } from '../fileSystem/uris';
import type { Target } from '../targets/resolveTarget';
import { ProblemAtError } from '../ui/problemAt';
import type { DraftDeps } from './publish';
import { snapshotUri } from './snapshotDocuments';

export interface StageDeps extends DraftDeps {
  readonly versions: DocumentVersions;
}

/** The flow with its new draft, or undefined when declined. */
export async function saveFlowAsDraft(deps: StageDeps, target: Target<'flow'>, signal: AbortSignal): Promise<HogFlow | undefined> {
  const { ref } = target;
  const document = flowDocument(target);
  const base = deps.versions.get(document.uri.toString())?.base;
  if (base === undefined) throw new Error('Open the flow from PostHog first: its document holds no version to stage from.');
  const parsed = parseDocument('flow', document.getText());
  if (!parsed.ok) {
    const range = new vscode.Range(document.positionAt(parsed.offset), document.positionAt(parsed.offset + parsed.length));
    throw new ProblemAtError(`Not staged: ${parsed.message}`, document.uri, range);
  }
  const { client } = await deps.clients.get(ref.authority);
  const current = await client.hogFlows.get(ref.projectId, ref.id, { signal });
  if (current.status !== 'active') throw new Error('Only an active flow stages a draft; save this one (Ctrl+S) to change it live.');
  const name = current.name ?? 'Untitled flow';
  if (current.draft_updated_at && !(await deps.prompts.current.confirm(`“${name}” already has a draft.`, 'Replace it with this document?', 'Replace Draft'))) return undefined;
  const staged = await client.hogFlows.drafts.stage(ref.projectId, ref.id, parsed.fields as HogFlowPatch, {
    baseUpdatedAt: current.draft_updated_at ?? base,
    baseLiveUpdatedAt: base,
    signal,
  });
  // Only metadata changed live; the buffer's content is now the draft, so it is shown beside.
  deps.documents.objectChanged(ref, base, staged, ['name', 'description', 'status']);
  const draft = await vscode.workspace.openTextDocument(snapshotUri(ref, 'flow', addressOf(document.uri)?.name ?? name, { kind: 'draft' }));
  await vscode.window.showTextDocument(draft, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return staged;
}

function flowDocument(target: Target<'flow'>): vscode.TextDocument {
  const uri = target.uri ?? documentUri(target.ref, 'flow', target.summary?.name);
  const key = uri.with({ query: '' }).toString();
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)
    ?? vscode.workspace.textDocuments.find((d) => {
      const address = addressOf(d.uri);
      return d.uri.scheme === 'posthog' && !address?.source && address?.object.id === target.ref.id && address.object.authority === target.ref.authority;
    });
  if (!document) throw new Error('Open the flow’s document, edit it, then save it as a draft.');
  return document;
}
