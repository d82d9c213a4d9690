// `posthog.publishDraft`: preview first (what changes, and for flows the impact on runs in flight),
// confirm in a modal, publish with the preview's confirm token. A token gone stale (the draft or the
// live object changed, or it expired) shows the new preview instead of failing.
import { ApiError, StaleUpdateError } from '../api/errors';
import type { HogFlowPublishPreview, HogFunctionPublishPreview } from '../api/types/revisions';
import type { PostHogFileSystem } from '../fileSystem/provider';
import type { PostHogObject } from '../objects/objectApi';
import type { Target } from '../targets/resolveTarget';
import { targetName } from '../targets/targetInfo';
import { closeDraftDocuments } from './draftTabs';
import { describePreview } from './previewText';
import type { HistoryDeps } from './showHistory';

export interface DraftDeps extends HistoryDeps {
  readonly documents: Pick<PostHogFileSystem, 'objectChanged'>;
}

/** Previews shown before giving up on a token that keeps going stale (someone keeps changing the draft). */
const MAX_PREVIEWS = 3;

/** The published object, or undefined when the user declined. */
export async function publishDraft(deps: DraftDeps, target: Target, signal: AbortSignal): Promise<PostHogObject | undefined> {
  const { ref } = target;
  const { client } = await deps.clients.get(ref.authority);
  const name = await targetName(client, target, signal);
  let note = '';
  for (let shown = 1; ; shown++) {
    const preview: HogFunctionPublishPreview | HogFlowPublishPreview = ref.kind === 'flow'
      ? await client.hogFlows.drafts.preview(ref.projectId, ref.id, { signal })
      : await client.hogFunctions.drafts.preview(ref.projectId, ref.id, { signal });
    if (!(await deps.prompts.current.confirm(`${note}Publish the draft of “${name}”?`, describePreview(preview), 'Publish'))) return undefined;
    try {
      const published = ref.kind === 'flow'
        ? (await client.hogFlows.drafts.publish(ref.projectId, ref.id, preview.confirm_token, { signal })).workflow
        : (await client.hogFunctions.drafts.publish(ref.projectId, ref.id, preview.confirm_token, { signal })).function;
      deps.documents.objectChanged(ref, undefined, published, 'changed_fields' in preview ? preview.changed_fields : CONTENT_CHANGED);
      closeDraftDocuments(ref);
      return published;
    } catch (error) {
      if (!isStaleToken(error) || shown >= MAX_PREVIEWS) throw error;
      note = 'The draft or the live version changed since the last preview. ';
    }
  }
}

/** Every field a flow's content shows in; the flow preview does not list them. */
const CONTENT_CHANGED = ['actions', 'edges', 'trigger', 'trigger_masking', 'conversion', 'exit_condition', 'email_sending_rate_limit', 'abort_action', 'variables'];

/** 409 stale_update, or a 400 on confirm_token (expired or unknown): preview again. */
function isStaleToken(error: unknown): boolean {
  return error instanceof StaleUpdateError || (error instanceof ApiError && error.status === 400 && error.attr === 'confirm_token');
}
