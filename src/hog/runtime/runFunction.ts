// Runs a Hog function locally, the way PostHog's worker runs a test invocation, and answers in the
// shape of PostHog's test-invocation response ({status, result, errors, logs}) plus what a local
// run can add: the raw return value, captured events and where a runtime error happened.
// Free of VS Code: the local PostHog, the command line and the editor call it directly.
import { compileSource, type BytecodeValue, type BytecodeSourceMap } from '../compiler';
import { compileInputs, InputTemplateError, type InputLike, type InputSchemaLike } from '../templates';
import { errorPosition, type SourcePosition } from './errorPosition';
import { executeFunction, messageOf, type ExecuteOutcome } from './execute';
import { mockedFetch, realFetch } from './fetch';
import { postHogCapture, transformationFunctions, type CapturedEvent } from './functions';
import { functionGlobals, isTransformation, pluginEvent, record, type Globals } from './globals';
import { buildInputs, type RuntimeInput } from './inputs';
import { limitsWith, type RunLimits } from './limits';
import { LogSink, type LogEntry } from './logs';
import { sleepFor } from './sleep';
import { transformedEvent } from './transformation';

export interface RunFunctionOptions {
  /** The function's type (default `destination`): it decides the globals and the answer. */
  readonly type?: string;
  /** Hog source to compile (runtime errors then get a position), or bytecode to run as is. */
  readonly code?: string;
  readonly bytecode?: readonly BytecodeValue[];
  readonly id?: string;
  readonly name?: string;
  /** With a schema, inputs are compiled from their values as PostHog compiles them on save. */
  readonly inputsSchema?: readonly InputSchemaLike[];
  readonly inputs?: Readonly<Record<string, (InputLike & RuntimeInput) | undefined>>;
  /** The test run's globals: event, person, groups, project, request, … */
  readonly globals?: Globals;
  /** `mock` (default) logs each fetch in PostHog's words and answers 200; `real` sends it. */
  readonly fetch?: 'mock' | 'real';
  /** Default true; false answers `sleep()` as PostHog's worker does ("Unknown async function"). */
  readonly sleep?: boolean;
  readonly limits?: Partial<RunLimits>;
  readonly signal?: AbortSignal;
  /** The VM prints by itself (console.log format) to this callback instead of logging. */
  readonly vmPrint?: (line: string) => void;
}

export interface RunFunctionResult {
  readonly status: 'success' | 'error' | 'skipped';
  /** Transformations: the transformed event (null when dropped); other types: null. */
  readonly result: unknown;
  readonly errors: string[];
  readonly logs: LogEntry[];
  /** The function's own return value. */
  readonly execResult: unknown;
  readonly capturedEvents: CapturedEvent[];
  /** Where the compile or runtime error happened, when known (1-based line and column). */
  readonly errorPosition?: SourcePosition;
}

export async function runFunction(options: RunFunctionOptions): Promise<RunFunctionResult> {
  const type = options.type ?? 'destination';
  const program = bytecodeOf(options);
  if ('failure' in program) return program.failure;
  const limits = limitsWith(options.limits);
  const triggerGlobals = options.globals ?? {};
  const globals = functionGlobals(type, triggerGlobals, options);
  let inputs: Record<string, unknown>;
  try {
    globals.inputs = inputs = buildInputs(inputsOf(options, type), globals, limits.templateTimeoutMs);
  } catch (error) {
    return inputsFailure(type, triggerGlobals, error);
  }
  const secrets = sensitiveValues(options.inputsSchema ?? [], inputs);
  const sinks: RunSinks = { mockLogs: new LogSink(), runLogs: new LogSink(), secrets, captured: [] };
  const failures: string[] = [];
  const outcome = await executeFunction({
    bytecode: program.bytecode,
    globals,
    secrets,
    functions: functionsFor(type, options, globals, sinks),
    asyncFunctions: asyncFunctionsFor(type, options, limits, sinks, failures),
    logs: sinks.runLogs,
    limits,
    signal: options.signal,
    vmPrint: options.vmPrint,
  });
  return answer(type, options, triggerGlobals, outcome, { ...sinks, failures, sourceMap: program.sourceMap });
}

type Program = { bytecode: readonly BytecodeValue[]; sourceMap?: BytecodeSourceMap } | { failure: RunFunctionResult };

function bytecodeOf(options: RunFunctionOptions): Program {
  if (options.code === undefined) return { bytecode: options.bytecode ?? [] };
  const compiled = compileSource(options.code, { sourceMap: true });
  if (compiled.errors === undefined) return { bytecode: compiled.bytecode, sourceMap: compiled.sourceMap };
  const first = compiled.errors[0];
  const errorPosition = first && { line: first.start.line, column: first.start.column + 1, endLine: first.end.line, endColumn: first.end.column + 1 };
  return { failure: { ...failed(compiled.errors.map((e) => e.message)), errorPosition } };
}

