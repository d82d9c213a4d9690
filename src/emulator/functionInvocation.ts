// A hog function's test invocation, run for real as PostHog's CDP worker runs it (cdp-api.ts
// postFunctionInvocation): destinations through their filters (event names only: filter bytecode
// is still a placeholder that matches) and mappings, transformations through the transformer.
// Other types are refused by the worker (400), which PostHog's API answers as {"status": "error"}.
import { randomUUID } from 'node:crypto';
import { compileInputs, type InputSchemaLike } from '../hog/templates';
import { runFunction, type LogEntry, type RunFunctionResult } from '../hog/runtime';
import { compiledHog } from './hogBytecode';
import { isRecord, type JsonObject, type JsonValue } from './json';
import type { Project, StoredHogFunction } from './model';

export interface FunctionInvocationRequest {
  readonly fn: StoredHogFunction;
  /** `{id}` of the URL when it named a stored function; undefined for `new`. */
  readonly storedId: string | undefined;
  readonly globals: JsonObject;
  readonly mock: boolean;
  readonly project: Project;
  readonly siteUrl: string;
}

/** The worker's answer: status code and body (PostHog's API passes a 200 body through unchanged). */
export interface WorkerReply {
  readonly status: number;
  readonly body: JsonObject;
}

const WORKER_ERROR: WorkerReply = { status: 400, body: { status: 'error' } };

export async function invokeFunctionForReal(request: FunctionInvocationRequest): Promise<WorkerReply> {
  const { fn } = request;
  if (!isRecord(request.globals.event)) return WORKER_ERROR;
  const globals = { ...request.globals, project: projectGlobals(request) };
  if (fn.type === 'transformation') return reply(await runTransformation(request, globals));
  if (fn.type !== 'destination' && fn.type !== 'internal_destination') return WORKER_ERROR;
  return reply(await runDestination(request, globals));
}

function projectGlobals({ project, siteUrl, globals }: FunctionInvocationRequest): JsonObject {
  const given = isRecord(globals.project) ? globals.project : {};
  return { id: project.id, name: project.name, url: `${siteUrl}/project/${project.id}`, ...given };
}

async function runTransformation(request: FunctionInvocationRequest, globals: JsonObject): Promise<RunFunctionResult> {
  // The worker gives the function a fresh id so that its transformer does not cache the run.
  return runFunction({ ...common(request, globals), type: 'transformation', id: randomUUID() });
}

async function runDestination(request: FunctionInvocationRequest, globals: JsonObject): Promise<RunFunctionResult> {
  const { fn } = request;
  const filterLogs: LogEntry[] = [];
  const targets = (fn.mappings ?? [null]).filter((mapping) => {
    const filters = isRecord(mapping) && isRecord(mapping.filters) ? mapping.filters : fn.filters;
    const matches = eventMatches(filters, globals) && (mapping === null || eventMatches(fn.filters, globals));
    if (!matches) filterLogs.push(logEntry('info', 'Mapping trigger not matching filters was ignored.'));
    return matches;
  });
  const runs: RunFunctionResult[] = [];
  for (const mapping of targets) runs.push(await runFunction({ ...common(request, globals), ...mappingInputs(fn, mapping) }));
  const errors = runs.flatMap((run) => run.errors);
  const skipped = runs.length === 0 || runs.every((run) => run.status === 'skipped');
  return {
    status: errors.length > 0 ? 'error' : skipped ? 'skipped' : 'success',
    result: null,
    errors,
    logs: [...filterLogs, ...runs.flatMap((run) => run.logs)],
    execResult: null,
    capturedEvents: runs.flatMap((run) => run.capturedEvents),
  };
}

function common(request: FunctionInvocationRequest, globals: JsonObject) {
  const { fn } = request;
  return {
    type: fn.type,
    bytecode: compiledHog(fn.hog) ?? [],
    id: request.storedId,
    name: fn.name,
    inputsSchema: fn.inputsSchema,
    inputs: fn.inputs,
    globals,
    fetch: request.mock ? ('mock' as const) : ('real' as const),
    sleep: false,
  };
}

/** A mapping's inputs over the function's (the worker's `additionalInputs`), compiled with their schemas. */
function mappingInputs(fn: StoredHogFunction, mapping: JsonValue) {
  if (!isRecord(mapping)) return {};
  const mappingSchema = (Array.isArray(mapping.inputs_schema) ? mapping.inputs_schema : []) as unknown as InputSchemaLike[];
  const mappingValues = (isRecord(mapping.inputs) ? mapping.inputs : {}) as Record<string, { value?: unknown }>;
  const inputs = { ...compileInputs(fn.inputsSchema, fn.inputs, fn.type), ...compileInputs(mappingSchema, mappingValues, fn.type) };
  return { inputsSchema: undefined, inputs };
}

/**
 * The worker's pre-filter on event names; beyond it the filter bytecode decides, and the
 * emulator's filter bytecode is a placeholder that always matches.
 */
function eventMatches(filters: JsonValue | undefined, globals: JsonObject): boolean {
  if (!isRecord(filters) || !Array.isArray(filters.events) || filters.events.length === 0) return true;
  if (Array.isArray(filters.actions) && filters.actions.length > 0) return true;
  const name = isRecord(globals.event) ? globals.event.event : undefined;
  return filters.events.some((entry) => isRecord(entry) && (entry.id === null || entry.id === name));
}

function reply(result: RunFunctionResult): WorkerReply {
  const body = { result: result.result, status: result.status, errors: result.errors, logs: result.logs };
  return { status: 200, body: JSON.parse(JSON.stringify(body)) as JsonObject };
}

function logEntry(level: LogEntry['level'], message: string): LogEntry {
  return { level, timestamp: new Date().toISOString(), message };
}
