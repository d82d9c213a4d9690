// Delete a function: a modal confirm naming it, then one PATCH {deleted: true} (PostHog refuses
// DELETE for functions). Its open documents close unless they hold unsaved edits.
import * as vscode from 'vscode';
import { objectOfUri } from '../fileSystem/uris';
import { objectKey } from '../objects/objectRef';
import type { CommandRun } from '../ui/commands';
import { clientFor, type LifecycleDeps } from './context';
import { knownFunction } from './known';
import { objectTarget, type ObjectTarget } from './target';
import { refreshGroupOf } from './treeUpdates';

/** Resolves true when the function was deleted, false when the user declined. */
export async function deleteFunction(deps: LifecycleDeps, run: CommandRun, arg: unknown): Promise<boolean> {
  const target = objectTarget(deps.store, arg, 'function');
  const client = await clientFor(deps, target.project);
  const name = knownFunction(deps, target)?.name ?? (await client.hogFunctions.get(target.project.projectId, target.id, { signal: run.signal })).name;
  const confirmed = await deps.prompts.current.confirm(
    `Delete the function “${name}”?`,
    'It stops running and disappears from PostHog. PostHog keeps a soft-deleted copy that only its API can restore.',
    'Delete',
  );
  if (!confirmed) return false;
  const deleted = await client.hogFunctions.softDelete(target.project.projectId, target.id, { signal: run.signal });
  await closeCleanDocuments(target);
  refreshGroupOf(deps.explorer, target.project, deleted.type);
  vscode.window.setStatusBarMessage(`PostHog: deleted “${name}”`, 5000);
  return true;
}

/** Closes the tabs of the deleted object's documents; tabs with unsaved edits stay open. */
async function closeCleanDocuments(target: ObjectTarget): Promise<void> {
  const key = objectKey({ ...target.project, kind: 'function', id: target.id });
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => {
    const object = tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === 'posthog' ? objectOfUri(tab.input.uri) : undefined;
    return object !== undefined && objectKey(object) === key && !tab.isDirty;
  });
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}
