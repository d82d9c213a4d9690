// The posthog:// documents VS Code holds right now, and which of them a tab shows.
import * as vscode from 'vscode';

/** The open text document of a URI, if VS Code holds one. */
export function openDocument(uri: vscode.Uri | string): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/** The documents shown in editor tabs (either side of a diff included). */
export function shownUris(): Set<string> {
  const uris = new Set<string>();
  for (const tab of vscode.window.tabGroups.all.flatMap((group) => group.tabs)) {
    if (tab.input instanceof vscode.TabInputText) uris.add(tab.input.uri.toString());
    if (tab.input instanceof vscode.TabInputTextDiff) {
      uris.add(tab.input.original.toString());
      uris.add(tab.input.modified.toString());
    }
  }
  return uris;
}
