import * as vscode from 'vscode';
import type { ClientPool } from '../connections/clients';
import { renderDocument } from '../documents/formats';
import { POSTHOG_SCHEME } from '../documents/address';
import { fetchObject, type FetchedObject } from '../objects/objectApi';
import { fetchSnapshotText } from '../documents/snapshots';
import { addressOf } from './uris';

/**
 * `posthog-server:` documents: the current version on PostHog, read-only, for Compare. Remembers,
 * per posthog:// document, the version it last showed: an Overwrite after a Compare is based on
 * what the user saw, so a change made since then conflicts again instead of being overwritten.
 */
export class ServerVersionProvider implements vscode.TextDocumentContentProvider {
  private readonly shown = new Map<string, FetchedObject>();

  constructor(private readonly clients: ClientPool) {}

  /** The version last shown for the posthog:// document `uri`, if Compare showed one. */
  lastShown(uri: vscode.Uri): FetchedObject | undefined {
    return this.shown.get(uri.toString());
  }

  /** Forgets what was shown for `uri` (its base moved past it). */
  forget(uri: vscode.Uri): void {
    this.shown.delete(uri.toString());
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const address = addressOf(uri);
    if (!address) throw vscode.FileSystemError.FileNotFound(uri);
    const controller = new AbortController();
    const subscription = token.onCancellationRequested(() => controller.abort());
    try {
      const { client } = await this.clients.get(address.object.authority);
      // `content` asks for the fields a revision holds (what a revision is compared with).
      if (new URLSearchParams(uri.query).has('content')) return await fetchSnapshotText(client, address, controller.signal);
      const fetched = await fetchObject(client, address.object, controller.signal);
      this.shown.set(uri.with({ scheme: POSTHOG_SCHEME, query: '' }).toString(), fetched);
      return renderDocument(address.kind, fetched.object);
    } finally {
      subscription.dispose();
    }
  }
}
