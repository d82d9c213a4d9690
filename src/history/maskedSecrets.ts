// `posthog.reenterMaskedSecrets`: the project's functions that store the secret mask instead of a
// real value (PostHog's masked_secrets); the picked one's configuration opens to enter them again.
import type * as vscode from 'vscode';
import { showDocument } from '../fileSystem/showDocument';
import type { ProjectRef } from '../objects/objectRef';
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
    detail: `Re-enter: ${[...fn.input_keys, ...fn.draft_input_keys.map((key) => `${key} (draft)`)].join(', ')}`,
    value: fn,
  }));
  const picked = await deps.prompts.current.pick(items, { title: 'Functions whose secrets must be entered again' });
  if (!picked) return undefined;
  return showDocument(deps.clients, { ...project, kind: 'function', id: picked.id }, 'functionConfig', { name: picked.name, type: picked.type }, signal);
}
