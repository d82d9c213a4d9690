// Duplicate a function: one GET of the full object, then one POST of a disabled "… (copy)".
import * as vscode from 'vscode';
import type { HogFunction } from '../api/types/hogFunction';
import type { InputSchemaItem } from '../api/types/inputs';
import { documentUri } from '../fileSystem/uris';
import type { ObjectRef } from '../objects/objectRef';
import type { Target } from '../targets/resolveTarget';
import { copyOf } from './copyBody';
import type { LifecycleDeps } from './deps';

/**
 * One GET of the full function, then one POST of a disabled "… (copy)". `secrets` (value by input
 * key) come from the command's argument; without them the user is asked for each secret input
 * (secrets cannot be copied), and an empty answer leaves it to fill in later.
 */
export async function duplicateFunction(deps: LifecycleDeps, target: Target<'function'>, given: Record<string, unknown> | undefined, signal: AbortSignal): Promise<HogFunction | undefined> {
  const { ref } = target;
  const { client } = await deps.clients.get(ref.authority);
  const original = await client.hogFunctions.get(ref.projectId, ref.id, { signal });
  const secrets = given ? stringValues(given) : await askSecrets(deps, original);
  if (!secrets) return undefined;
  const { body, missingSecrets } = copyOf(original, secrets);
  const copy = await client.hogFunctions.create(ref.projectId, body, { signal });
  deps.explorer.refreshFunctionGroup(ref, copy.type);
  void tellAboutCopy(deps, { ...ref, id: copy.id }, copy, missingSecrets);
  return copy;
}

/** One password box per secret input; undefined when the user dismisses one (cancels the copy). */
export async function askSecrets(deps: Pick<LifecycleDeps, 'prompts'>, fn: HogFunction, title = `Duplicate “${fn.name}”`): Promise<Record<string, string> | undefined> {
  const secrets: Record<string, string> = {};
  for (const item of fn.inputs_schema.filter((i) => i.secret === true)) {
    const value = await deps.prompts.current.input({
      title,
      prompt: `Secrets are not copied. Value for “${item.label ?? item.key}”${item.required ? '' : ' (optional)'}`,
      password: true,
      validate: (text) => (item.required && text === '' ? 'PostHog requires this input.' : undefined),
    });
    if (value === undefined) return undefined;
    if (value !== '') secrets[item.key] = value;
  }
  return secrets;
}

async function tellAboutCopy(deps: LifecycleDeps, ref: ObjectRef, copy: HogFunction, missing: InputSchemaItem[]): Promise<void> {
  const fill = missing.length > 0 ? ` Secrets are not copied: fill in ${missing.map((i) => `“${i.label ?? i.key}”`).join(', ')}.` : '';
  const open = 'Open Configuration';
  const choice = await deps.prompts.current.info(`Created “${copy.name}” (disabled).${fill}`, [open]);
  if (choice !== open) return;
  await vscode.window.showTextDocument(documentUri(ref, 'functionConfig', copy.name), { preview: false });
}

function stringValues(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
