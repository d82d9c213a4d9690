// Test invocations. There is no Hog VM yet, so runs are simulated: the configuration is validated
// like a save, and the answer says plainly (first log line) that no code was executed.
import { ApiError, rawSerializerErrors, validationError } from './errors';
import { flowDraftConfiguration } from './flowDrafts';
import { functionContentBody } from './functionContent';
import { buildFunction } from './hogFunctionWrite';
import { parseFlowFields } from './hogFlowValidation';
import { isRecord, type JsonObject, type JsonValue } from './json';
import { isTransformationType, type FlowAction, type StoredHogFunction, type StoredInputs } from './model';
import { booleanParam, requireObject } from './request';
import { json, type Reply, type RequestContext } from './router';

const SIMULATED_FUNCTION = 'Simulated by the local PostHog emulator: the function code was NOT executed.';
const SIMULATED_FLOW = 'Simulated by the local PostHog emulator: the workflow was NOT executed.';

function logLine(level: string, message: string): JsonObject {
  return { level, timestamp: new Date().toISOString(), message };
}

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
  const globals = isRecord(body.globals) ? body.globals : {};
  const event: JsonValue = isRecord(globals.event) ? globals.event : null;
  const inputKeys = Object.keys(candidate.inputs);
  return json({
    status: 'success',
    result: isTransformationType(candidate.type) ? event : null,
    errors: [],
    logs: [
      logLine('info', SIMULATED_FUNCTION),
      logLine('info', `Validated a ${candidate.type} with ${inputKeys.length} input(s): ${inputKeys.join(', ') || 'none'}.`),
      logLine('debug', 'Function completed in 0ms (simulated).'),
    ],
  });
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

export function invokeFlow(ctx: RequestContext): Reply {
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
  const start = typeof body.current_action_id === 'string' ? body.current_action_id : actions.find((a) => a.type === 'trigger')?.id;
  const current = actions.find((a) => a.id === start);
  const next = nextActionId(edges, start);
  return json({
    status: 'success',
    logs: [
      logLine('info', SIMULATED_FLOW),
      logLine('info', `Would run step '${current?.name ?? start ?? 'trigger'}' (${current?.type ?? 'unknown'}).`),
    ],
    nextActionId: next,
    variables: {},
  });
}

function nextActionId(edges: JsonValue[], from: string | undefined): string | null {
  const edge = edges.find((e) => isRecord(e) && e.from === from && e.type === 'continue');
  return isRecord(edge) && typeof edge.to === 'string' ? edge.to : null;
}
