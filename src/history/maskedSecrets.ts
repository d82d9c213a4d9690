// `posthog.reenterMaskedSecrets`: the project's functions that store the secret mask instead of a
// real value (PostHog's masked_secrets); the picked one's configuration opens to enter them again.
// Run on a function (the tree marks those in masked_secrets), its configuration opens directly.
import type * as vscode from 'vscode';
import type { MaskedSecret } from '../api/types/revisions';
import { keysToReenter } from '../explorer/presentation';
import { showDocument } from '../fileSystem/showDocument';
import type { ProjectRef } from '../objects/objectRef';
import type { Target } from '../targets/resolveTarget';
import type { HistoryDeps } from './showHistory';

export async function reenterMaskedSecrets(deps: HistoryDeps, project: ProjectRef, signal: AbortSignal): Promise<vscode.TextEditor | undefined> {
  const { client } = await deps.clients.get(project.authority);
  const masked = await client.hogFunctions.maskedSecrets(project.projectId, { signal });
  if (masked.length === 0) {
    void deps.prompts.current.info('No function of this project stores a masked secret.', []);
    return undefined;
  }
  const items = masked.map((fn) => ({
    label: fn.name || `Function ${fn.id}`,
    description: fn.type,
    detail: `Re-enter: ${keysToReenter(fn)}`,
    value: fn,
  }));
  const picked = await deps.prompts.current.pick(items, { title: 'Functions whose secrets must be entered again' });
  if (!picked) return undefined;
  return showDocument(deps.clients, { ...project, kind: 'function', id: picked.id }, 'functionConfig', { name: picked.name, type: picked.type }, signal);
}

/**
 * Opens one function's configuration; `masked` (what the tree knows, if anything) names the inputs
 * to enter, so no masked_secrets request is needed.
 */
export async function reenterFunctionSecrets(
  deps: HistoryDeps, target: Target<'function'>, masked: MaskedSecret | undefined, signal: AbortSignal,
): Promise<vscode.TextEditor> {
  const look = target.summary && { name: target.summary.name, type: target.summary.type };
  const editor = await showDocument(deps.clients, target.ref, 'functionConfig', look, signal);
  if (masked) void deps.prompts.current.info(`Enter ${keysToReenter(masked)} again under "inputs" (as { "value": … }), then save.`, []);
  return editor;
}
