// The PostHog source control of one folder: a resource group of the objects whose files and
// PostHog's version differ (the status of `hog status`), each opening as a diff server ↔ files, and
// a quick diff so edited files show gutter changes against PostHog's version.
import { join } from 'node:path';
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import { compareWithServer, objectFiles, objectLabel, serverTexts, type ObjectState } from '../workspace';
import { baseUriOf, isObjectFile, relativeFile } from './baseUris';
import { openOperation, type OperationDeps } from './operation';
import { STATUS_LABELS } from './statusLabels';

export class FolderSourceControl extends Disposable {
  readonly sourceControl: vscode.SourceControl;
  readonly changes: vscode.SourceControlResourceGroup;
  private states: ObjectState[] = [];
  /** `authority/project/kind/id` → the object's main file, for the objects this folder holds. */
  private copies = new Map<string, string>();
  /** Workspace-relative path → PostHog's text of that file (as a pull would write it). */
  private serverFiles = new Map<string, string>();
  private loaded: Promise<ObjectState[]> | undefined;
  private running: Promise<ObjectState[]> | undefined;
  private queued: Promise<ObjectState[]> | undefined;
  private readonly refreshed = this.register(new vscode.EventEmitter<readonly ObjectState[]>());
  readonly onDidRefresh = this.refreshed.event;

  constructor(
    private readonly deps: OperationDeps,
    readonly dir: string,
  ) {
    super();
    this.sourceControl = this.register(vscode.scm.createSourceControl('posthog', 'PostHog', vscode.Uri.file(dir)));
    this.changes = this.register(this.sourceControl.createResourceGroup('changes', 'Changes against PostHog'));
    this.changes.hideWhenEmpty = false;
    this.sourceControl.quickDiffProvider = { provideOriginalResource: (uri) => this.originalOf(uri) };
    this.sourceControl.inputBox.visible = false;
    this.sourceControl.statusBarCommands = [{ command: 'posthog.pushChanges', title: '$(cloud-upload) Push to PostHog', arguments: [{ folder: dir }] }];
  }

  /** The last compared states; compares first when there are none yet. */
  current(): Promise<ObjectState[]> {
    return this.loaded ?? this.refresh();
  }

  /** PostHog's text of a file of this folder ('' when PostHog has no such file). */
  async serverText(relativePath: string): Promise<string> {
    await this.current();
    return this.serverFiles.get(relativePath) ?? '';
  }

  /** Compares the files with PostHog again; a call during a comparison queues one more after it. */
  refresh(signal?: AbortSignal): Promise<ObjectState[]> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start(signal);
    const queued = this.running.catch(() => undefined).then(() => {
      this.queued = undefined;
      return this.start(signal);
    });
    this.queued = queued;
    return queued;
  }

  private start(signal?: AbortSignal): Promise<ObjectState[]> {
    const run = this.compare(signal);
    this.running = run;
    this.loaded = run;
    run.then(
      () => this.running === run && (this.running = undefined),
      () => {
        if (this.running === run) this.running = undefined;
        if (this.loaded === run) this.loaded = undefined;
      },
    );
    return run;
  }

  private async compare(signal?: AbortSignal): Promise<ObjectState[]> {
    const context = await openOperation(this.deps, this.dir, { signal });
    const states = await compareWithServer(context);
    this.states = states;
    const authority = new URL(context.target.host).host;
    this.copies = new Map(
      states.flatMap((state) => {
        const id = state.lock?.id ?? state.remote?.id;
        return state.local && id ? [[localCopyKey(authority, context.target.project, state.kind, id), join(this.dir, objectFiles(state.kind, state.slug)[0]!)]] : [];
      }),
    );
    this.serverFiles = new Map(states.flatMap((state) => [...serverTexts(state)]));
    this.changes.resourceStates = states.filter((state) => state.status !== 'unchanged').map((state) => this.resourceOf(state));
    this.sourceControl.count = this.changes.resourceStates.length;
    this.refreshed.fire(states);
    return states;
  }

  private resourceOf(state: ObjectState): vscode.SourceControlResourceState {
    const files = objectFiles(state.kind, state.slug);
    const changedFile = files.find((file) => this.differs(state, file)) ?? files[0]!;
    const uri = vscode.Uri.file(join(this.dir, changedFile));
    const label = STATUS_LABELS[state.status];
    const removed = state.status === 'deleted-locally' || state.status === 'gone';
    return {
      resourceUri: uri,
      contextValue: state.status,
      decorations: { tooltip: `${objectLabel(state.kind, state.slug)}: ${label}`, strikeThrough: removed, faded: state.status === 'server-new' },
      command: {
        command: 'vscode.diff',
        title: 'Compare with PostHog',
        arguments: [baseUriOf(uri), uri, `${changedFile} (PostHog ↔ files)`],
      },
    };
  }

  private differs(state: ObjectState, file: string): boolean {
    const local = state.local?.texts.get(file);
    return local === undefined || local !== serverTexts(state).get(file);
  }

  /** The local copies of PostHog objects this folder holds (after the last comparison). */
  get localCopies(): ReadonlyMap<string, string> {
    return this.copies;
  }

  /** The objects and their status after the last comparison. */
  get lastStates(): readonly ObjectState[] {
    return this.states;
  }

  private originalOf(uri: vscode.Uri): vscode.Uri | undefined {
    if (uri.scheme !== 'file') return undefined;
    return isObjectFile(relativeFile(this.dir, uri.fsPath)) ? baseUriOf(uri) : undefined;
  }
}

export function localCopyKey(authority: string, project: number, kind: string, id: string): string {
  return `${authority}/${project}/${kind}/${id}`;
}
