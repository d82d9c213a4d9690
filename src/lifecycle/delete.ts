// Delete a function: a modal confirm naming it, then one PATCH {deleted: true} (PostHog refuses
// DELETE for functions), guarded with the version the user last saw (seenVersion.ts). Its open
// documents close unless they hold unsaved edits.
import * as vscode from 'vscode';
import { objectOfUri } from '../fileSystem/uris';
import { objectKey, type ObjectRef } from '../objects/objectRef';
import type { Target } from '../targets/resolveTarget';
import { knownSummary } from '../targets/targetInfo';
import type { LifecycleDeps } from './deps';
import { sendSeen } from './seenVersion';

/** Resolves true when the function was deleted, false when the user declined. */
export async function deleteFunction(deps: LifecycleDeps, target: Target<'function'>, signal: AbortSignal): Promise<boolean> {
  const { ref } = target;
  const { client } = await deps.clients.get(ref.authority);
  const name = knownSummary(deps.explorer, target)?.name ?? (await client.hogFunctions.get(ref.projectId, ref.id, { signal })).name;
  const confirmed = await deps.prompts.current.confirm(
    `Delete the function “${name}”?`,
    'It stops running and disappears from PostHog. PostHog keeps a soft-deleted copy that only its API can restore.',
    'Delete',
  );
  if (!confirmed) return false;
  const deleteSeen = (baseUpdatedAt: string | undefined) => client.hogFunctions.softDelete(ref.projectId, ref.id, { signal, baseUpdatedAt });
  const { answer: deleted } = await sendSeen(deps, ref, 'delete', deleteSeen, signal);
  await closeCleanDocuments(ref);
  deps.explorer.refreshFunctionGroup(ref, deleted.type);
  vscode.window.setStatusBarMessage(`PostHog: deleted “${name}”`, 5000);
  return true;
}

/** Closes the tabs of the deleted object's documents; tabs with unsaved edits stay open. */
async function closeCleanDocuments(ref: ObjectRef): Promise<void> {
  const key = objectKey(ref);
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => {
    const object = tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === 'posthog' ? objectOfUri(tab.input.uri) : undefined;
    return object !== undefined && objectKey(object) === key && !tab.isDirty;
  });
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}
