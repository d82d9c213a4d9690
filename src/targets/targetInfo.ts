// What is known about a target without asking PostHog, and its name (asking when it must).
import type { PostHogClient } from '../api';
import type { ExplorerTree } from '../explorer/tree';
import { addressOf } from '../fileSystem/uris';
import { fetchObject, type SummaryOf } from '../objects/objectApi';
import { OBJECT_KINDS, type ObjectKind } from '../objects/objectRef';
import type { Target } from './resolveTarget';

/** The object's latest summary: the tree's (commands update it) or the node's the command ran on. */
export function knownSummary<K extends ObjectKind>(explorer: Pick<ExplorerTree, 'knownSummary'>, target: Target<K>): SummaryOf<K> | undefined {
  return explorer.knownSummary(target.ref) ?? target.summary;
}

/** The name to show for a target: the one it came with (node or document tab), else PostHog's (one GET). */
export async function targetName(client: PostHogClient, target: Target, signal?: AbortSignal): Promise<string> {
  const known = target.summary?.name ?? (target.uri && addressOf(target.uri)?.name);
  if (known) return known;
  const { object } = await fetchObject(client, target.ref, signal);
  return object.name || `${OBJECT_KINDS[target.ref.kind].label} ${target.ref.id}`;
}
