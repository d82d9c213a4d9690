// `posthog.showHistory`: the object's revisions; the picked one opens in a diff editor against the
// current version on PostHog, both limited to the fields a revision holds.
import * as vscode from 'vscode';
import type { ClientPool } from '../connections/clients';
import { currentContentUri, documentUri } from '../fileSystem/uris';
import type { Target } from '../targets/resolveTarget';
import { targetName } from '../targets/targetInfo';
import type { PrompterSlot } from '../ui/prompter';
import { NoRevisionsError, pickRevision } from './revisionList';
import { chooseDocumentKind, snapshotUri } from './snapshotDocuments';

export interface HistoryDeps {
  readonly clients: ClientPool;
  readonly prompts: PrompterSlot;
}

/** The compared documents (revision, current), or undefined when no revision was picked. */
export interface HistoryDiff {
  readonly revision: vscode.Uri;
  readonly current: vscode.Uri;
}

export async function showHistory(deps: HistoryDeps, target: Target, signal: AbortSignal): Promise<HistoryDiff | undefined> {
  const { client } = await deps.clients.get(target.ref.authority);
  const name = await targetName(client, target, signal);
  let picked;
  try {
    picked = await pickRevision(deps.prompts, client, target.ref, `History of “${name}”`, signal);
  } catch (error) {
    if (!(error instanceof NoRevisionsError)) throw error;
    void deps.prompts.current.info(`“${name}” ${error.message}`, []);
    return undefined;
  }
  if (!picked) return undefined;
  const kind = await chooseDocumentKind(deps.prompts, target);
  const revision = snapshotUri(target.ref, kind, name, { kind: 'revision', version: picked.version });
  const current = currentContentUri(documentUri(target.ref, kind, name));
  await vscode.commands.executeCommand('vscode.diff', revision, current, `${name}: version ${picked.version} ↔ now`, { preview: false });
  return { revision, current };
}
