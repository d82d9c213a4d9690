// "Run test invocation" and "Edit test globals" above the first line of a function's Hog code.
import * as vscode from 'vscode';
import { addressOf } from '../fileSystem/uris';

export const CODE_LENS_SELECTOR: vscode.DocumentSelector = { scheme: 'posthog', language: 'hog' };

export class TestInvocationCodeLens implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (addressOf(document.uri)?.kind !== 'functionCode') return [];
    const top = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(top, { title: '$(play) Run test invocation', command: 'posthog.testInvocation', arguments: [document.uri] }),
      new vscode.CodeLens(top, { title: 'Edit test globals', command: 'posthog.editTestGlobals', arguments: [document.uri] }),
    ];
  }
}
