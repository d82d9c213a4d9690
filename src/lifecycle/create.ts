// Create a function from a template, or a blank one of a kind; the new function opens at once
// as its code document and appears in its group.
import * as vscode from 'vscode';
import type { PostHogClient } from '../api';
import type { HogFunction, HogFunctionCreate } from '../api/types/hogFunction';
import type { InputValues } from '../api/types/inputs';
import type { HogFunctionTemplate } from '../api/types/template';
import { documentUri } from '../fileSystem/uris';
import type { ProjectRef } from '../explorer/nodes';
import type { CommandRun } from '../ui/commands';
import { clientFor, type LifecycleDeps } from './context';
import { FUNCTION_KINDS, isCreatableType, kindOfNode, pickKind, type CreatableType } from './functionKinds';
import { validateName } from './rename';
import { askInputs, inputsToAsk } from './requiredInputs';
import { projectTarget, recordArg, stringArg } from './target';
import { refreshGroupOf } from './treeUpdates';

/**
 * `posthog.createFunction`. Argument form: `{ projectId, type?, templateId?, name?, inputs? }`
 * (`inputs`: plain values by key). Costs the template list (or one template GET), one POST and
 * the GET that opens the new function.
 */
export async function createFromTemplate(deps: LifecycleDeps, run: CommandRun, arg: unknown): Promise<HogFunction | undefined> {
  const project = projectTarget(deps.store, arg);
  const type = await chooseKind(deps, arg, 'New function from a template');
  if (!type) return undefined;
  const client = await clientFor(deps, project);
  const template = await chooseTemplate(deps, client, project, type, arg, run.signal);
  if (!template) return undefined;
  const inputs = await templateInputs(deps, template, recordArg(arg, 'inputs'));
  if (!inputs) return undefined;
  const name = stringArg(arg, 'name');
  const body: HogFunctionCreate = { type: template.type, template_id: template.id, inputs, ...(name ? { name } : {}) };
  const fn = await client.hogFunctions.create(project.projectId, body, { signal: run.signal });
  return opened(deps, project, fn);
}

/** `posthog.createBlankFunction`. Argument form: `{ projectId, type?, name? }`. One POST, then the GET that opens it. */
export async function createBlank(deps: LifecycleDeps, run: CommandRun, arg: unknown): Promise<HogFunction | undefined> {
  const project = projectTarget(deps.store, arg);
  const type = await chooseKind(deps, arg, 'New blank function');
  if (!type) return undefined;
  const kind = FUNCTION_KINDS[type];
  const name = stringArg(arg, 'name') ?? (await deps.prompts.current.input({
    title: `New blank ${kind.label.toLowerCase()}`,
    prompt: 'Name',
    value: `New ${kind.label.toLowerCase()}`,
    validate: validateName,
  }));
  if (name === undefined) return undefined;
  const client = await clientFor(deps, project);
  const fn = await client.hogFunctions.create(project.projectId, { type, name: name.trim(), hog: kind.blankCode }, { signal: run.signal });
  return opened(deps, project, fn);
}

async function chooseKind(deps: LifecycleDeps, arg: unknown, title: string): Promise<CreatableType | undefined> {
  const given = stringArg(arg, 'type');
  if (given !== undefined) {
    if (!isCreatableType(given)) throw new Error(`'${given}' is not a kind of function that can be created here.`);
    return given;
  }
  return kindOfNode(arg) ?? (await pickKind(deps.prompts, title));
}

async function chooseTemplate(
  deps: LifecycleDeps,
  client: PostHogClient,
  project: ProjectRef,
  type: CreatableType,
  arg: unknown,
  signal: AbortSignal,
): Promise<HogFunctionTemplate | undefined> {
  const templateId = stringArg(arg, 'templateId');
  if (templateId) return client.templates.get(project.projectId, templateId, { signal });
  const templates = client.templates.list(project.projectId, { types: [type] }, { signal }).all();
  const items = templates.then((list) =>
    list.map((t) => ({
      label: t.name,
      description: t.status === 'stable' ? undefined : t.status,
      detail: [t.description, t.category.join(', ')].filter(Boolean).join(' · '),
      value: t,
    })),
  );
  return deps.prompts.current.pick(items, {
    title: `New ${FUNCTION_KINDS[type].label.toLowerCase()} from a template`,
    placeholder: 'Type to search the templates',
    matchOnDetails: true,
  });
}

/**
 * Every default of the template (as PostHog's own form sends them), plus a value for each required
 * input without a default: from `given`, else asked for. Undefined when the user cancels.
 */
async function templateInputs(deps: LifecycleDeps, template: HogFunctionTemplate, given: Record<string, unknown> | undefined): Promise<InputValues | undefined> {
  const inputs: InputValues = {};
  for (const item of template.inputs_schema) {
    if (item.default !== undefined) inputs[item.key] = { value: item.default };
  }
  if (given) {
    for (const [key, value] of Object.entries(given)) inputs[key] = { value };
    return inputs;
  }
  const asked = await askInputs(deps.prompts, `New function from “${template.name}”`, inputsToAsk(template.inputs_schema));
  return asked && { ...inputs, ...asked };
}

/** Shows the new function in its group and opens its code (site_* functions hold TypeScript). */
async function opened(deps: LifecycleDeps, project: ProjectRef, fn: HogFunction): Promise<HogFunction> {
  refreshGroupOf(deps.explorer, project, fn.type);
  const uri = documentUri({ ...project, kind: 'function', id: fn.id }, 'functionCode', fn.name);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  if (fn.type.startsWith('site_')) await vscode.languages.setTextDocumentLanguage(document, 'typescript');
  return fn;
}
