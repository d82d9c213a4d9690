// After a failed save: marks the field PostHog rejected, then offers the next step in a message that
// does not hold up the save: Compare / Overwrite for a conflict, Retry for a network or server
// problem, Sign In Again for a rejected key. Dismissing it means "keep editing".
//
// The file system only announces the failure; from there this flow goes one way: it reads and moves
// the document's base version in the documents model and saves through VS Code like the user would.
import * as vscode from 'vscode';
import { ApiError } from '../api/errors';
import type { HogFunction } from '../api/types/hogFunction';
import { Disposable } from '../common/lifecycle';
import type { ClientPool } from '../connections/clients';
import type { ConnectionStore } from '../connections/store';
import { SERVER_VERSION_SCHEME, type DocumentAddress } from '../documents/address';
import { locateAttr } from '../documents/attrLocation';
import { UnknownBaseError } from '../documents/unknownBase';
import type { DocumentVersions } from '../documents/versions';
import type { SaveDiagnostics } from '../fileSystem/diagnostics';
import type { PostHogFileSystem, SaveFailure } from '../fileSystem/provider';
import type { ServerVersionProvider } from '../fileSystem/serverVersion';
import { addressOf } from '../fileSystem/uris';
import type { MergeResult } from '../merge';
import { fetchObject } from '../objects/objectApi';
import { objectKey } from '../objects/objectRef';
import type { PrompterSlot } from '../ui/prompter';
import type { ErrorReporter } from '../ui/reportError';
import { compareWithServer } from './compare';
import { offerDeletedElsewhere, type DeletedElsewhereDeps } from './deletedElsewhere';
import { mergeWithServer } from './merge';
import { overwriteWith } from './overwrite';
import { saveAgain } from './saveAgain';

export interface FailedSavesDeps {
  readonly prompts: PrompterSlot;
  readonly errors: ErrorReporter;
  readonly store: ConnectionStore;
  readonly clients: ClientPool;
  /** Each open document's base version: read here, and moved by Overwrite. */
  readonly versions: DocumentVersions;
  readonly diagnostics: SaveDiagnostics;
  readonly fileSystem: Pick<PostHogFileSystem, 'onDidFailSave' | 'onDidLoadObject'>;
  readonly explorer: DeletedElsewhereDeps['explorer'];
  /** What Compare showed: the version an Overwrite is based on. */
  readonly serverVersions: Pick<ServerVersionProvider, 'lastShown' | 'forget'>;
  /** Signs in again to the connection at `baseUrl` (asking only for the key). */
  signIn(baseUrl: string | undefined): unknown;
}

export class FailedSaves extends Disposable {
  /** The last version read of each function, by object key: what "Save as New Function" starts from. */
  private readonly lastRead = new Map<string, HogFunction>();

  constructor(private readonly deps: FailedSavesDeps) {
    super();
    this.register(deps.fileSystem.onDidFailSave((failure) => this.handle(failure)));
    this.register(
      deps.fileSystem.onDidLoadObject((loaded) => {
        if (loaded.kind === 'function') this.lastRead.set(objectKey(loaded.ref), loaded.object);
      }),
    );
  }

  private handle(failure: SaveFailure): void {
    this.markRejectedField(failure);
    const { uri, address, error } = failure;
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    if (error instanceof ApiError && error.status === 404) {
      const lastRead = () => this.lastRead.get(objectKey(address.object));
      void offerDeletedElsewhere({ ...this.deps, lastRead }, failure, name).catch((stepError: unknown) => this.deps.errors.report(stepError, { action: 'Save as New Function' }));
      return;
    }
    const unknownBase = error instanceof UnknownBaseError;
    void this.deps.errors.report(error, {
      action: `Saving “${name}”`,
      report: unknownBase ? { message: `Saving “${name}” failed: ${error.message} Compare first, then overwrite if yours should win.`, steps: ['compare', 'overwrite'] } : undefined,
      handlers: {
        retry: () => saveAgain(uri, this.deps.versions),
        compare: () => compareWithServer(uri),
        merge: () => this.merge(uri),
        overwrite: () => this.overwrite(uri, address, name),
        signIn: () => this.deps.signIn(this.deps.store.get(address.object.authority)?.baseUrl),
      },
    });
  }

  /** `posthog.mergeWithServer`: merges the version on PostHog into the buffer of `uri`; sends nothing. */
  async merge(uri: vscode.Uri): Promise<MergeResult | undefined> {
    const address = addressOf(uri);
    if (!address) throw new Error(`Not a PostHog document: ${uri.toString()}`);
    const result = await mergeWithServer(this.deps, uri, address);
    if (result) this.deps.serverVersions.forget(uri);
    return result;
  }

  /**
   * After a confirm, bases the document on the version the user saw (Compare's, else one GET now)
   * and saves it again: only the fields the user edited replace theirs.
   */
  private async overwrite(uri: vscode.Uri, address: DocumentAddress, name: string): Promise<void> {
    const confirmed = await this.deps.prompts.current.confirm(
      `Overwrite the version of “${name}” on PostHog?`,
      'Someone else saved changes after you opened it. The fields you edited replace theirs; their changes to the other fields stay.',
      'Overwrite',
    );
    if (!confirmed) return;
    // What a Compare still on screen shows; a Compare closed since is no longer what the user sees.
    let theirs = comparisonShown(uri) ? this.deps.serverVersions.lastShown(uri) : undefined;
    if (!theirs) {
      const { client } = await this.deps.clients.get(address.object.authority);
      theirs = await fetchObject(client, address.object);
    }
    this.deps.serverVersions.forget(uri);
    await overwriteWith(uri, address, theirs, this.deps.versions);
  }

  /** A 400 naming a field puts a diagnostic on it: in this document or in the other open view of the object. */
  private markRejectedField({ uri, address, text, error }: SaveFailure): void {
    if (!(error instanceof ApiError) || error.status !== 400 || !error.attr) return;
    const message = `PostHog: ${error.detail}`;
    const here = locateAttr(address.kind, text, error.attr);
    if (here) return this.deps.diagnostics.set(uri, text, here.offset, here.length, message);
    for (const document of vscode.workspace.textDocuments) {
      const other = addressOf(document.uri);
      if (!other || document.uri.scheme !== uri.scheme || objectKey(other.object) !== objectKey(address.object) || other.kind === address.kind) continue;
      const otherText = document.getText();
      const there = locateAttr(other.kind, otherText, error.attr);
      if (there) return this.deps.diagnostics.set(document.uri, otherText, there.offset, there.length, message);
    }
  }
}

/** Whether a Compare of `uri` with the version on PostHog is open in a tab. */
function comparisonShown(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some(({ input }) => input instanceof vscode.TabInputTextDiff && input.original.scheme === SERVER_VERSION_SCHEME && input.modified.toString() === uri.toString()),
  );
}
