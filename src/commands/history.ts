// History and draft commands: revisions, restore, drafts (open, test, publish, discard, stage).
import { showHistory } from '../history/showHistory';
import { resolveTarget } from '../targets/resolveTarget';
import type { CommandRegistry } from '../ui/commands';
import type { CommandContext } from './context';

export function registerHistoryCommands(registry: CommandRegistry, ctx: CommandContext): void {
  registry.registerCommand('posthog.showHistory', async (run, arg) => showHistory(ctx, await resolveTarget(ctx, arg), run.signal), {
    progress: 'Loading the history…',
  });
}
