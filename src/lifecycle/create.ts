// Create a function from a template, or a blank one of a kind; the new function opens at once
// as its code document and appears in its group.
import type { PostHogClient } from '../api';
import { displayName } from '../api/displayName';
import type { HogFunction, HogFunctionCreate } from '../api/types/hogFunction';
import type { InputValues } from '../api/types/inputs';
import type { HogFunctionTemplate } from '../api/types/template';
import { showDocument } from '../fileSystem/showDocument';
import type { ProjectRef } from '../objects/objectRef';
import type { LifecycleDeps } from './deps';
import { FUNCTION_KINDS, isCreatableType, pickKind, type CreatableType } from './functionKinds';
import { validateName } from './rename';
import { askInputs, inputsToAsk } from './requiredInputs';

/** What a create command was given; what is missing is asked for. */
export interface NewFunction {
  /** The kind to create (checked); else `suggested`, else the user picks one. */
  readonly type?: string;
  /** The kind the command's tree node implies (a function group or a function). */
  readonly suggested?: CreatableType;
  readonly name?: string;
  readonly templateId?: string;
  /** Plain values of the template's inputs, by key. */
  readonly inputs?: Record<string, unknown>;
}

/**
 * `posthog.createFunction`. Costs the template list (or one template GET), one POST and the GET
 * that opens the new function.
 */
export async function createFromTemplate(deps: LifecycleDeps, project: ProjectRef, given: NewFunction, signal: AbortSignal): Promise<HogFunction | undefined> {
  const type = await chooseKind(deps, given, 'New function from a template');
  if (!type) return undefined;
  const { client } = await deps.clients.get(project.authority);
  const template = await chooseTemplate(deps, client, project, type, given.templateId, signal);
  if (!template) return undefined;
  const inputs = await templateInputs(deps, template, given.inputs);
  if (!inputs) return undefined;
  const body: HogFunctionCreate = { type: template.type, template_id: template.id, inputs, ...(given.name ? { name: given.name } : {}) };
  const fn = await client.hogFunctions.create(project.projectId, body, { signal });
  return opened(deps, project, fn);
}

/** `posthog.createBlankFunction`: one POST, then the GET that opens it. */
export async function createBlank(deps: LifecycleDeps, project: ProjectRef, given: NewFunction, signal: AbortSignal): Promise<HogFunction | undefined> {
  const type = await chooseKind(deps, given, 'New blank function');
  if (!type) return undefined;
  const kind = FUNCTION_KINDS[type];
  const name = given.name ?? (await deps.prompts.current.input({
    title: `New blank ${kind.label.toLowerCase()}`,
    prompt: 'Name',
    value: `New ${kind.label.toLowerCase()}`,
    validate: validateName,
  }));
  if (name === undefined) return undefined;
  const { client } = await deps.clients.get(project.authority);
  const fn = await client.hogFunctions.create(project.projectId, { type, name: name.trim(), hog: kind.blankCode }, { signal });
  return opened(deps, project, fn);
}

async function chooseKind(deps: LifecycleDeps, given: NewFunction, title: string): Promise<CreatableType | undefined> {
  if (given.type !== undefined) {
    if (!isCreatableType(given.type)) throw new Error(`'${given.type}' is not a kind of function that can be created here.`);
    return given.type;
  }
  return given.suggested ?? (await pickKind(deps.prompts, title));
}

async function chooseTemplate(
  deps: LifecycleDeps,
  client: PostHogClient,
  project: ProjectRef,
  type: CreatableType,
  templateId: string | undefined,
  signal: AbortSignal,
): Promise<HogFunctionTemplate | undefined> {
  if (templateId) return client.templates.get(project.projectId, templateId, { signal });
  const templates = client.templates.list(project.projectId, { types: [type] }, { signal }).all();
  const items = templates.then((list) =>
    list.map((t) => ({
      label: displayName(t.name, t.id),
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
  deps.explorer.refreshFunctionGroup(project, fn.type);
  await showDocument(deps.clients, { ...project, kind: 'function', id: fn.id }, 'functionCode', fn);
  return fn;
}
