// The posthog:// documents: the model of what each is based on, the file system over it, the
// problems a save found, and what the Hog language features know about function code.
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import type { ClientPool } from '../connections/clients';
import { POSTHOG_SCHEME, SERVER_VERSION_SCHEME } from '../documents/address';
import { DocumentVersions } from '../documents/versions';
import { SaveDiagnostics } from './diagnostics';
import { FunctionContexts } from './functionContexts';
import { PostHogFileSystem } from './provider';
import { ServerVersionProvider } from './serverVersion';

export class PostHogDocuments extends Disposable {
  readonly versions = new DocumentVersions();
  readonly diagnostics = this.register(new SaveDiagnostics());
  readonly functionContexts = this.register(new FunctionContexts());
  readonly fileSystem: PostHogFileSystem;

  constructor(clients: ClientPool) {
    super();
    this.fileSystem = this.register(new PostHogFileSystem({ clients, versions: this.versions, diagnostics: this.diagnostics }));
    this.register(
      this.fileSystem.onDidLoadObject((loaded) => {
        if (loaded.kind === 'function') this.functionContexts.update(loaded.ref, loaded.object);
      }),
    );
    this.register(vscode.workspace.registerFileSystemProvider(POSTHOG_SCHEME, this.fileSystem, { isCaseSensitive: true }));
    this.register(vscode.workspace.registerTextDocumentContentProvider(SERVER_VERSION_SCHEME, new ServerVersionProvider(clients)));
  }
}
