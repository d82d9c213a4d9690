// Duplicate a function: one GET of the full object, then one POST of a disabled "… (copy)".
import * as vscode from 'vscode';
import type { HogFunction } from '../api/types/hogFunction';
import type { InputSchemaItem } from '../api/types/inputs';
import { documentUri } from '../fileSystem/uris';
import type { ProjectRef } from '../explorer/nodes';
import type { CommandRun } from '../ui/commands';
import { clientFor, type LifecycleDeps } from './context';
import { copyOf } from './copyBody';
import { objectTarget, recordArg } from './target';
import { refreshGroupOf } from './treeUpdates';

/**
 * Argument form: `{ projectId, functionId, secrets?: { key: value } }`. Without `secrets` the user
 * is asked for each secret input (secrets cannot be copied); an empty answer leaves it to fill in later.
 */
export async function duplicateFunction(deps: LifecycleDeps, run: CommandRun, arg: unknown): Promise<HogFunction | undefined> {
  const target = objectTarget(deps.store, arg, 'function');
  const client = await clientFor(deps, target.project);
  const original = await client.hogFunctions.get(target.project.projectId, target.id, { signal: run.signal });
  const given = recordArg(arg, 'secrets');
  const secrets = given ? stringValues(given) : await askSecrets(deps, original);
  if (!secrets) return undefined;
  const { body, missingSecrets } = copyOf(original, secrets);
  const copy = await client.hogFunctions.create(target.project.projectId, body, { signal: run.signal });
  refreshGroupOf(deps.explorer, target.project, copy.type);
  void tellAboutCopy(deps, target.project, copy, missingSecrets);
  return copy;
}

/** One password box per secret input; undefined when the user dismisses one (cancels the copy). */
async function askSecrets(deps: LifecycleDeps, fn: HogFunction): Promise<Record<string, string> | undefined> {
  const secrets: Record<string, string> = {};
  for (const item of fn.inputs_schema.filter((i) => i.secret === true)) {
    const value = await deps.prompts.current.input({
      title: `Duplicate “${fn.name}”`,
      prompt: `Secrets are not copied. Value for “${item.label ?? item.key}”${item.required ? '' : ' (optional)'}`,
      password: true,
      validate: (text) => (item.required && text === '' ? 'PostHog requires this input.' : undefined),
    });
    if (value === undefined) return undefined;
    if (value !== '') secrets[item.key] = value;
  }
  return secrets;
}

async function tellAboutCopy(deps: LifecycleDeps, project: ProjectRef, copy: HogFunction, missing: InputSchemaItem[]): Promise<void> {
  const fill = missing.length > 0 ? ` Secrets are not copied: fill in ${missing.map((i) => `“${i.label ?? i.key}”`).join(', ')}.` : '';
  const open = 'Open Configuration';
  const choice = await deps.prompts.current.info(`Created “${copy.name}” (disabled).${fill}`, [open]);
  if (choice !== open) return;
  const uri = documentUri({ ...project, kind: 'function', id: copy.id }, 'functionConfig', copy.name);
  await vscode.window.showTextDocument(uri, { preview: false });
}

function stringValues(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
