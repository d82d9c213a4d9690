// "Run locally" and "Debug locally" above the first line of a function's Hog code (beside "Run test
// invocation") and of any `.hog` file.
import * as vscode from 'vscode';
import { addressOf } from '../fileSystem/uris';

export const LOCAL_RUN_SELECTOR: vscode.DocumentSelector = { language: 'hog' };

export class LocalRunCodeLens implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const posthog = document.uri.scheme === 'posthog';
    if (posthog && addressOf(document.uri)?.kind !== 'functionCode') return [];
    const top = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(top, { title: '$(run) Run locally', command: 'posthog.runLocally', arguments: [document.uri] }),
      new vscode.CodeLens(top, { title: '$(debug-alt) Debug locally', command: 'posthog.debugLocally', arguments: [document.uri] }),
    ];
  }
}
