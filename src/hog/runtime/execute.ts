// One invocation of a Hog function, logged as PostHog's worker logs it (HogExecutorService.execute
// and executeWithAsyncFunctions): print lines as `info` entries (", "-joined, secrets redacted, the
// 25th replaced by a warning), the error line, and the completion `debug` line with time, memory
// and ops. Async calls (a real fetch, sleep) suspend the VM and resume it with their value.
import type { VMState } from '@posthog/hogvm';
import type { BytecodeValue } from '../compiler';
import { hogvm } from './hogvm';
import { formatNumber, logMessage, LogSink } from './logs';
import type { RunLimits } from './limits';
import { runVm, UnknownAsyncFunction, type VmDebugger } from './vm';

export interface ExecuteInput {
  readonly bytecode: readonly BytecodeValue[];
  /** Globals with `inputs` already built. */
  readonly globals: Record<string, unknown>;
  readonly secrets: readonly string[];
  readonly functions: Record<string, (...args: unknown[]) => unknown>;
  readonly asyncFunctions: Record<string, (args: unknown[]) => Promise<unknown>>;
  readonly limits: RunLimits;
  readonly signal?: AbortSignal;
  /** Where the run's lines go (a real fetch writes its failures there too, in order). */
  readonly logs?: LogSink;
  /** VM printing instead of log entries (the command line's `run`). */
  readonly vmPrint?: (line: string) => void;
  /** For debug bytecode: the debugger it runs under. */
  readonly debugger?: VmDebugger;
}

export interface ExecuteOutcome {
  readonly logs: LogSink;
  /** The function's return value when it finished with a truthy one (the worker's `execResult`). */
  readonly execResult: unknown;
  /** The worker's `result.error`: the message of what stopped the run. */
  readonly error: string | null;
  /** The thrown value itself, for positions and the command line. */
  readonly thrown?: unknown;
  readonly state?: VMState;
}

export async function executeFunction(input: ExecuteInput): Promise<ExecuteOutcome> {
  const logs = input.logs ?? new LogSink();
  const eventId = eventOf(input.globals).uuid || 'Unknown event';
  const started = performance.now();
  const outcome = await runVm(input.bytecode, {
    globals: input.globals,
    functions: input.vmPrint ? input.functions : { print: printer(logs, input, String(eventId)), ...input.functions },
    asyncFunctions: input.asyncFunctions,
    timeoutMs: input.limits.timeoutMs,
    maxAsyncSteps: input.limits.maxAsyncSteps,
    memoryBytes: input.limits.memoryBytes,
    signal: input.signal,
    vmPrint: input.vmPrint,
    debugger: input.debugger,
  });
  if (outcome.error !== undefined) {
    const error = outcome.error;
    if (!(error instanceof UnknownAsyncFunction)) logs.push('error', `Error executing function on event ${eventId}: ${String(error)}`);
    return { logs, execResult: null, error: messageOf(error), thrown: error, state: outcome.state };
  }
  const execResult = outcome.finished && Boolean(outcome.result) ? hogvm().convertHogToJS(outcome.result) : null;
  logs.push('debug', completionLine(performance.now() - started, outcome.state, input.globals));
  return { logs, execResult, error: null, state: outcome.state };
}

/** `print` as the worker overrides it. */
function printer(logs: LogSink, input: ExecuteInput, eventId: string): (...args: unknown[]) => unknown {
  let printed = 0;
  return (...args) => {
    printed++;
    if (printed === input.limits.maxLogs) {
      logs.push('warn', `Function exceeded maximum log entries. No more logs will be collected. Event: ${eventId}`);
    }
    if (printed < input.limits.maxLogs) logs.push('info', logMessage(args, input.secrets));
    return null;
  };
}

function completionLine(durationMs: number, state: VMState | undefined, globals: Record<string, unknown>): string {
  const parts = [`Function completed in ${formatNumber(durationMs)}ms.`];
  if (state) {
    parts.push(`Sync: ${formatNumber(state.syncDuration)}ms.`, `Mem: ${formatNumber(state.maxMemUsed / 1024)}kb.`, `Ops: ${state.ops}.`);
    parts.push(`Event: '${String(eventOf(globals).url)}'`);
  }
  return parts.join(' ');
}

function eventOf(globals: Record<string, unknown>): Record<string, unknown> {
  const event = globals.event;
  return typeof event === 'object' && event !== null ? (event as Record<string, unknown>) : {};
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
