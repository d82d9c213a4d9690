// A workflow's test invocation, run as PostHog's CDP worker runs it (cdp-api.ts
// postHogflowInvocation → HogFlowExecutorService.executeCurrentAction): one action per request —
// `current_action_id`, or the step after the trigger — and the answer names the next one:
// {nextActionId, status, errors, logs, variables, execResult}.
import { isRecord, type JsonObject, type JsonValue } from './json';
import type { FlowAction, Project } from './model';
import { filterMatches, runAction } from './flowActions';
import { entry, findAction, label, nextAction, type FlowRun, type FlowUnderTest, type StepOutcome } from './flowRun';
import type { WorkerReply } from './functionInvocation';

export interface FlowInvocationRequest {
  readonly flow: FlowUnderTest;
  readonly globals: JsonObject;
  readonly currentActionId: string | undefined;
  readonly mock: boolean;
  readonly project: Project;
  readonly siteUrl: string;
}

export async function invokeFlowForReal(request: FlowInvocationRequest): Promise<WorkerReply> {
  // The worker answers 400 {error}; PostHog's API passes it on as {status: "error", message}.
  if (!isRecord(request.globals.event)) return { status: 400, body: { status: 'error', message: 'Missing event' } };
  const run = newRun(request);
  const outcome = await executeCurrentAction(run, request.currentActionId);
  return {
    status: 200,
    body: JSON.parse(
      JSON.stringify({
        nextActionId: run.currentActionId,
        status: outcome.error ? 'error' : 'success',
        errors: outcome.error ? [outcome.error] : [],
        logs: [...run.logs, ...run.asyncLogs],
        variables: run.variables,
        execResult: null,
      }),
    ) as JsonObject,
  };
}

function newRun(request: FlowInvocationRequest): FlowRun {
  const defaults = Object.fromEntries(request.flow.variables.map((v) => [String(v.key), v.default || null]));
  const given = isRecord(request.globals.variables) ? request.globals.variables : {};
  return {
    flow: request.flow,
    globals: request.globals,
    project: request.project,
    siteUrl: request.siteUrl,
    mock: request.mock,
    variables: { ...defaults, ...given },
    currentActionId: undefined,
    logs: [],
    asyncLogs: [],
  };
}

/** executeCurrentAction: run the action, move on (or not), and turn any error into the answer's error. */
async function executeCurrentAction(run: FlowRun, currentActionId: string | undefined): Promise<{ error?: string }> {
  let action: FlowAction | undefined;
  try {
    action = currentAction(run, currentActionId);
    if (!filterMatches(action.filters, run)) {
      run.logs.push(entry('info', `${label(action)} Skipped due to filter conditions`));
      moveTo(run, nextAction(run, action.id));
      return {};
    }
    run.logs.push(entry('debug', `Executing action ${label(action)}`));
    await applyOutcome(run, action, await runAction(run, action));
    return {};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (action) continueOnError(run, action);
    return { error: message };
  }
}

async function applyOutcome(run: FlowRun, action: FlowAction, outcome: StepOutcome): Promise<void> {
  if (outcome.error !== undefined) {
    const error = new Error(outcome.error);
    run.logs.push(entry('error', `${label(action)} Errored: ${String(error)}`));
    throw error;
  }
  if (outcome.result !== undefined) storeResult(run, action, outcome.result);
  if (outcome.scheduledAt) run.logs.push(entry('info', `Workflow will pause until ${outcome.scheduledAt.toISOString()}`));
  if (outcome.next) moveTo(run, outcome.next);
}

function currentAction(run: FlowRun, id: string | undefined): FlowAction {
  if (id !== undefined) {
    run.currentActionId = id;
    return findAction(run, id);
  }
  const trigger = run.flow.actions.find((a) => a.type === 'trigger');
  if (!trigger) throw new Error('No trigger action found');
  const next = nextAction(run, trigger.id);
  run.currentActionId = next.id;
  return next;
}

function moveTo(run: FlowRun, next: FlowAction): void {
  run.currentActionId = next.id;
  run.logs.push(entry('info', `Workflow moved to action ${label(next)}`));
}

function continueOnError(run: FlowRun, action: FlowAction): void {
  if (action.on_error !== 'continue') return;
  try {
    const next = nextAction(run, action.id);
    run.logs.push(entry('info', `${label(action)} Continuing to next action ${label(next)} despite error due to error handling setting being set to continue on error`));
    moveTo(run, next);
  } catch {
    // No next action: the error stands.
  }
}

/** `output_variable`: the action's result stored in a flow variable (at most 1 KB of variables). */
function storeResult(run: FlowRun, action: FlowAction, result: unknown): void {
  const output = isRecord(action.output_variable) ? action.output_variable : null;
  if (!output || typeof output.key !== 'string' || output.key === '') return;
  if (!result) {
    run.logs.push(entry('warn', `An output variable was specified for [Action:${action.id}], but no output was returned.`));
    return;
  }
  const path = typeof output.result_path === 'string' && output.result_path !== '' ? output.result_path : null;
  run.variables[output.key] = (path === null ? result : valueAt(result, path)) as JsonValue;
  if (Buffer.byteLength(JSON.stringify(run.variables), 'utf8') > 1024) {
    run.logs.push(entry('warn', `Total variable size after updating '${output.key}' is larger than 1KB, this result will not be stored and won't be available in subsequent actions.`));
    delete run.variables[output.key];
    return;
  }
  run.logs.push(entry('debug', `Stored action result in variable '${output.key}': ${JSON.stringify(run.variables[output.key])}`));
}

function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, key) => (isRecord(current as JsonValue) ? (current as JsonObject)[key] : undefined), value);
}
