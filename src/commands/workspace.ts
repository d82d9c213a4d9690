// Functions and flows as files: pull a project into a folder, push its changes, show its changes,
// refresh its source control.
import { targetFields } from '../objects/targetFields';
import { booleanArg, plainArg } from '../targets/commandArgs';
import type { CommandRegistry } from '../ui/commands';
import { pullProject } from '../workspaceSync/pullProject';
import { pushChanges } from '../workspaceSync/pushChanges';
import { showChanges } from '../workspaceSync/showChanges';
import { syncedFolder } from '../workspaceSync/pickFolder';
import type { CommandContext } from './context';

export function registerWorkspaceCommands(registry: CommandRegistry, ctx: CommandContext): void {
  registry.registerCommand('posthog.pullProject', (run, arg) => {
    const { host, projectId } = targetFields(plainArg(arg) ?? {});
    return pullProject(ctx, { host, projectId }, arg, run.signal);
  });
  registry.registerCommand('posthog.pushChanges', (run, arg) =>
    pushChanges(ctx, { force: booleanArg(arg, 'force'), dryRun: booleanArg(arg, 'dryRun') }, arg, run.signal),
  );
  registry.registerCommand('posthog.showChanges', (run, arg) => showChanges(ctx, arg, run.signal));
  registry.registerCommand('posthog.refreshChanges', async (run, arg) => ctx.sync.refresh(await syncedFolder(ctx, arg), run.signal), {
    progress: 'Comparing with PostHog…',
  });
}
