// Rename a function: an input box, then one PATCH {name}. Open documents keep their tab title
// (the name in a posthog:// path is display only).
import type { HogFunction } from '../api/types/hogFunction';
import { patchObject } from './objectPatch';
import type { Target } from '../targets/resolveTarget';
import { knownSummary } from '../targets/targetInfo';
import type { LifecycleDeps } from './deps';

const MAX_NAME_LENGTH = 400;

/** `name` is the new name when the command was given one; otherwise the user is asked. */
export async function renameFunction(deps: LifecycleDeps, target: Target<'function'>, name: string | undefined, signal: AbortSignal): Promise<HogFunction | undefined> {
  const current = knownSummary(deps.explorer, target)?.name;
  const chosen = name ?? (await deps.prompts.current.input({
    title: 'Rename function',
    prompt: current ? `New name for “${current}”` : 'New name',
    value: current ?? undefined,
    validate: validateName,
  }));
  if (chosen === undefined) return undefined;
  const problem = validateName(chosen);
  if (problem) throw new Error(problem);
  if (chosen.trim() === current) return undefined;
  return patchObject(deps, target.ref, { name: chosen.trim() }, 'rename', signal);
}

export function validateName(name: string): string | undefined {
  if (name.trim() === '') return 'Enter a name.';
  if (name.trim().length > MAX_NAME_LENGTH) return `A name has at most ${MAX_NAME_LENGTH} characters.`;
  return undefined;
}
