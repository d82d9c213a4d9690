import * as vscode from 'vscode';
import { PostHogClient } from '../api';
import { Disposable } from '../common/lifecycle';
import type { Config } from '../config/config';
import { NotSignedInError } from './errors';
import type { Connection, ConnectionStore } from './store';

export interface ConnectedClient {
  readonly connection: Connection;
  readonly client: PostHogClient;
}

/**
 * One API client per connection, created on first use with the key from SecretStorage and dropped
 * when the connections change (sign in/out) or the time-out, response size or proxy settings change
 * (clients keep theirs).
 */
export class ClientPool extends Disposable {
  private readonly clients = new Map<string, Promise<ConnectedClient>>();

  constructor(
    private readonly store: ConnectionStore,
    private readonly log: vscode.LogOutputChannel,
    private readonly config: Config,
  ) {
    super();
    this.register(store.onDidChange(() => this.clear()));
    this.register(
      config.onDidChange((changed) => {
        if (changed.has('requestTimeoutMs') || changed.has('maxResponseBytes') || changed.has('proxy')) this.clear();
      }),
    );
  }

  /** The client for a connection's authority (`host[:port]`); NotSignedInError when there is none. */
  get(authority: string): Promise<ConnectedClient> {
    let entry = this.clients.get(authority);
    if (!entry) {
      entry = this.create(authority);
      this.clients.set(authority, entry);
      entry.catch(() => this.clients.delete(authority));
    }
    return entry;
  }

  /** A client for a key that is not stored yet (sign-in verification). The caller closes it. */
  createUnstored(baseUrl: string, apiKey: string): PostHogClient {
    return new PostHogClient({
      baseUrl,
      apiKey,
      timeoutMs: this.config.requestTimeoutMs,
      maxResponseBytes: this.config.maxResponseBytes,
      proxy: this.config.proxy,
      onRequest: (e) => {
        const outcome = e.status ?? e.error ?? 'no response';
        this.log.debug(`${e.method} ${e.path} → ${outcome} (${e.durationMs} ms, attempt ${e.attempt})`);
      },
    });
  }

  private async create(authority: string): Promise<ConnectedClient> {
    const connection = this.store.get(authority);
    const apiKey = connection && (await this.store.apiKey(connection));
    if (!connection || !apiKey) throw new NotSignedInError(authority);
    return { connection, client: this.createUnstored(connection.baseUrl, apiKey) };
  }

  private clear(): void {
    const old = [...this.clients.values()];
    this.clients.clear();
    for (const entry of old) entry.then((c) => c.client.close()).catch(() => undefined);
  }

  override dispose(): void {
    this.clear();
    super.dispose();
  }
}