function inputsOf(options: RunFunctionOptions, type: string): Record<string, RuntimeInput | undefined> {
  const inputs = options.inputs ?? {};
  return options.inputsSchema ? compileInputs(options.inputsSchema, inputs, type) : { ...inputs };
}

/** A destination skips the run (and logs why) when its inputs cannot be built; other types fail. */
function inputsFailure(type: string, globals: Globals, error: unknown): RunFunctionResult {
  const message = error instanceof InputTemplateError && error.key ? `${error.key}: ${error.message}` : messageOf(error);
  if (type !== 'destination' && type !== 'internal_destination') return failed([message]);
  const logs = new LogSink();
  logs.push('error', `Error building inputs for event ${String(record(globals.event).uuid)}: ${message}`);
  return { ...failed([]), status: 'skipped', logs: logs.entries };
}

function failed(errors: string[]): RunFunctionResult {
  return { status: 'error', result: null, errors, logs: [], execResult: null, capturedEvents: [] };
}

interface RunSinks {
  /** The mocked calls' lines: the worker collects them apart and answers with them first. */
  readonly mockLogs: LogSink;
  /** The run's own lines, in order. */
  readonly runLogs: LogSink;
  readonly secrets: readonly string[];
  readonly captured: CapturedEvent[];
}

function functionsFor(type: string, options: RunFunctionOptions, globals: Globals, sinks: RunSinks): Record<string, (...args: unknown[]) => unknown> {
  if (isTransformation(type)) return transformationFunctions();
  const functions: Record<string, (...args: unknown[]) => unknown> = {
    postHogCapture: postHogCapture(globals, sinks.captured, sinks.runLogs),
  };
  if (options.fetch !== 'real') functions.fetch = mockedFetch(sinks.mockLogs, sinks.secrets) as (...args: unknown[]) => unknown;
  return functions;
}

function asyncFunctionsFor(
  type: string,
  options: RunFunctionOptions,
  limits: RunLimits,
  sinks: RunSinks,
  failures: string[],
): Record<string, (args: unknown[]) => Promise<unknown>> {
  const functions: Record<string, (args: unknown[]) => Promise<unknown>> = {};
  if (options.sleep !== false) functions.sleep = (args) => sleepFor(Number(args[0]) * 1000, options.signal);
  if (options.fetch === 'real' && !isTransformation(type)) {
    const context = {
      logs: sinks.runLogs,
      secrets: sinks.secrets,
      timeoutMs: limits.fetchTimeoutMs,
      signal: options.signal,
      onFailure: (message: string) => failures.push(`Error: ${message}`),
    };
    functions.fetch = (args) => realFetch(args, context);
  }
  return functions;
}

interface Collected extends Omit<RunSinks, 'secrets'> {
  readonly failures: string[];
  readonly sourceMap?: BytecodeSourceMap;
}

function answer(type: string, options: RunFunctionOptions, globals: Globals, outcome: ExecuteOutcome, collected: Collected): RunFunctionResult {
  const errors = [...collected.failures, ...(outcome.error === null ? [] : [outcome.error])];
  const logs = [...collected.mockLogs.entries, ...outcome.logs.entries];
  const position = outcome.thrown === undefined ? undefined : errorPosition(outcome.state, collected.sourceMap);
  const result = isTransformation(type)
    ? transformedEvent(pluginEvent(globals), { execResult: outcome.execResult, failed: outcome.error !== null }, `${options.name ?? ''} (${options.id ?? 'new'})`)
    : null;
  return {
    status: errors.length > 0 ? 'error' : 'success',
    result,
    errors,
    logs,
    execResult: outcome.execResult,
    capturedEvents: collected.captured,
    ...(position ? { errorPosition: position } : {}),
  };
}

/** Values to redact from logs: secret inputs, and the string fields of secret dictionaries (getSensitiveValues). */
function sensitiveValues(schema: readonly InputSchemaLike[], inputs: Record<string, unknown>): string[] {
  const values: string[] = [];
  for (const item of schema as readonly (InputSchemaLike & { secret?: unknown })[]) {
    if (item.secret !== true && item.type !== 'integration') continue;
    const value = inputs[item.key];
    if (typeof value === 'string') values.push(value);
    else if ((item.type === 'dictionary' || item.type === 'integration') && typeof value === 'object' && value !== null) {
      for (const field of Object.values(value)) if (typeof field === 'string') values.push(field);
    }
  }
  return values.filter((value) => value.trim() !== '');
}
