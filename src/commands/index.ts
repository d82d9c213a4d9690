import * as vscode from 'vscode';
import type { Config } from '../config/config';
import type { ClientPool } from '../connections/clients';
import { signIn } from '../connections/signIn';
import { signOut } from '../connections/signOut';
import type { ConnectionStore } from '../connections/store';
import type { PostHogFileSystem } from '../fileSystem/provider';
import { compareWithServer } from '../saveFailures/compare';
import type { ExplorerNode } from '../explorer/nodes';
import type { ExplorerTree } from '../explorer/tree';
import type { CommandRegistry } from '../ui/commands';
import type { PrompterSlot } from '../ui/prompter';
import { registerInvocationCommands, type TestInvocations } from './invocation';
import { registerLogCommands, type LogTails } from './logs';
import { registerMetricsCommands, type MetricsPanels } from './metrics';
import { registerFlowCommands } from './flows';
import { registerLifecycleCommands } from './lifecycle';
import { openNode } from './open';

export interface CommandDeps {
  readonly store: ConnectionStore;
  readonly clients: ClientPool;
  readonly prompts: PrompterSlot;
  readonly config: Config;
  readonly explorer: ExplorerTree;
  /** The open posthog:// documents, told about changes commands make to their objects. */
  readonly documents: Pick<PostHogFileSystem, 'guardFor' | 'objectChanged'>;
  readonly invocations: TestInvocations;
  readonly tails: LogTails;
  readonly metrics: MetricsPanels;
}

/** Every command the extension contributes, registered through the one command wrapper. */
export function registerCommands(registry: CommandRegistry, deps: CommandDeps): void {
  const { explorer } = deps;
  registry.registerCommand('posthog.signIn', (_run, arg) => signIn(deps, arg));
  registry.registerCommand('posthog.signOut', (_run, arg) => signOut(deps.store, deps.prompts, arg));
  registry.registerCommand('posthog.refresh', (_run, node) => explorer.refresh(node as ExplorerNode | undefined));
  registry.registerCommand('posthog.refreshAll', () => explorer.refreshAll());
  registry.registerCommand('posthog.loadMore', (_run, node) => {
    const item = node as ExplorerNode | undefined;
    return item?.kind === 'loadMore' ? explorer.loadMore(item) : undefined;
  });
  registry.registerCommand('posthog.openFunctionCode', (_run, node) => openNode(node, 'functionCode'), { progress: 'Opening from PostHog…' });
  registry.registerCommand('posthog.openFunctionConfig', (_run, node) => openNode(node, 'functionConfig'), { progress: 'Opening from PostHog…' });
  registry.registerCommand('posthog.openFlow', (_run, node) => openNode(node, 'flow'), { progress: 'Opening from PostHog…' });
  registry.registerCommand('posthog.compareWithServer', (_run, arg) => {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    if (!uri || uri.scheme !== 'posthog') throw new Error('Open a PostHog document first.');
    return compareWithServer(uri);
  });
  registerLifecycleCommands(registry, deps);
  registerFlowCommands(registry, deps);
  registerInvocationCommands(registry, deps.invocations, deps.prompts, deps.config);
  registerLogCommands(registry, deps.tails);
  registerMetricsCommands(registry, deps.metrics);
}
