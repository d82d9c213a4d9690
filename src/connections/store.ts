import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import { authorityOf, normalizeBaseUrl, secretKeyFor } from './baseUrl';

/** A PostHog instance the user signed in to. The API key is not here: it lives in SecretStorage. */
export interface Connection {
  readonly baseUrl: string;
  /** `host[:port]`: one connection per authority, the authority of its posthog:// documents. */
  readonly authority: string;
}

interface StoredConnection {
  baseUrl: string;
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
      const baseUrl = (item as Partial<StoredConnection> | null)?.baseUrl;
      if (typeof baseUrl !== 'string') return [];
      try {
        const normalized = normalizeBaseUrl(baseUrl);
        return [{ baseUrl: normalized, authority: authorityOf(normalized) }];
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
  async save(baseUrl: string, apiKey: string): Promise<Connection> {
    const connection = { baseUrl, authority: authorityOf(baseUrl) };
    const previous = this.get(connection.authority);
    if (previous && previous.baseUrl !== baseUrl) await this.secrets.delete(secretKeyFor(previous.baseUrl));
    await this.secrets.store(secretKeyFor(baseUrl), apiKey);
    const others = this.list().filter((c) => c.authority !== connection.authority);
    await this.state.update(STATE_KEY, [...others, connection].map((c): StoredConnection => ({ baseUrl: c.baseUrl })));
    this.changed.fire();
    return connection;
  }

  async remove(connection: Connection): Promise<void> {
    await this.secrets.delete(secretKeyFor(connection.baseUrl));
    const rest = this.list().filter((c) => c.authority !== connection.authority);
    await this.state.update(STATE_KEY, rest.map((c): StoredConnection => ({ baseUrl: c.baseUrl })));
    this.changed.fire();
  }
}
