// `posthog.bulkDeleteArchivedFlows`: every archived flow of a project, permanently, after a confirm
// listing their names. One GET of the archived flows (per page), one POST bulk_delete.
//
// bulk_delete takes no precondition: the confirm lists what that fresh GET found, and PostHog
// deletes only flows still archived, but an archived flow changed between the GET and the POST is
// deleted with that change (a race PostHog leaves open).
import type { LifecycleDeps } from '../lifecycle/deps';
import type { ProjectRef } from '../objects/objectRef';

const NAMES_SHOWN = 20;

/** Resolves with how many flows PostHog deleted (0 when there were none, or the user declined). */
export async function bulkDeleteArchivedFlows(deps: LifecycleDeps, project: ProjectRef, signal: AbortSignal): Promise<number> {
  const { client } = await deps.clients.get(project.authority);
  const archived = await client.hogFlows.list(project.projectId, { status: 'archived' }, { signal }).all();
  if (archived.length === 0) {
    void deps.prompts.current.info('This project has no archived flows.', []);
    return 0;
  }
  const names = archived.map((f) => `• ${f.name ?? 'Untitled flow'}`);
  const more = names.length > NAMES_SHOWN ? [`…and ${names.length - NAMES_SHOWN} more`] : [];
  const plural = archived.length === 1 ? 'flow' : 'flows';
  const confirmed = await deps.prompts.current.confirm(
    `Permanently delete ${archived.length} archived ${plural}?`,
    [...names.slice(0, NAMES_SHOWN), ...more, '', 'This cannot be undone.'].join('\n'),
    'Delete',
  );
  if (!confirmed) return 0;
  const { deleted } = await client.hogFlows.bulkDelete(project.projectId, archived.map((f) => f.id), { signal });
  deps.explorer.refreshFlows(project);
  void deps.prompts.current.info(`Deleted ${deleted} archived ${deleted === 1 ? 'flow' : 'flows'}.`, []);
  return deleted;
}
