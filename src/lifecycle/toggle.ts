// Enable / disable a function: one PATCH {enabled} (see objectPatch.ts for what open documents do).
import * as vscode from 'vscode';
import type { HogFunction } from '../api/types/hogFunction';
import type { CommandRun } from '../ui/commands';
import type { LifecycleDeps } from './context';
import { knownFunction } from './known';
import { patchObject } from '../fileSystem/objectPatch';
import { objectTarget } from './target';
import { refreshGroupOf } from './treeUpdates';

export async function setFunctionEnabled(deps: LifecycleDeps, run: CommandRun, arg: unknown, enabled: boolean): Promise<HogFunction | undefined> {
  const target = objectTarget(deps.store, arg, 'function');
  const known = knownFunction(deps, target);
  const state = enabled ? 'enabled' : 'disabled';
  if (known?.enabled === enabled) {
    void deps.prompts.current.info(`“${known.name}” is already ${state}.`, []);
    return undefined;
  }
  const fn = await patchObject(deps, { ...target.project, kind: 'function', id: target.id }, { enabled }, run.signal);
  // PostHog moves a re-enabled transformation to the end of the execution order.
  if (enabled && fn.type.startsWith('transformation')) refreshGroupOf(deps.explorer, target.project, fn.type);
  vscode.window.setStatusBarMessage(`PostHog: “${fn.name}” ${state}`, 5000);
  return fn;
}
