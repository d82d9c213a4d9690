import * as vscode from 'vscode';
import type { ClientPool } from '../connections/clients';
import { renderDocument } from '../documents/formats';
import { fetchObject, numericProjectId } from '../documents/objects';
import { addressOf } from './uris';

/** `posthog-server:` documents: the current version on PostHog, read-only, for Compare. */
export class ServerVersionProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly clients: ClientPool) {}

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const address = addressOf(uri);
    const projectId = address && numericProjectId(address);
    if (!address || projectId === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    const controller = new AbortController();
    const subscription = token.onCancellationRequested(() => controller.abort());
    try {
      const { client } = await this.clients.get(address.authority);
      return renderDocument(address.kind, await fetchObject(client, address, projectId, controller.signal));
    } finally {
      subscription.dispose();
    }
  }
}
