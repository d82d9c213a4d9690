// Auto-save deploys only when `posthog.autoSave` is on. VS Code tells the file system nothing about
// why it writes, so the reason is learnt from onWillSaveTextDocument, which fires for the document
// just before its save reaches writeFile. A refused auto-save throws (the buffer stays dirty); the
// error's message is the same quiet hint the status bar shows, so the notification VS Code raises
// for a failed save says no more than "press Ctrl+S".
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import { POSTHOG_SCHEME } from '../documents/address';
import { openDocument } from './openDocuments';

export const NOT_SAVED_HINT = 'Not saved to PostHog yet: press Ctrl+S';

const AUTOMATIC = new Set([vscode.TextDocumentSaveReason.AfterDelay, vscode.TextDocumentSaveReason.FocusOut]);

function autoSaveOn(uri: vscode.Uri): boolean {
  const languageId = openDocument(uri)?.languageId;
  return vscode.workspace.getConfiguration('files', languageId ? { uri, languageId } : uri).get('autoSave') !== 'off';
}

export class AutoSaves extends Disposable {
  private readonly reasons = new Map<string, vscode.TextDocumentSaveReason>();
  /** Documents whose last auto-save was refused and which are still dirty. */
  private readonly refused = new Set<string>();
  private readonly hint = this.register(vscode.window.createStatusBarItem('posthog.notSaved', vscode.StatusBarAlignment.Left));

  constructor(private readonly deploys: () => boolean) {
    super();
    this.hint.name = 'PostHog: not saved';
    this.hint.text = `$(circle-outline) ${NOT_SAVED_HINT}`;
    this.hint.tooltip = 'Auto-save does not deploy to PostHog (setting posthog.autoSave).';
    this.register(
      vscode.workspace.onWillSaveTextDocument(({ document, reason }) => {
        if (document.uri.scheme === POSTHOG_SCHEME) this.reasons.set(document.uri.toString(), reason);
      }),
    );
    this.register(vscode.workspace.onDidSaveTextDocument((document) => this.settle(document.uri.toString())));
    this.register(vscode.workspace.onDidCloseTextDocument((document) => this.settle(document.uri.toString())));
    this.register(
      vscode.workspace.onDidChangeTextDocument(({ document }) => {
        if (!document.isDirty) this.settle(document.uri.toString());
      }),
    );
  }

  /**
   * Called by writeFile before anything is sent: throws when this write is an auto-save that must
   * not deploy.
   */
  check(uri: vscode.Uri): void {
    const key = uri.toString();
    const reason = this.reasons.get(key);
    this.reasons.delete(key);
    // TextDocumentSaveReason has no WindowChange: a window change is reported as FocusOut. VS Code
    // gives up on the event when the extension host is slow to answer: the reason is then unknown,
    // and counts as an auto-save when auto-save is on for the document (pressing Ctrl+S again saves).
    const automatic = reason === undefined ? autoSaveOn(uri) : AUTOMATIC.has(reason);
    if (!automatic || this.deploys()) return;
    this.refused.add(key);
    this.hint.show();
    throw new vscode.FileSystemError(NOT_SAVED_HINT);
  }

  /** The status-bar hint while it shows (for tests). */
  get shownHint(): string | undefined {
    return this.refused.size > 0 ? NOT_SAVED_HINT : undefined;
  }

  private settle(uri: string): void {
    if (!this.refused.delete(uri) || this.refused.size > 0) return;
    this.hint.hide();
  }
}
