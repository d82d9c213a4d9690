import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Config } from './config/config';
import { ClientPool } from './connections/clients';
import { applyDemoConnection } from './connections/demo';
import { signIn } from './connections/signIn';
import { ConnectionStore } from './connections/store';
import { ExplorerDragAndDrop } from './explorer/dragAndDrop';
import type { ExplorerNode } from './explorer/nodes';
import { ExplorerTree } from './explorer/tree';
import { PostHogDocuments } from './fileSystem/documents';
import type { FunctionInfoLookup } from './language/documents';
import { reorderTransformations } from './lifecycle/reorder';
import { LogTails } from './logTails/logTails';
import { MetricsPanels } from './metricsPanels/metricsPanels';
import { FailedSaves } from './saveFailures/failedSaves';
import { InvocationRecorder, LogTailRecorder, metricsProbe, type InvocationProbe, type LogTailProbe, type MetricsProbe } from './testHooks/probes';
import { TestInvocations } from './testInvocations/testInvocations';
import { withProjectDefinitions } from './language/projectTaxonomy';
import { DefinitionsCache } from './taxonomy/definitionsCache';
import { CommandRegistry } from './ui/commands';
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
}

/** The PostHog side of the extension: connections, explorer, documents, commands. */
export interface PostHogFeatures {
  readonly functionContext: FunctionInfoLookup;
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

  const explorer = own(new ExplorerTree(store, { client: async (a) => (await clients.get(a)).client, pageSize: () => config.explorerPageSize }, ready));
  const commands = own(new CommandRegistry(errors));
  const documents = own(new PostHogDocuments(clients));
  own(documents.fileSystem.onDidLoadObject((loaded) => explorer.updateObject(loaded.ref, loaded.object)));
  own(new FailedSaves({ prompts, errors, store, clients, versions: documents.versions, diagnostics: documents.diagnostics, fileSystem: documents.fileSystem, signIn: signInTo }));
  const lifecycle = { clients, prompts, explorer, documents: documents.fileSystem };
  const dragAndDrop = new ExplorerDragAndDrop(explorer, (project, order) =>
    commands.run((run) => reorderTransformations(lifecycle, project, order, run.signal), [], { progress: 'Reordering transformations…' }),
  );
  own(vscode.window.createTreeView('posthog.explorer', { treeDataProvider: explorer, showCollapseAll: true, dragAndDropController: dragAndDrop }));

  const invocations = own(new TestInvocations({ clients, prompts, diagnostics: documents.diagnostics, config, storageUri: context.globalStorageUri }));
  const tails = own(new LogTails({ store, clients, prompts, config }));
  const metrics = own(new MetricsPanels({ clients, runner: commands }));
  registerCommands(commands, { ...lifecycle, store, config, invocations, tails, metrics, versions: documents.versions });
  const definitions = new DefinitionsCache(async (authority) => (await clients.get(authority)).client.definitions);
  own(store.onDidChange(() => definitions.refreshAll()));

  const record = context.extensionMode === vscode.ExtensionMode.Test;
  return {
    functionContext: withProjectDefinitions(documents.functionContexts.lookup, definitions),
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
    },
  };
}
