// Compare: VS Code's diff editor with the version on PostHog (read-only, fetched when it opens) on
// the left and the buffer on the right.
import * as vscode from 'vscode';
import { serverVersionUri } from '../fileSystem/uris';

export async function compareWithServer(uri: vscode.Uri): Promise<void> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  await vscode.commands.executeCommand('vscode.diff', serverVersionUri(uri), uri, `${name} (PostHog ↔ yours)`);
}
