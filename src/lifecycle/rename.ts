// Rename a function: an input box, then one PATCH {name}. Open documents keep their tab title
// (the name in a posthog:// path is display only).
import type { HogFunction } from '../api/types/hogFunction';
import type { CommandRun } from '../ui/commands';
import type { LifecycleDeps } from './context';
import { knownFunction } from './known';
import { patchObject } from '../fileSystem/objectPatch';
import { objectTarget, stringArg } from './target';

const MAX_NAME_LENGTH = 400;

export async function renameFunction(deps: LifecycleDeps, run: CommandRun, arg: unknown): Promise<HogFunction | undefined> {
  const target = objectTarget(deps.store, arg, 'function');
  const current = knownFunction(deps, target)?.name;
  const name = stringArg(arg, 'name') ?? (await deps.prompts.current.input({
    title: 'Rename function',
    prompt: current ? `New name for “${current}”` : 'New name',
    value: current ?? undefined,
    validate: validateName,
  }));
  if (name === undefined) return undefined;
  const problem = validateName(name);
  if (problem) throw new Error(problem);
  if (name.trim() === current) return undefined;
  return patchObject(deps, { ...target.project, kind: 'function', id: target.id }, { name: name.trim() }, run.signal);
}

export function validateName(name: string): string | undefined {
  if (name.trim() === '') return 'Enter a name.';
  if (name.trim().length > MAX_NAME_LENGTH) return `A name has at most ${MAX_NAME_LENGTH} characters.`;
  return undefined;
}

