// `posthog.discardDraft`: asks first, then drops the staged draft (live content stays as it is).
import type { PostHogObject } from '../objects/objectApi';
import type { Target } from '../targets/resolveTarget';
import { targetName } from '../targets/targetInfo';
import { closeDraftDocuments } from './draftTabs';
import type { DraftDeps } from './publish';

/** The object without its draft, or undefined when the user declined. */
export async function discardDraft(deps: DraftDeps, target: Target, signal: AbortSignal): Promise<PostHogObject | undefined> {
  const { ref } = target;
  const { client } = await deps.clients.get(ref.authority);
  const name = await targetName(client, target, signal);
  if (!(await deps.prompts.current.confirm(`Discard the draft of “${name}”?`, 'The staged changes are lost; the live version stays as it is.', 'Discard'))) {
    return undefined;
  }
  const object = ref.kind === 'flow'
    ? await client.hogFlows.drafts.discard(ref.projectId, ref.id, { signal })
    : await client.hogFunctions.drafts.discard(ref.projectId, ref.id, { signal });
  // A flow's discard moves updated_at (no field changed): the explorer and clean documents follow.
  deps.documents.objectChanged(ref, undefined, object, []);
  closeDraftDocuments(ref);
  return object;
}
