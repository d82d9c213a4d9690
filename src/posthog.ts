import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Config } from './config/config';
import { ClientPool } from './connections/clients';
import { applyDemoConnection } from './connections/demo';
import { signIn } from './connections/signIn';
import { SignedInContext } from './connections/signedInContext';
import { ConnectionStore } from './connections/store';
import { ExplorerDragAndDrop } from './explorer/dragAndDrop';
import type { ExplorerNode } from './explorer/nodes';
import { ExplorerTree } from './explorer/tree';
import { PostHogDocuments } from './fileSystem/documents';
import type { FunctionInfoLookup } from './language/documents';
import { reorderTransformations } from './lifecycle/reorder';
import { LocalRuns } from './localRuns/localRuns';
import { LogTails } from './logTails/logTails';
import { MetricsPanels } from './metricsPanels/metricsPanels';
import { FailedSaves } from './saveFailures/failedSaves';
import { InvocationRecorder, LogTailRecorder, metricsProbe, type InvocationProbe, type LogTailProbe, type MetricsProbe } from './testHooks/probes';
import { TestInvocations } from './testInvocations/testInvocations';
import { withProjectDefinitions } from './language/projectTaxonomy';
import { DefinitionsCache } from './taxonomy/definitionsCache';
import { CommandRegistry } from './ui/commands';
import { HogTests } from './workspaceTests/hogTests';
import { PostHogFolders } from './workspaceSync/folders';
import { withWorkspaceFunctions } from './workspaceSync/fileFunctionInfo';
import { WorkspaceSync } from './workspaceSync/workspaceSync';
import { ContextKeys } from './ui/contextKeys';
import { WalkthroughContext } from './walkthrough/walkthroughContext';
import { PrompterSlot, type Prompter } from './ui/prompter';
import { ErrorReporter } from './ui/reportError';

/** Hooks for the extension-host tests (and anyone automating the extension). */
export interface PostHogTesting {
  /** Answers every message with buttons instead of the user; undefined restores the real one. */
  setPrompter(prompter: Prompter | undefined): void;
  /** Ids of every command registered through the command wrapper. */
  readonly registeredCommands: readonly string[];
  /** Settles once start-up work (demo sign-in) is done. */
  readonly ready: Promise<void>;
  /** What test invocations wrote (recorded only when the extension runs under test). */
  readonly invocations: InvocationProbe;
  /** The running log tails and the lines they showed (recorded only when the extension runs under test). */
  readonly logTails: LogTailProbe;
  /** The open metrics panels. */
  readonly metrics: MetricsProbe;
  /** The folders with functions and flows as files, their source controls and PostHog versions. */
  readonly workspaceSync: WorkspaceSync;
  /** The Testing view's PostHog Hog tests (tests as files) and their last outcomes. */
  readonly hogTests: HogTests;
  /** The last value the extension gave a context key (`posthog.signedIn`, `posthog.walkthrough.*`...). */
  contextKey(key: string): unknown;
  /** The status-bar hint shown after a refused auto-save, while it shows. */
  readonly notSavedHint: () => string | undefined;
}

/** The PostHog side of the extension: connections, explorer, documents, commands. */
export interface PostHogFeatures {
  readonly functionContext: FunctionInfoLookup;
  /** Fires when a function's type or inputs schema is loaded or changes, with a test for its buffers. */
  readonly onDidChangeFunctionContext: vscode.Event<(uri: vscode.Uri) => boolean>;
  /** The `posthog.explorer` view's data provider. */
  readonly explorer: vscode.TreeDataProvider<ExplorerNode>;
  /** Reorders transformations dropped in the explorer. */
  readonly explorerDragAndDrop: vscode.TreeDragAndDropController<ExplorerNode>;
  readonly testing: PostHogTesting;
}

/**
 * Builds everything once and hands it down; every disposable ends up in `context.subscriptions`.
 * Activation sends no request: the tree and documents load when they are shown.
 */
