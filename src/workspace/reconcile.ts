// Pairs each object's three views (local files, lock entry, PostHog) and says where it stands.
// Pure: no files, no requests. Objects pair by slug through the lock; an object PostHog has that
// the lock does not know pairs with a local file of the same slug and no lock entry, if any, and
// otherwise gets a new unique slug from its name.
import { contentHash, sameContent } from './content';
import type { LocalObject } from './localFiles';
import type { LockEntry } from './lock';
import type { ObjectKind } from './model';
import type { RemoteObject } from './remote';
import { slugify, uniqueSlug } from './slugs';

export type SyncStatus =
  | 'unchanged' | 'modified' | 'server-changed' | 'both' | 'new' | 'deleted-locally' | 'gone' | 'server-new';

export interface ObjectState {
  kind: ObjectKind;
  slug: string;
  status: SyncStatus;
  local: LocalObject | null;
  lock: LockEntry | null;
  remote: RemoteObject | null;
  /** The files changed since the lock's version (or there is no lock entry). */
  localChanged: boolean;
  /** PostHog's `updated_at` is not the lock's (or there is no lock entry). */
  serverChanged: boolean;
  /** Files and PostHog hold the same content (both present, files readable). */
  inSync: boolean;
}

export interface ReconcileInput {
  kind: ObjectKind;
  locals: Map<string, LocalObject>;
  lock: Map<string, LockEntry>;
  /** Id → object. */
  remotes: Map<string, RemoteObject>;
}

export function reconcile(input: ReconcileInput): ObjectState[] {
  const { kind, locals, lock, remotes } = input;
  const claimed = new Set<string>();
  const states: ObjectState[] = [];
  for (const [slug, entry] of lock) {
    const remote = remotes.get(entry.id) ?? null;
    if (remote) claimed.add(remote.id);
    states.push(stateOf(kind, slug, locals.get(slug) ?? null, entry, remote));
  }
  const unclaimed = [...remotes.values()].filter((remote) => !claimed.has(remote.id)).sort(byNameThenId);
  for (const [slug, local] of locals) {
    if (lock.has(slug)) continue;
    const match = unclaimed.find((remote) => !claimed.has(remote.id) && slugify(remote.name, kind) === slug);
    if (match) claimed.add(match.id);
    states.push(stateOf(kind, slug, local, null, match ?? null));
  }
  const taken = new Set([...lock.keys(), ...locals.keys()]);
  for (const remote of unclaimed.filter((candidate) => !claimed.has(candidate.id))) {
    states.push(stateOf(kind, uniqueSlug(slugify(remote.name, kind), taken), null, null, remote));
  }
  return states.sort((a, b) => a.slug.localeCompare(b.slug));
}

function stateOf(kind: ObjectKind, slug: string, local: LocalObject | null, lock: LockEntry | null, remote: RemoteObject | null): ObjectState {
  const content = local?.content ?? null;
  const localChanged = local !== null && (lock === null || content === null || contentHash(kind, content) !== lock.sha256);
  const serverChanged = remote !== null && (lock === null || remote.updatedAt !== lock.updated_at);
  const inSync = content !== null && remote !== null && sameContent(kind, content, remote.content);
  const state = { kind, slug, local, lock, remote, localChanged, serverChanged, inSync };
  return { ...state, status: statusOf(state) };
}

function statusOf(state: Omit<ObjectState, 'status'>): SyncStatus {
  const { local, lock, remote } = state;
  if (!remote) return lock ? 'gone' : 'new';
  if (!local) return lock ? 'deleted-locally' : 'server-new';
  if (state.inSync || (!state.localChanged && !state.serverChanged)) return 'unchanged';
  if (state.localChanged && state.serverChanged) return 'both';
  return state.localChanged ? 'modified' : 'server-changed';
}

function byNameThenId(a: RemoteObject, b: RemoteObject): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}
