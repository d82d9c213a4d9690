import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import { authorityOf, normalizeBaseUrl, secretKeyFor } from './baseUrl';

/** A PostHog instance the user signed in to. The API key is not here: it lives in SecretStorage. */
export interface Connection {
  readonly baseUrl: string;
  /** `host[:port]`: one connection per authority, the authority of its posthog:// documents. */
  readonly authority: string;
  /** The key saw no project when it was checked at sign-in (a new account, or no access yet). */
  readonly noProjects?: boolean;
}

interface StoredConnection {
  baseUrl: string;
  noProjects?: boolean;
}

const STATE_KEY = 'posthog.connections';

/** The list of connections in globalState, and their keys in SecretStorage. */
export class ConnectionStore extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly state: vscode.Memento,
    private readonly secrets: vscode.SecretStorage,
  ) {
    super();
  }

  list(): Connection[] {
    const stored = this.state.get<unknown>(STATE_KEY);
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((item: unknown) => {
      const { baseUrl, noProjects } = (item as Partial<StoredConnection> | null) ?? {};
      if (typeof baseUrl !== 'string') return [];
      try {
        const normalized = normalizeBaseUrl(baseUrl);
        return [{ baseUrl: normalized, authority: authorityOf(normalized), ...(noProjects === true ? { noProjects } : {}) }];
      } catch {
        return [];
      }
    });
  }

  get(authority: string): Connection | undefined {
    return this.list().find((c) => c.authority === authority);
  }

  async apiKey(connection: Connection): Promise<string | undefined> {
    return this.secrets.get(secretKeyFor(connection.baseUrl));
  }

  /** Adds a connection, or replaces the one with the same authority (and its key). */
  async save(baseUrl: string, apiKey: string, noProjects = false): Promise<Connection> {
    const connection: Connection = { baseUrl, authority: authorityOf(baseUrl), ...(noProjects ? { noProjects } : {}) };
    const previous = this.get(connection.authority);
    if (previous && previous.baseUrl !== baseUrl) await this.secrets.delete(secretKeyFor(previous.baseUrl));
    await this.secrets.store(secretKeyFor(baseUrl), apiKey);
    const others = this.list().filter((c) => c.authority !== connection.authority);
    await this.state.update(STATE_KEY, [...others, connection].map(stored));
    this.changed.fire();
    return connection;
  }

  async remove(connection: Connection): Promise<void> {
    await this.secrets.delete(secretKeyFor(connection.baseUrl));
    const rest = this.list().filter((c) => c.authority !== connection.authority);
    await this.state.update(STATE_KEY, rest.map(stored));
    this.changed.fire();
  }
}

function stored(c: Connection): StoredConnection {
  return c.noProjects ? { baseUrl: c.baseUrl, noProjects: true } : { baseUrl: c.baseUrl };
}
