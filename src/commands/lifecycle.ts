// Lifecycle commands of functions (create, enable/disable, rename, duplicate, delete, reorder)
// and of any object (open in browser, copy id).
import type { CommandRegistry } from '../ui/commands';
import { copyId, openInBrowser } from '../lifecycle/browser';
import type { LifecycleDeps } from '../lifecycle/context';
import { createBlank, createFromTemplate } from '../lifecycle/create';
import { deleteFunction } from '../lifecycle/delete';
import { duplicateFunction } from '../lifecycle/duplicate';
import { renameFunction } from '../lifecycle/rename';
import { reorderTransformations } from '../lifecycle/reorder';
import { setFunctionEnabled } from '../lifecycle/toggle';

export function registerLifecycleCommands(registry: CommandRegistry, deps: LifecycleDeps): void {
  registry.registerCommand('posthog.createFunction', (run, arg) => createFromTemplate(deps, run, arg), { progress: 'Creating a function on PostHog…' });
  registry.registerCommand('posthog.createBlankFunction', (run, arg) => createBlank(deps, run, arg), { progress: 'Creating a function on PostHog…' });
  registry.registerCommand('posthog.enableFunction', (run, arg) => setFunctionEnabled(deps, run, arg, true), { progress: 'Enabling…' });
  registry.registerCommand('posthog.disableFunction', (run, arg) => setFunctionEnabled(deps, run, arg, false), { progress: 'Disabling…' });
  registry.registerCommand('posthog.renameFunction', (run, arg) => renameFunction(deps, run, arg), { progress: 'Renaming…' });
  registry.registerCommand('posthog.duplicateFunction', (run, arg) => duplicateFunction(deps, run, arg), { progress: 'Duplicating…' });
  registry.registerCommand('posthog.deleteFunction', (run, arg) => deleteFunction(deps, run, arg), { progress: 'Deleting…' });
  registry.registerCommand('posthog.reorderTransformations', (run, arg) => reorderTransformations(deps, run, arg), { progress: 'Reordering transformations…' });
  registry.registerCommand('posthog.openInBrowser', (_run, arg) => openInBrowser(deps.store, arg));
  registry.registerCommand('posthog.copyId', (_run, arg) => copyId(deps.store, arg));
}
