// Picking a revision of an object, one page at a time as PostHog pages them (newest first).
import type { PostHogClient } from '../api';
import type { Page } from '../api/validate';
import type { Revision } from '../api/types/revisions';
import type { ObjectRef } from '../objects/objectRef';
import type { PickItem, PrompterSlot } from '../ui/prompter';

const MORE = 'Load older revisions…';

/** The revision the user picks; undefined when dismissed. A NoRevisionsError when PostHog has none. */
export async function pickRevision(prompts: PrompterSlot, client: PostHogClient, ref: ObjectRef, title: string, signal: AbortSignal): Promise<Revision | undefined> {
  const list = (ref.kind === 'flow' ? client.hogFlows : client.hogFunctions).revisions.list(ref.projectId, ref.id, {}, { signal });
  let page: Page<Revision> = await list.page();
  if (page.results.length === 0) throw new NoRevisionsError();
  const shown: Revision[] = [];
  for (;;) {
    shown.push(...page.results);
    const items: PickItem<Revision | 'more'>[] = shown.map((revision) => ({ ...describeRevision(revision), value: revision }));
    if (page.next) items.push({ label: MORE, value: 'more' });
    const picked = await prompts.current.pick(items, { title, matchOnDetails: true });
    if (picked !== 'more') return picked;
    page = await list.pageAt(page.next!);
  }
}

export class NoRevisionsError extends Error {
  constructor() {
    super('has no revisions yet: PostHog writes the first one when its content (code, inputs, filters…) first changes.');
    this.name = 'NoRevisionsError';
  }
}

/** Version, when, who. */
export function describeRevision(revision: Revision): { label: string; description: string; detail: string } {
  const who = revision.created_by;
  const by = who ? [who.first_name, who.last_name].filter(Boolean).join(' ') || who.email : undefined;
  return {
    label: `Version ${revision.version}`,
    description: new Date(revision.created_at).toLocaleString(),
    detail: by ? `by ${by}` : 'the state before the first tracked change',
  };
}
