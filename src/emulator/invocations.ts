// Test invocations: the configuration is validated like a save (PostHog's API), then run for real
// on PostHog's VM as PostHog's CDP worker runs it (functionInvocation.ts, flowInvocation.ts).
import { ApiError, rawSerializerErrors, validationError } from './errors';
import { flowDraftConfiguration } from './flowDrafts';
import { functionContentBody } from './functionContent';
import { buildFunction } from './hogFunctionWrite';
import { parseFlowFields } from './hogFlowValidation';
import { invokeFlowForReal } from './flowInvocation';
import { invokeFunctionForReal } from './functionInvocation';
import { isRecord, type JsonObject, type JsonValue } from './json';
import type { FlowAction, StoredHogFunction, StoredInputs } from './model';
import { booleanParam, requireObject } from './request';
import type { Reply, RequestContext } from './router';

/** `{id}` may be `new` or unknown: the lookup fails softly. */
function storedFunction(ctx: RequestContext, projectId: number): StoredHogFunction | undefined {
  const fn = ctx.state.functions.get(ctx.params.id ?? '');
  return fn && fn.projectId === projectId && !fn.deleted ? fn : undefined;
}

export async function invokeFunction(ctx: RequestContext): Promise<Reply> {
  const project = ctx.project();
  const body = requireObject(ctx.body);
  const stored = storedFunction(ctx, project.id);
  const { configuration, storedInputs } = functionUnderTest(body, stored);
  let candidate: StoredHogFunction;
  try {
    candidate = await buildFunction(ctx.state, project.id, configuration, storedInputs);
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      throw new ApiError(400, rawSerializerErrors(error, 'configuration'));
    }
    throw error;
  }
  const worker = await invokeFunctionForReal({
    fn: candidate,
    storedId: stored?.id,
    globals: isRecord(body.globals) ? body.globals : {},
    mock: body.mock_async_functions !== false,
    project,
    siteUrl: ctx.baseUrl,
  });
  return { status: worker.status, body: worker.body };
}

/** `use_draft` tests the live function with the draft's content on top; otherwise `configuration` is required. */
function functionUnderTest(body: JsonObject, stored: StoredHogFunction | undefined): { configuration: JsonObject; storedInputs: StoredInputs } {
  if (booleanParam(body.use_draft, 'use_draft')) {
    if (!stored?.draft) throw validationError('This function has no staged draft to test.', 'use_draft');
    const configuration = { type: stored.type, name: stored.name, ...functionContentBody(stored.draft) };
    return { configuration, storedInputs: stored.draft.inputs };
  }
  if (!isRecord(body.configuration)) throw validationError('Required unless use_draft is true.', 'configuration');
  return { configuration: { type: stored?.type ?? 'destination', ...body.configuration }, storedInputs: stored?.inputs ?? {} };
}

export async function invokeFlow(ctx: RequestContext): Promise<Reply> {
  const project = ctx.project();
  const body = requireObject(ctx.body);
  const stored = ctx.state.flows.get(ctx.params.id ?? '');
  const existing = stored && stored.projectId === project.id ? stored : undefined;
  let actions: FlowAction[] | undefined = existing?.actions;
  let edges: JsonValue[] = existing?.edges ?? [];
  const configuration = flowDraftConfiguration(existing, body) ?? body.configuration;
  if (isRecord(configuration)) {
    try {
      const fields = parseFlowFields(configuration, existing, Date.now());
      actions = fields.actions ?? actions;
      edges = fields.edges ?? edges;
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        throw new ApiError(400, { status: 'error', message: error.message });
      }
      throw error;
    }
  }
  if (!actions) throw new ApiError(400, { status: 'error', message: 'A configuration is required to test a new workflow.' });
  const worker = await invokeFlowForReal({
    flow: { id: existing?.id ?? 'new', name: flowName(configuration, existing), actions, edges, variables: flowVariables(configuration, existing) },
    globals: isRecord(body.globals) ? body.globals : {},
    currentActionId: typeof body.current_action_id === 'string' ? body.current_action_id : undefined,
    mock: body.mock_async_functions !== false,
    project,
    siteUrl: ctx.baseUrl,
  });
  return { status: worker.status, body: worker.body };
}

function flowName(configuration: JsonValue | undefined, existing: { name: string | null } | undefined): string | null {
  if (isRecord(configuration) && typeof configuration.name === 'string') return configuration.name;
  return existing?.name ?? null;
}

function flowVariables(configuration: JsonValue | undefined, existing: { variables: JsonObject[] } | undefined): JsonObject[] {
  if (isRecord(configuration) && Array.isArray(configuration.variables)) return configuration.variables.filter(isRecord);
  return existing?.variables ?? [];
}
