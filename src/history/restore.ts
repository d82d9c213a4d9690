// `posthog.restoreRevision`: PostHog copies a revision into the draft (live stays as it is); an open
// draft is replaced only after asking. Then the publish flow is one click away.
import * as vscode from 'vscode';
import { DraftExistsError } from '../api/errors';
import type { PostHogClient } from '../api';
import { DOCUMENTS_OF } from '../documents/address';
import { documentUri } from '../fileSystem/uris';
import type { PostHogObject } from '../objects/objectApi';
import type { ObjectRef } from '../objects/objectRef';
import type { Target } from '../targets/resolveTarget';
import { targetName } from '../targets/targetInfo';
import type { DraftDeps } from './publish';
import { pickRevision } from './revisionList';

const PUBLISH = 'Publish…';
const OPEN = 'Open Draft';

/** `version` from the argument, else picked. The object with its new draft, or undefined when declined. */
export async function restoreRevision(deps: DraftDeps, target: Target, version: number | undefined, signal: AbortSignal): Promise<PostHogObject | undefined> {
  const { ref } = target;
  const { client } = await deps.clients.get(ref.authority);
  const name = await targetName(client, target, signal);
  const chosen = version ?? (await pickRevision(deps.prompts, client, ref, `Restore a version of “${name}” as its draft`, signal))?.version;
  if (chosen === undefined) return undefined;
  let restored: PostHogObject;
  try {
    restored = await restore(client, ref, chosen, false, null, signal);
  } catch (error) {
    if (!(error instanceof DraftExistsError)) throw error;
    // The draft the user agrees to replace; a flow's restore is fenced with it.
    const current = ref.kind === 'flow' ? (await client.hogFlows.get(ref.projectId, ref.id, { signal })).draft_updated_at ?? null : null;
    const replace = await deps.prompts.current.confirm(`“${name}” already has a draft.`, `Replace it with version ${chosen}? Its staged changes are lost.`, 'Replace Draft');
    if (!replace) return undefined;
    restored = await restore(client, ref, chosen, true, current, signal);
  }
  offerNextSteps(deps, ref, name, chosen);
  return restored;
}

function restore(client: PostHogClient, ref: ObjectRef, version: number, overwrite: boolean, draftUpdatedAt: string | null, signal: AbortSignal): Promise<PostHogObject> {
  if (ref.kind === 'flow') {
    const options = overwrite ? { overwrite, expectedDraftUpdatedAt: draftUpdatedAt } : { overwrite };
    return client.hogFlows.revisions.restore(ref.projectId, ref.id, version, options, { signal });
  }
  return client.hogFunctions.revisions.restore(ref.projectId, ref.id, version, { overwrite }, { signal });
}

/** Not awaited: the notification stays until the user acts, and the command is done. */
function offerNextSteps(deps: DraftDeps, ref: ObjectRef, name: string, version: number): void {
  const uri = documentUri(ref, DOCUMENTS_OF[ref.kind][0]!, name).toString();
  void Promise.resolve(deps.prompts.current.info(`Version ${version} is now the draft of “${name}”. Publish it to make it live.`, [PUBLISH, OPEN])).then((choice) => {
    if (choice === PUBLISH) void vscode.commands.executeCommand('posthog.publishDraft', { uri });
    if (choice === OPEN) void vscode.commands.executeCommand('posthog.openDraft', { uri });
  });
}
