// History and draft commands: revisions, restore, drafts (open, compare, test, publish, discard).
import { compareDraft, openDraft } from '../history/draftDocuments';
import { discardDraft } from '../history/discard';
import { reenterFunctionSecrets, reenterMaskedSecrets } from '../history/maskedSecrets';
import { publishDraft } from '../history/publish';
import { restoreRevision } from '../history/restore';
import { showHistory } from '../history/showHistory';
import { saveFlowAsDraft } from '../history/stageFlow';
import { booleanArg, nodeArg, plainArg, stringArg } from '../targets/commandArgs';
import { resolveProject, resolveTarget } from '../targets/resolveTarget';
import type { CommandRegistry } from '../ui/commands';
import type { CommandContext } from './context';

export function registerHistoryCommands(registry: CommandRegistry, ctx: CommandContext): void {
  const target = (arg: unknown) => resolveTarget(ctx, arg);
  registry.registerCommand('posthog.showHistory', async (run, arg) => showHistory(ctx, await target(arg), run.signal), { progress: 'Loading the history…' });
  registry.registerCommand('posthog.restoreRevision', async (run, arg) => restoreRevision(ctx, await target(arg), versionArg(arg), run.signal), {
    progress: 'Restoring the revision as a draft…',
  });
  registry.registerCommand('posthog.openDraft', async (run, arg) => openDraft(ctx, await target(arg), run.signal), { progress: 'Opening the draft…' });
  registry.registerCommand('posthog.compareDraft', async (run, arg) => compareDraft(ctx, await target(arg), run.signal), { progress: 'Opening the draft…' });
  registry.registerCommand(
    'posthog.testDraft',
    async (run, arg) => ctx.invocations.run((await target(arg)).ref, { useDraft: true, mockAsyncFunctions: booleanArg(arg, 'mockAsyncFunctions') }, run.signal),
    { progress: 'Running a test invocation of the draft on PostHog…' },
  );
  registry.registerCommand('posthog.publishDraft', async (run, arg) => publishDraft(ctx, await target(arg), run.signal), { progress: 'Publishing the draft…' });
  registry.registerCommand('posthog.saveFlowAsDraft', async (run, arg) => saveFlowAsDraft(ctx, await resolveTarget(ctx, arg, 'flow'), run.signal), {
    progress: 'Saving the flow as a draft…',
  });
  registry.registerCommand('posthog.reenterMaskedSecrets', async (run, arg) => {
    if (!namesFunction(arg)) return reenterMaskedSecrets(ctx, await resolveProject(ctx, arg), run.signal);
    const node = nodeArg(arg);
    return reenterFunctionSecrets(ctx, await resolveTarget(ctx, arg, 'function'), node && ctx.explorer.maskedSecretOf(node), run.signal);
  }, { progress: 'Loading functions with masked secrets…' });
  registry.registerCommand('posthog.discardDraft', async (run, arg) => discardDraft(ctx, await target(arg), run.signal), { progress: 'Discarding the draft…' });
}

/**
 * A function's tree item (the menu of one marked as storing a masked secret) or `{ functionId }`; a
 * project, a document or nothing names the project, whose functions are then listed.
 */
function namesFunction(arg: unknown): boolean {
  const node = nodeArg(arg);
  return node ? node.kind === 'function' : stringArg(arg, 'functionId') !== undefined;
}

/** `{ version? }`: the revision to restore (else picked). */
function versionArg(arg: unknown): number | undefined {
  const version = plainArg(arg)?.version;
  if (version === undefined) return undefined;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) throw new Error('"version" must be a revision number.');
  return version;
}
