// Lifecycle commands of functions (create, enable/disable, rename, duplicate, delete, reorder) and
// of any object (open in browser, copy id). Each reads its argument and calls its action.
import { kindOfNode } from '../lifecycle/functionKinds';
import { copyId, openInBrowser } from '../lifecycle/browser';
import { createBlank, createFromTemplate, type NewFunction } from '../lifecycle/create';
import { deleteFunction } from '../lifecycle/delete';
import { duplicateFunction } from '../lifecycle/duplicate';
import { renameFunction } from '../lifecycle/rename';
import { reorderTransformations } from '../lifecycle/reorder';
import { setFunctionEnabled } from '../lifecycle/toggle';
import { listArg, nodeArg, recordArg, stringArg } from '../targets/commandArgs';
import { resolveProject, resolveTarget } from '../targets/resolveTarget';
import type { CommandRegistry } from '../ui/commands';
import type { CommandContext } from './context';

export function registerLifecycleCommands(registry: CommandRegistry, ctx: CommandContext): void {
  const fn = (arg: unknown) => resolveTarget(ctx, arg, 'function');
  const project = (arg: unknown) => resolveProject(ctx, arg);
  const creating = { progress: 'Creating a function on PostHog…' };
  registry.registerCommand('posthog.createFunction', async (run, arg) => createFromTemplate(ctx, await project(arg), newFunction(arg), run.signal), creating);
  registry.registerCommand('posthog.createBlankFunction', async (run, arg) => createBlank(ctx, await project(arg), newFunction(arg), run.signal), creating);
  registry.registerCommand('posthog.enableFunction', async (run, arg) => setFunctionEnabled(ctx, await fn(arg), true, run.signal), { progress: 'Enabling…' });
  registry.registerCommand('posthog.disableFunction', async (run, arg) => setFunctionEnabled(ctx, await fn(arg), false, run.signal), { progress: 'Disabling…' });
  registry.registerCommand('posthog.renameFunction', async (run, arg) => renameFunction(ctx, await fn(arg), stringArg(arg, 'name'), run.signal), { progress: 'Renaming…' });
  registry.registerCommand('posthog.duplicateFunction', async (run, arg) => duplicateFunction(ctx, await fn(arg), recordArg(arg, 'secrets'), run.signal), { progress: 'Duplicating…' });
  registry.registerCommand('posthog.deleteFunction', async (run, arg) => deleteFunction(ctx, await fn(arg), run.signal), { progress: 'Deleting…' });
  registry.registerCommand('posthog.reorderTransformations', async (run, arg) => reorderTransformations(ctx, await project(arg), listArg(arg, 'order'), run.signal), {
    progress: 'Reordering transformations…',
  });
  registry.registerCommand('posthog.openInBrowser', async (_run, arg) => openInBrowser(ctx.store, (await resolveTarget(ctx, arg)).ref));
  registry.registerCommand('posthog.copyId', async (_run, arg) => copyId((await resolveTarget(ctx, arg)).ref));
}

/** `{ type?, name?, templateId?, inputs? }`; a function group or function node suggests the kind. */
function newFunction(arg: unknown): NewFunction {
  return {
    type: stringArg(arg, 'type'),
    suggested: kindOfNode(nodeArg(arg)),
    name: stringArg(arg, 'name'),
    templateId: stringArg(arg, 'templateId'),
    inputs: recordArg(arg, 'inputs'),
  };
}
