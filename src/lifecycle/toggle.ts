// Enable / disable a function: one PATCH {enabled} (see fileSystem/objectPatch.ts for what open documents do).
import * as vscode from 'vscode';
import type { HogFunction } from '../api/types/hogFunction';
import { patchObject } from './objectPatch';
import type { Target } from '../targets/resolveTarget';
import { knownSummary } from '../targets/targetInfo';
import type { LifecycleDeps } from './deps';

export async function setFunctionEnabled(deps: LifecycleDeps, target: Target<'function'>, enabled: boolean, signal: AbortSignal): Promise<HogFunction | undefined> {
  const known = knownSummary(deps.explorer, target);
  const state = enabled ? 'enabled' : 'disabled';
  if (known?.enabled === enabled) {
    void deps.prompts.current.info(`“${known.name}” is already ${state}.`, []);
    return undefined;
  }
  const fn = await patchObject(deps, target.ref, { enabled }, enabled ? 'enable' : 'disable', signal);
  // PostHog moves a re-enabled transformation to the end of the execution order.
  if (enabled && fn.type.startsWith('transformation')) deps.explorer.refreshFunctionGroup(target.ref, fn.type);
  vscode.window.setStatusBarMessage(`PostHog: “${fn.name}” ${state}`, 5000);
  return fn;
}
