// What each workflow action does in a test run, as PostHog's action handlers do it
// (nodejs/src/cdp/services/hogflows/actions/). Function steps run their template's Hog for real;
// filters and conditions evaluate the event-name pre-filter and their bytecode, which the
// emulator still stores as a placeholder that matches; time windows are not modelled (they continue).
import { runFunction } from '../hog/runtime';
import { compiledHog } from './hogBytecode';
import { isRecord, type JsonValue } from './json';
import type { FlowAction, StoredInputs } from './model';
import { runFilterBytecode } from './filterMatch';
import { label, nextAction, type FlowRun, type StepOutcome } from './flowRun';
import { findTemplate } from './templates';

const FUNCTION_TYPES = ['function', 'function_email', 'function_sms', 'function_push'];

export async function runAction(run: FlowRun, action: FlowAction): Promise<StepOutcome> {
  if (FUNCTION_TYPES.includes(action.type)) return runFunctionStep(run, action);
  switch (action.type) {
    case 'trigger':
      return action.config.type !== 'event' || filterMatches(action.config.filters, run) ? { next: nextAction(run, action.id) } : { finished: true };
    case 'delay':
      return { next: nextAction(run, action.id), scheduledAt: delayUntil(action.config.delay_duration) };
    case 'conditional_branch':
      return branch(run, action, conditionsOf(action.config.conditions), undefined);
    case 'wait_until_condition':
      return branch(run, action, [action.config.condition], action.config.max_wait_duration);
    case 'random_cohort_branch':
      return randomCohort(run, action);
    case 'wait_until_time_window':
      return { next: nextAction(run, action.id) };
    case 'exit':
      return { finished: true };
    default:
      throw new Error(`Action type '${action.type}' not supported`);
  }
}

/** A function step: the template's Hog with the step's inputs, globals as HogFlowFunctionsService builds them. */
async function runFunctionStep(run: FlowRun, action: FlowAction): Promise<StepOutcome> {
  const templateId = String(action.config.template_id);
  const template = findTemplate(templateId);
  if (!template) throw new Error(`Template '${templateId}' not found`);
  const name = `${run.flow.name} - ${template.name}`;
  const projectUrl = `${run.siteUrl}/project/${run.project.id}`;
  const globals = {
    event: run.globals.event,
    person: run.globals.person,
    variables: run.variables,
    source: { name, url: `${projectUrl}/workflows/${run.flow.id}/workflow?node=${run.flow.id}` },
    project: { id: run.project.id, name: '', url: '' },
  };
  const result = await runFunction({
    type: 'flow_function',
    bytecode: compiledHog(template.code) ?? [],
    id: run.flow.id,
    name,
    inputsSchema: template.inputs_schema,
    inputs: (isRecord(action.config.inputs) ? action.config.inputs : {}) as unknown as StoredInputs,
    globals,
    fetch: run.mock ? 'mock' : 'real',
    sleep: false,
  });
  const [asyncLines, ownLines] = splitMockLines(result.logs);
  run.asyncLogs.push(...asyncLines.map((log) => ({ ...log })));
  run.logs.push(...ownLines.map((log) => ({ ...log, message: `${label(action)} ${log.message}` })));
  const error = result.errors[0];
  return { next: nextAction(run, action.id), result: result.execResult ?? undefined, ...(error === undefined ? {} : { error }) };
}

/** The mocked fetch lines open the run's logs; in a flow the worker collects them apart. */
function splitMockLines<T extends { message: string }>(logs: readonly T[]): [T[], T[]] {
  let mocked = 0;
  while (mocked < logs.length && isMockLine(logs, mocked)) mocked += 2;
  return [logs.slice(0, mocked), logs.slice(mocked)];
}

function isMockLine(logs: readonly { message: string }[], i: number): boolean {
  return logs[i]?.message === "Async function 'fetch' was mocked with arguments:" && (logs[i + 1]?.message.startsWith('fetch(') ?? false);
}

function conditionsOf(raw: JsonValue | undefined): JsonValue[] {
  return Array.isArray(raw) ? raw : [];
}

/** conditional_branch and wait_until_condition: the first condition that matches takes its branch. */
function branch(run: FlowRun, action: FlowAction, conditions: JsonValue[], waitFor: JsonValue | undefined): StepOutcome {
  for (const [index, condition] of conditions.entries()) {
    if (isRecord(condition) && filterMatches(condition.filters, run)) {
      const next = nextAction(run, action.id, index);
      return { next, result: { conditionResult: { nextAction: next } } };
    }
  }
  const scheduledAt = typeof waitFor === 'string' ? delayUntil(waitFor, 10 * 60) : undefined;
  if (scheduledAt) return { scheduledAt, result: { conditionResult: { scheduledAt: scheduledAt.toISOString() } } };
  return { next: nextAction(run, action.id), result: { conditionResult: {} } };
}

function randomCohort(run: FlowRun, action: FlowAction): StepOutcome {
  const cohorts = Array.isArray(action.config.cohorts) ? action.config.cohorts : [];
  const roll = Math.random() * 100;
  let cumulative = 0;
  for (const [index, cohort] of cohorts.entries()) {
    cumulative += isRecord(cohort) && typeof cohort.percentage === 'number' ? cohort.percentage : 0;
    if (roll <= cumulative) {
      const next = nextAction(run, action.id, index);
      return { next, result: { assigned_cohort: next.id } };
    }
  }
  const next = nextAction(run, action.id, cohorts.length - 1);
  return { next, result: { assigned_cohort: next.id } };
}

const UNIT_SECONDS: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };
const UNIT_MAX: Record<string, number> = { d: 30, h: 24, m: 60, s: 60 };

/** calculatedScheduledAt from the action's start (now): each unit capped as PostHog caps it. */
function delayUntil(value: JsonValue | undefined, maxSeconds?: number): Date | undefined {
  const match = /^(\d*\.?\d+)([dhms])$/.exec(String(value));
  if (!match) throw new Error(`Invalid duration: ${String(value)}`);
  const unit = match[2] as string;
  const seconds = Math.min(UNIT_MAX[unit] as number, parseFloat(match[1] as string)) * (UNIT_SECONDS[unit] as number);
  if (seconds <= 0) return undefined;
  return new Date(Date.now() + Math.min(seconds, maxSeconds ?? Infinity) * 1000);
}

/** filterFunctionInstrumented: no filters match; event names pre-filter; then the bytecode decides. */
export function filterMatches(filters: JsonValue | undefined, run: FlowRun): boolean {
  if (!isRecord(filters)) return true;
  const keys = Object.keys(filters);
  if (keys.length === 1 && keys[0] === 'bytecode') return true;
  const event = isRecord(run.globals.event) ? run.globals.event : {};
  const events = Array.isArray(filters.events) ? filters.events : [];
  const actions = Array.isArray(filters.actions) ? filters.actions : [];
  if (events.length > 0 && actions.length === 0 && !events.some((e) => isRecord(e) && (e.id === null || e.id === event.event))) return false;
  return runFilterBytecode(filters.bytecode, run);
}
