import * as vscode from 'vscode';
import { ClientPool } from './connections/clients';
import { applyDemoConnection } from './connections/demo';
import { ConnectionStore } from './connections/store';
import { registerCommands } from './commands';
import { invocationProbe, TestInvocations, type InvocationProbe } from './commands/invocation';
import { LogTails, logTailProbe, type LogTailProbe } from './commands/logs';
import { MetricsPanels, metricsProbe, type MetricsProbe } from './commands/metrics';
import { POSTHOG_SCHEME, SERVER_VERSION_SCHEME } from './documents/address';
import { SaveDiagnostics } from './documents/diagnostics';
import { FunctionContexts } from './documents/functionContexts';
import { PostHogFileSystem } from './documents/provider';
import { SaveFailureHandler } from './documents/saveFailures';
import { ServerVersionProvider } from './documents/serverVersion';
import { DocumentVersions } from './documents/versions';
import { ExplorerDragAndDrop } from './explorer/dragAndDrop';
import type { ExplorerNode } from './explorer/nodes';
import { ExplorerTree } from './explorer/tree';
import type { HogFunctionContextLookup } from './language/functionContext';
import { withProjectDefinitions } from './language/projectTaxonomy';
import { DefinitionsCache } from './taxonomy/definitionsCache';
import { CommandRegistry } from './ui/commands';
import { PrompterSlot, type Prompter } from './ui/prompter';
import type { HogFunction } from './api/types/hogFunction';

/** Hooks for the extension-host tests (and anyone automating the extension). */
export interface PostHogTesting {
  /** Answers every message with buttons instead of the user; undefined restores the real one. */
  setPrompter(prompter: Prompter | undefined): void;
  /** Ids of every command registered through the command wrapper. */
  readonly registeredCommands: readonly string[];
  /** Settles once start-up work (demo sign-in) is done. */
  readonly ready: Promise<void>;
  /** What test invocations wrote. */
  readonly invocations: InvocationProbe;
  /** The running log tails and the lines they showed. */
  readonly logTails: LogTailProbe;
  /** The open metrics panels. */
  readonly metrics: MetricsProbe;
}

/** The PostHog side of the extension: connections, explorer, documents, commands. */
export interface PostHogFeatures {
  readonly functionContext: HogFunctionContextLookup;
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
  const store = own(new ConnectionStore(context.globalState, context.secrets));
  const clients = own(new ClientPool(store, log));
  const ready = applyDemoConnection(store, process.env, log);

  const explorer = own(new ExplorerTree(store, { client: async (a) => (await clients.get(a)).client, pageSize }, ready));
  const dragAndDrop = new ExplorerDragAndDrop(explorer, (project, order) =>
    vscode.commands.executeCommand('posthog.reorderTransformations', { host: project.authority, projectId: project.projectId, order }),
  );
  own(vscode.window.createTreeView('posthog.explorer', { treeDataProvider: explorer, showCollapseAll: true, dragAndDropController: dragAndDrop }));

  const versions = new DocumentVersions();
  const diagnostics = own(new SaveDiagnostics());
  const failures = new SaveFailureHandler({
    prompts,
    log,
    store,
    clients,
    diagnostics,
    rebase: (uri, updatedAt) => fileSystem.rebase(uri, updatedAt),
    writeCount: (uri) => fileSystem.writeCount(uri),
  });
  const fileSystem = own(new PostHogFileSystem({ clients, versions, diagnostics, onSaveFailed: (f) => failures.handle(f) }));
  const functionContexts = new FunctionContexts();
  const definitions = new DefinitionsCache(async (authority) => (await clients.get(authority)).client.definitions);
  own(store.onDidChange(() => definitions.refreshAll()));
  own(
    fileSystem.onDidLoadObject(({ address, projectId, object }) => {
      const kind = address.kind === 'flow' ? 'flow' : 'function';
      if (kind === 'function') functionContexts.update(address, object as HogFunction);
      explorer.updateObject(address.authority, projectId, kind, object);
    }),
  );
  own(vscode.workspace.registerFileSystemProvider(POSTHOG_SCHEME, fileSystem, { isCaseSensitive: true }));
  own(vscode.workspace.registerTextDocumentContentProvider(SERVER_VERSION_SCHEME, new ServerVersionProvider(clients)));

  const invocations = own(new TestInvocations({ store, clients, prompts, diagnostics, storageUri: context.globalStorageUri }));
  const tails = own(new LogTails({ store, clients, prompts }));
  const metrics = own(new MetricsPanels({ store, clients }));

  const commands = own(new CommandRegistry(prompts, log));
  registerCommands(commands, { store, clients, prompts, explorer, documents: fileSystem, failures, invocations, tails, metrics });

  return {
    functionContext: withProjectDefinitions(functionContexts.lookup, definitions),
    explorer,
    explorerDragAndDrop: dragAndDrop,
    testing: {
      setPrompter: (prompter) => {
        prompts.current = prompter ?? prompts.real;
      },
      registeredCommands: commands.registered,
      ready,
      invocations: invocationProbe(invocations),
      logTails: logTailProbe(tails),
      metrics: metricsProbe(metrics),
    },
  };
}

function pageSize(): number {
  const size = vscode.workspace.getConfiguration('posthog').get<number>('explorer.pageSize', 50);
  return Math.min(500, Math.max(1, Math.floor(size)));
}
