// Every command the extension contributes, registered through the one command wrapper. A
// registration reads the command's argument (targets/) and calls the feature that does the work.
import type { CommandRegistry } from '../ui/commands';
import { registerConnectionCommands } from './connections';
import type { CommandContext } from './context';
import { registerDocumentCommands } from './documents';
import { registerFlowCommands } from './flows';
import { registerHistoryCommands } from './history';
import { registerLifecycleCommands } from './lifecycle';
import { registerLocalRunCommands } from './localRuns';
import { registerObserveCommands } from './observe';
import { registerWorkspaceCommands } from './workspace';

export type { CommandContext } from './context';

export function registerCommands(registry: CommandRegistry, ctx: CommandContext): void {
  registerConnectionCommands(registry, ctx);
  registerDocumentCommands(registry, ctx);
  registerLifecycleCommands(registry, ctx);
  registerFlowCommands(registry, ctx);
  registerHistoryCommands(registry, ctx);
  registerObserveCommands(registry, ctx);
  registerWorkspaceCommands(registry, ctx);
  registerLocalRunCommands(registry, ctx);
}
