import * as vscode from 'vscode';
import type { ClientPool } from '../connections/clients';
import { renderDocument } from '../documents/formats';
import { fetchSnapshotText } from '../documents/snapshots';
import { fetchObject } from '../objects/objectApi';
import { addressOf } from './uris';

/** `posthog-server:` documents: the current version on PostHog, read-only, for Compare. */
export class ServerVersionProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly clients: ClientPool) {}

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const address = addressOf(uri);
    if (!address) throw vscode.FileSystemError.FileNotFound(uri);
    const controller = new AbortController();
    const subscription = token.onCancellationRequested(() => controller.abort());
    try {
      const { client } = await this.clients.get(address.object.authority);
      // `content` asks for the fields a revision holds (what a revision is compared with).
      if (new URLSearchParams(uri.query).has('content')) return await fetchSnapshotText(client, address, controller.signal);
      return renderDocument(address.kind, (await fetchObject(client, address.object, controller.signal)).object);
    } finally {
      subscription.dispose();
    }
  }
}
