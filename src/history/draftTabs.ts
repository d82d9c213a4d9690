// Draft documents are read once when opened; after a publish or discard their text is gone, so
// their tabs close.
import * as vscode from 'vscode';
import { objectKey, type ObjectRef } from '../objects/objectRef';
import { addressOf } from '../fileSystem/uris';

export function closeDraftDocuments(ref: ObjectRef): void {
  const key = objectKey(ref);
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => {
    const uris = tab.input instanceof vscode.TabInputText ? [tab.input.uri] : tab.input instanceof vscode.TabInputTextDiff ? [tab.input.original, tab.input.modified] : [];
    return uris.some((uri) => {
      const address = addressOf(uri);
      return address?.source?.kind === 'draft' && objectKey(address.object) === key;
    });
  });
  if (tabs.length > 0) void vscode.window.tabGroups.close(tabs);
}
