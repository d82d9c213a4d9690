// The posthog:// documents: the model of what each is based on, the file system over it, the
// problems a save found, and what the Hog language features know about function code.
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import type { ClientPool } from '../connections/clients';
import { POSTHOG_SCHEME, SERVER_VERSION_SCHEME } from '../documents/address';
import { DocumentVersions } from '../documents/versions';
import { AutoSaves } from './autoSaves';
import { SaveDiagnostics } from './diagnostics';
import { FunctionContexts } from './functionContexts';
import { PostHogFileSystem } from './provider';
import { ServerVersionProvider } from './serverVersion';

export class PostHogDocuments extends Disposable {
  readonly versions = new DocumentVersions();
  readonly diagnostics = this.register(new SaveDiagnostics());
  readonly functionContexts = this.register(new FunctionContexts());
  readonly autoSaves: AutoSaves;
  readonly fileSystem: PostHogFileSystem;
  readonly serverVersions: ServerVersionProvider;

  /** `tell` shows a one-line note; `autoSaveDeploys`: whether auto-saves are sent to PostHog (setting `posthog.autoSave`). */
  constructor(clients: ClientPool, autoSaveDeploys: () => boolean, tell: (message: string) => void) {
    super();
    this.autoSaves = this.register(new AutoSaves(autoSaveDeploys));
    this.fileSystem = this.register(new PostHogFileSystem({ clients, versions: this.versions, diagnostics: this.diagnostics, autoSaves: this.autoSaves, tell }));
    this.register(
      this.fileSystem.onDidLoadObject((loaded) => {
        if (loaded.kind === 'function') this.functionContexts.update(loaded.ref, loaded.object);
      }),
    );
    this.register(vscode.workspace.registerFileSystemProvider(POSTHOG_SCHEME, this.fileSystem, { isCaseSensitive: true }));
    this.serverVersions = new ServerVersionProvider(clients);
    this.register(vscode.workspace.registerTextDocumentContentProvider(SERVER_VERSION_SCHEME, this.serverVersions));
  }
}