export function activatePostHog(context: vscode.ExtensionContext): PostHogFeatures {
  const own = <T extends vscode.Disposable>(disposable: T): T => {
    context.subscriptions.push(disposable);
    return disposable;
  };
  const log = own(vscode.window.createOutputChannel('PostHog', { log: true }));
  const prompts = new PrompterSlot();
  const config = own(new Config());
  const store = own(new ConnectionStore(context.globalState, context.secrets));
  const clients = own(new ClientPool(store, log, config));
  const signInTo = (host?: string) => signIn({ store, clients, prompts }, host === undefined ? undefined : { host });
  const errors = new ErrorReporter(prompts, log, () => signInTo());
  const ready = applyDemoConnection(store, process.env, log);

  const explorerDeps = { client: async (a: string) => (await clients.get(a)).client, pageSize: () => config.explorerPageSize, warn: (m: string) => log.warn(m) };
  const explorer = own(new ExplorerTree(store, explorerDeps, ready));
  const commands = own(new CommandRegistry(errors));
  const documents = own(new PostHogDocuments(clients, () => config.autoSave, (message) => void prompts.current.info(message, [])));
  own(documents.fileSystem.onDidLoadObject((loaded) => explorer.updateObject(loaded.ref, loaded.object)));
  const saves = own(
    new FailedSaves({ prompts, errors, store, clients, versions: documents.versions, diagnostics: documents.diagnostics, fileSystem: documents.fileSystem, explorer, serverVersions: documents.serverVersions, signIn: signInTo }),
  );
  const lifecycle = { clients, prompts, explorer, documents: documents.fileSystem };
  const dragAndDrop = new ExplorerDragAndDrop(explorer, (project, order) =>
    commands.run((run) => reorderTransformations(lifecycle, project, order, run.signal), [], { progress: 'Reordering transformations…' }),
  );
  own(vscode.window.createTreeView('posthog.explorer', { treeDataProvider: explorer, showCollapseAll: true, dragAndDropController: dragAndDrop }));

  const invocations = own(new TestInvocations({ clients, prompts, diagnostics: documents.diagnostics, config, storageUri: context.globalStorageUri }));
  const localRuns = own(new LocalRuns({ clients, prompts, diagnostics: documents.diagnostics, invocations, onDidLoadObject: documents.fileSystem.onDidLoadObject }));
  const tails = own(new LogTails({ store, clients, prompts, config }));
  const metrics = own(new MetricsPanels({ clients, runner: commands }));
  const folders = own(new PostHogFolders());
  const sync = own(new WorkspaceSync({ clients, log }, folders));
  const hogTests = own(new HogTests(folders));
  explorer.setLocalCopies((ref) => sync.localCopyOf(ref));
  own(sync.onDidChangeLocalCopies(() => explorer.redraw()));
  const contextKeys = new ContextKeys();
  own(new SignedInContext(store, contextKeys));
  own(new WalkthroughContext(contextKeys, invocations.onDidComplete));
  const definitions = new DefinitionsCache(async (authority) => (await clients.get(authority)).client.definitions);
  own(store.onDidChange(() => definitions.refreshAll()));
  registerCommands(commands, { ...lifecycle, store, config, invocations, localRuns, tails, metrics, sync, definitions, saves, versions: documents.versions });

  const record = context.extensionMode === vscode.ExtensionMode.Test;
  return {
    functionContext: withWorkspaceFunctions(withProjectDefinitions(documents.functionContexts.lookup, definitions)),
    onDidChangeFunctionContext: documents.functionContexts.onDidChange,
    explorer,
    explorerDragAndDrop: dragAndDrop,
    testing: {
      setPrompter: (prompter) => {
        prompts.current = prompter ?? prompts.real;
      },
      registeredCommands: commands.registered,
      ready,
      invocations: own(new InvocationRecorder(invocations, record)),
      logTails: own(new LogTailRecorder(tails, record)),
      metrics: metricsProbe(metrics),
      workspaceSync: sync,
      hogTests,
      contextKey: (key) => contextKeys.get(key),
      notSavedHint: () => documents.autoSaves.shownHint,
    },
  };
}
