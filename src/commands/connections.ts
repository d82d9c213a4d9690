// Signing in and out, and the explorer's own commands.
import { signIn } from '../connections/signIn';
import { signOut } from '../connections/signOut';
import { nodeArg } from '../targets/commandArgs';
import type { CommandRegistry } from '../ui/commands';
import type { CommandContext } from './context';

export function registerConnectionCommands(registry: CommandRegistry, ctx: CommandContext): void {
  const { explorer } = ctx;
  registry.registerCommand('posthog.signIn', (_run, arg) => signIn(ctx, arg));
  registry.registerCommand('posthog.signOut', (_run, arg) => signOut(ctx.store, ctx.prompts, arg));
  registry.registerCommand('posthog.refresh', (_run, arg) => explorer.refresh(nodeArg(arg)));
  registry.registerCommand('posthog.refreshAll', () => explorer.refreshAll());
  registry.registerCommand('posthog.refreshDefinitions', () => ctx.definitions.refreshAll());
  registry.registerCommand('posthog.loadMore', (_run, arg) => {
    const node = nodeArg(arg);
    return node?.kind === 'loadMore' ? explorer.loadMore(node) : undefined;
  });
}
