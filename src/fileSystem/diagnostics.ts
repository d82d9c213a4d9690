import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import { positionAt } from '../documents/attrLocation';

/**
 * Problems found while saving (invalid JSON, a field PostHog rejected), shown on the document.
 * They are cleared on the next save attempt and as soon as the document is edited.
 */
export class SaveDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('posthog'));

  constructor() {
    super();
    this.register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.collection.has(e.document.uri)) this.collection.delete(e.document.uri);
      }),
    );
  }

  /** Marks `length` characters at `offset` of `text` (the text that was being saved). */
  set(uri: vscode.Uri, text: string, offset: number, length: number, message: string): void {
    const start = positionAt(text, offset);
    const end = positionAt(text, offset + Math.max(length, 1));
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'PostHog';
    this.collection.set(uri, [diagnostic]);
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }
}
