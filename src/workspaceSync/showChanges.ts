// "PostHog: Show Changes": each object's standing between the files and PostHog; picking one opens
// the diff PostHog's version ↔ the files.
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { objectFiles, objectLabel, type ObjectKind, type ObjectState, type SyncStatus } from '../workspace';
import { baseUriOf } from './baseUris';
import type { SyncDeps } from './deps';
import { withOperationProgress } from './operation';
import { syncedFolder } from './pickFolder';
import { STATUS_LABELS } from './statusLabels';

export interface ObjectChange {
  kind: ObjectKind;
  slug: string;
  status: SyncStatus;
  /** As the SCM view names it: `modified locally`, `changed on server`, … */
  label: string;
  files: string[];
}

export async function showChanges(deps: SyncDeps, folderArgument: unknown, signal: AbortSignal): Promise<ObjectChange[]> {
  const dir = await syncedFolder(deps, folderArgument);
  const states = await withOperationProgress(`Comparing ${basename(dir)} with PostHog…`, signal, (cancel) => deps.sync.refresh(dir, cancel));
  const changes = states.map(changeOf);
  const changed = changes.filter((change) => change.status !== 'unchanged');
  if (changed.length === 0) {
    void deps.prompts.current.info(`${basename(dir)} and PostHog agree (${changes.length} object(s)).`, []);
    return changes;
  }
  void pickAndOpen(deps, dir, changed);
  return changes;
}

async function pickAndOpen(deps: SyncDeps, dir: string, changed: ObjectChange[]): Promise<void> {
  const items = changed.flatMap((change) =>
    change.files.map((file) => ({ label: file, description: `${objectLabel(change.kind, change.slug)}: ${change.label}`, value: file })),
  );
  const file = await deps.prompts.current.pick(items, { title: 'Changes against PostHog (pick one to compare)', matchOnDetails: true });
  if (file === undefined) return;
  const uri = vscode.Uri.file(join(dir, file));
  await vscode.commands.executeCommand('vscode.diff', baseUriOf(uri), uri, `${file} (PostHog ↔ files)`);
}

function changeOf(state: ObjectState): ObjectChange {
  return { kind: state.kind, slug: state.slug, status: state.status, label: STATUS_LABELS[state.status], files: objectFiles(state.kind, state.slug) };
}
