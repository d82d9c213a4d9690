import * as vscode from 'vscode';
import { ApiError } from '../api/errors';
import type { ClientPool } from '../connections/clients';
import type { ConnectionStore } from '../connections/store';
import type { PrompterSlot } from '../ui/prompter';
import { reportError } from '../ui/reportError';
import { objectKey, type DocumentAddress } from '../documents/address';
import { locateAttr } from '../documents/attrLocation';
import type { SaveDiagnostics } from '../fileSystem/diagnostics';
import { UnknownBaseError } from '../fileSystem/fsErrors';
import { fetchObject, numericProjectId } from '../documents/objects';
import type { SaveFailure } from '../fileSystem/provider';
import { addressOf, serverVersionUri } from '../fileSystem/uris';

export interface SaveFailureDeps {
  readonly prompts: PrompterSlot;
  readonly log: vscode.LogOutputChannel;
  readonly store: ConnectionStore;
  readonly clients: ClientPool;
  readonly diagnostics: SaveDiagnostics;
  /** Sets the version the next save of a document is based on. */
  rebase(uri: vscode.Uri, updatedAt: string): void;
  /** How many saves of a document reached the file system so far. */
  writeCount(uri: vscode.Uri): number;
}

/**
 * After a failed save: marks the field PostHog rejected, then offers the next step in a message
 * that does not hold up the save: Compare / Overwrite for a conflict, Retry for a network or server
 * problem, Sign In Again for a rejected key. Dismissing it means "keep editing".
 */
export class SaveFailureHandler {
  constructor(private readonly deps: SaveFailureDeps) {}

  handle(failure: SaveFailure): void {
    this.markRejectedField(failure);
    const { uri, address, error } = failure;
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const unknownBase = error instanceof UnknownBaseError;
    void reportError(this.deps.prompts, this.deps.log, error, {
      action: `Saving “${name}”`,
      report: unknownBase ? { message: `Saving “${name}” failed: ${error.message} Compare first, then overwrite if yours should win.`, steps: ['compare', 'overwrite'] } : undefined,
      handlers: {
        retry: () => this.saveAgain(uri),
        compare: () => this.compare(uri, name),
        overwrite: () => this.overwrite(uri, address, name),
        signIn: () => vscode.commands.executeCommand('posthog.signIn', { host: this.deps.store.get(address.authority)?.baseUrl }),
      },
    });
  }

  /** Opens VS Code's diff editor: the version on PostHog (read-only) against the buffer. */
  async compare(uri: vscode.Uri, name: string): Promise<void> {
    await vscode.commands.executeCommand('vscode.diff', serverVersionUri(uri), uri, `${name} (PostHog ↔ yours)`);
  }

  /**
   * Saves the document again. VS Code may still be finishing the save that just failed (this runs
   * without waiting for it), and while it is, it answers a new save() with that one's result
   * without writing. So try again, briefly, until a write reaches the file system.
   */
  private async saveAgain(uri: vscode.Uri): Promise<void> {
    for (let attempt = 0; attempt < 40; attempt++) {
      const document = openDocument(uri);
      if (!document?.isDirty) return;
      const writes = this.deps.writeCount(uri);
      await document.save();
      if (this.deps.writeCount(uri) > writes) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async overwrite(uri: vscode.Uri, address: DocumentAddress, name: string): Promise<void> {
    const confirmed = await this.deps.prompts.current.confirm(
      `Overwrite the version of “${name}” on PostHog?`,
      'Someone else saved changes after you opened it. Your version replaces theirs; their changes to these fields are lost.',
      'Overwrite',
    );
    if (!confirmed) return;
    const projectId = numericProjectId(address);
    if (projectId === undefined) return;
    const { client } = await this.deps.clients.get(address.authority);
    const current = await fetchObject(client, address, projectId);
    this.deps.rebase(uri, current.updated_at);
    await this.saveAgain(uri);
  }

  /** A 400 naming a field puts a diagnostic on it: in this document or in the other open view of the object. */
  private markRejectedField({ uri, address, text, error }: SaveFailure): void {
    if (!(error instanceof ApiError) || error.status !== 400 || !error.attr) return;
    const message = `PostHog: ${error.detail}`;
    const here = locateAttr(address.kind, text, error.attr);
    if (here) return this.deps.diagnostics.set(uri, text, here.offset, here.length, message);
    for (const document of vscode.workspace.textDocuments) {
      const other = addressOf(document.uri);
      if (!other || document.uri.scheme !== uri.scheme || objectKey(other) !== objectKey(address) || other.kind === address.kind) continue;
      const otherText = document.getText();
      const there = locateAttr(other.kind, otherText, error.attr);
      if (there) return this.deps.diagnostics.set(document.uri, otherText, there.offset, there.length, message);
    }
  }
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}
