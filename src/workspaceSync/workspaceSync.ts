// One PostHog source control per folder with functions and flows as files, the read-only
// `posthog-ws-base:` documents its diffs open (PostHog's version of each file), and the refreshes:
// on saving a file of the folder, on files changing on disk, and on the refresh command.
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import type { ObjectState } from '../workspace';
import { BASE_SCHEME, fileOfBase, relativeFile } from './baseUris';
import type { ObjectRef } from '../objects/objectRef';
import { FolderSourceControl, localCopyKey } from './folderSourceControl';
import type { PostHogFolders } from './folders';
import type { OperationDeps } from './operation';

const REFRESH_DELAY_MS = 300;

export class WorkspaceSync extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly controls = new Map<string, FolderSourceControl>();
  private readonly baseChanged = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.baseChanged.event;
  private readonly copiesChanged = this.register(new vscode.EventEmitter<void>());
  /** Fires after a comparison, when the set of objects with a local copy may have changed. */
  readonly onDidChangeLocalCopies = this.copiesChanged.event;

  constructor(
    private readonly deps: OperationDeps & { readonly log: vscode.LogOutputChannel },
    readonly folders: PostHogFolders,
  ) {
    super();
    this.register(vscode.workspace.registerTextDocumentContentProvider(BASE_SCHEME, this));
    this.register(folders.onDidAdd((dir) => this.control(dir)));
    folders.list().forEach((dir) => this.control(dir));
    this.register(vscode.workspace.onDidSaveTextDocument((document) => this.fileChanged(document.uri)));
  }

  /** The source control of a folder (tracking the folder from now on). */
  control(dir: string): FolderSourceControl {
    const path = this.folders.add(dir);
    let control = this.controls.get(path);
    if (!control) {
      control = this.register(new FolderSourceControl(this.deps, path));
      this.controls.set(path, control);
      this.register(
        control.onDidRefresh(() => {
          this.baseDocumentsChanged(path);
          this.copiesChanged.fire();
        }),
      );
      // No comparison yet (activation sends no request): the first quick diff, save, file change,
      // pull or refresh compares.
      this.watch(path);
    }
    return control;
  }

  refresh(dir: string, signal?: AbortSignal): Promise<ObjectState[]> {
    return this.control(dir).refresh(signal);
  }

  /** The main file of an object's local copy, if a known folder holds it. */
  localCopyOf(ref: ObjectRef): string | undefined {
    const key = localCopyKey(ref.authority, ref.projectId, ref.kind, ref.id);
    for (const control of this.controls.values()) {
      const file = control.localCopies.get(key);
      if (file !== undefined) return file;
    }
    return undefined;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = fileOfBase(uri);
    const dir = this.folders.folderOf(file);
    if (dir === undefined) return '';
    return this.control(dir).serverText(relativeFile(dir, file));
  }

  private watch(dir: string): void {
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dir), '{functions,flows}/*.{hog,yaml}')));
    let timer: NodeJS.Timeout | undefined;
    const later = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.refreshQuietly(dir), REFRESH_DELAY_MS);
    };
    this.register({ dispose: () => clearTimeout(timer) });
    this.register(watcher.onDidChange(later));
    this.register(watcher.onDidCreate(later));
    this.register(watcher.onDidDelete(later));
  }

  private fileChanged(uri: vscode.Uri): void {
    if (uri.scheme !== 'file') return;
    const dir = this.folders.folderOf(uri.fsPath);
    if (dir !== undefined && this.controls.has(dir)) void this.refreshQuietly(dir);
  }

  private async refreshQuietly(dir: string): Promise<void> {
    await this.refresh(dir).catch((error: unknown) => this.logFailure(dir, error));
  }

  private baseDocumentsChanged(dir: string): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme === BASE_SCHEME && this.folders.folderOf(fileOfBase(document.uri)) === dir) this.baseChanged.fire(document.uri);
    }
  }

  private logFailure(dir: string, error: unknown): void {
    this.deps.log.warn(`Comparing ${dir} with PostHog failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

