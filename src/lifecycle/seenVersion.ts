// What the user last saw of a function or flow, and what a command's change does when PostHog holds
// a newer version. Commands that change an object outside its documents (enable / disable, rename,
// flow status, delete) send the `updated_at` the user last saw as `base_updated_at`, so they never
// overwrite a change the user has not seen; a 409 refreshes the item and says what changed, offering
// Retry (which sends the refreshed version). Such a change is never re-sent without the guard.
import { StaleUpdateError } from '../api/errors';
import type { ClientPool } from '../connections/clients';
import type { ExplorerTree } from '../explorer/tree';
import type { PostHogFileSystem } from '../fileSystem/provider';
import { fetchObject, type PostHogObject } from '../objects/objectApi';
import type { ObjectRef } from '../objects/objectRef';
import { ErrorWithSteps } from '../ui/errorMessages';

export interface SeenDeps {
  readonly clients: ClientPool;
  /** The open posthog:// documents: what they were read from, and told about changes commands make. */
  readonly documents: Pick<PostHogFileSystem, 'lastSeen' | 'objectChanged'>;
  readonly explorer: Pick<ExplorerTree, 'knownSummary'>;
}

/** Fields that change with every write, or are derived from others: not worth naming. */
const NOT_NAMED = new Set(['updated_at', 'bytecode', 'transpiled', 'draft_updated_at']);

/**
 * The newest version the user has seen: the explorer's item or one of the object's documents.
 * Undefined when neither shows the object (a command given only ids): the user has seen no version
 * that a change could overwrite unseen.
 */
export function lastSeen(deps: SeenDeps, ref: ObjectRef): string | undefined {
  const versions = [deps.explorer.knownSummary(ref)?.updated_at, deps.documents.lastSeen(ref)];
  // PostHog's updated_at strings share one fixed-width ISO format, so the newest sorts last.
  return versions.filter((v): v is string => typeof v === 'string').sort().at(-1);
}

/**
 * Runs `send` with the version the user last saw; resolves with its answer and that version. On 409
 * the object is fetched again, the explorer and the clean documents show it, and the error names
 * what changed; `what` completes "Retry to … it anyway" ("disable", "rename").
 */
export async function sendSeen<T>(deps: SeenDeps, ref: ObjectRef, what: string, send: (base: string | undefined) => Promise<T>, signal: AbortSignal): Promise<{ answer: T; base: string | undefined }> {
  const base = lastSeen(deps, ref);
  try {
    return { answer: await send(base), base };
  } catch (error) {
    if (!(error instanceof StaleUpdateError)) throw error;
    throw await changedMeanwhile(deps, ref, what, signal);
  }
}

async function changedMeanwhile(deps: SeenDeps, ref: ObjectRef, what: string, signal: AbortSignal): Promise<Error> {
  const before = deps.explorer.knownSummary(ref) as Record<string, unknown> | undefined;
  const { client } = await deps.clients.get(ref.authority);
  const { object } = await fetchObject(client, ref, signal);
  deps.documents.objectChanged(ref, undefined, object, []);
  const fields = before ? differingFields(before, object) : [];
  const which = fields.length > 0 ? ` (${fields.join(', ')})` : '';
  const name = object.name || before?.name || ref.id;
  return new ErrorWithSteps(
    `“${String(name)}” was changed on PostHog since you last saw it${which}, so nothing was sent over it; the explorer now shows that version. Retry to ${what} it anyway.`,
    ['retry'],
  );
}

/** The top-level fields of `before` that `after` holds with another value. */
function differingFields(before: Record<string, unknown>, after: PostHogObject): string[] {
  const now = after as unknown as Record<string, unknown>;
  return Object.keys(before).filter((key) => !NOT_NAMED.has(key) && key in now && JSON.stringify(before[key]) !== JSON.stringify(now[key]));
}
