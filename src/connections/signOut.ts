import type { PrompterSlot } from '../ui/prompter';
import { authorityOf, connectionLabel, normalizeBaseUrl } from './baseUrl';
import type { Connection, ConnectionStore } from './store';

/**
 * `posthog.signOut`: forgets a connection and deletes its key. Accepts `{ host }` (automation) or a
 * connection node from the explorer; otherwise asks which connection when there are several.
 */
export async function signOut(store: ConnectionStore, prompts: PrompterSlot, arg: unknown): Promise<Connection | undefined> {
  const target = fromArgument(store, arg) ?? (await pickConnection(prompts, store.list()));
  if (!target) return undefined;
  await store.remove(target);
  return target;
}

function fromArgument(store: ConnectionStore, arg: unknown): Connection | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { host, authority } = arg as Record<string, unknown>;
  if (typeof authority === 'string') return store.get(authority);
  if (typeof host === 'string') return store.get(authorityOf(normalizeBaseUrl(host)));
  return undefined;
}

async function pickConnection(prompts: PrompterSlot, connections: Connection[]): Promise<Connection | undefined> {
  if (connections.length <= 1) return connections[0];
  return prompts.current.pick(
    connections.map((c) => ({ label: connectionLabel(c.baseUrl), description: c.baseUrl, value: c })),
    { title: 'Sign out of PostHog', placeholder: 'Which connection?' },
  );
}
