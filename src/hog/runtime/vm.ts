// Runs bytecode on PostHog's VM (@posthog/hogvm) to its end: synchronous steps between async
// calls, each async call (real fetch, sleep) awaited here and its value pushed for the next step,
// as PostHog's worker loops over `exec` (hog-executor.service.ts). This module writes no VM.
import type { exec, ExecResult, VMState } from '@posthog/hogvm';
import * as crypto from 'node:crypto';
import { format } from 'node:util';
import type { BytecodeValue } from '../compiler';
import { hogvm } from './hogvm';
import { RE2_EXTERNAL } from './regex';

type AsyncFunction = (args: unknown[]) => Promise<unknown>;

export interface VmOptions {
  readonly globals: Record<string, unknown>;
  /** Functions Hog calls synchronously (print, postHogCapture, a mocked fetch, …). */
  readonly functions?: Record<string, (...args: unknown[]) => unknown>;
  /** Async functions: the VM suspends on them and the run resumes with their value. */
  readonly asyncFunctions?: Record<string, AsyncFunction>;
  readonly timeoutMs: number;
  readonly maxAsyncSteps: number;
  readonly memoryBytes: number;
  readonly signal?: AbortSignal;
  /** When set, the VM's own `print` runs and each printed line comes here (its console.log output). */
  readonly vmPrint?: (line: string) => void;
  /** Runs debug bytecode (compiled with `debug: true`) under this debugger. */
  readonly debugger?: VmDebugger;
}

/**
 * What runs debug bytecode. Its hooks are reserved functions of the VM's standard library, which
 * the debugger registers (src/hog/debug/hooks.ts); the VM never suspends for them.
 */
export interface VmDebugger {
  /** The run is about to end with this error (uncaught, or the VM's); `state` is where it happened. */
  onError(error: unknown, state: VMState | undefined): void;
}

export interface VmOutcome {
  readonly finished: boolean;
  readonly result: unknown;
  /** The error that stopped the run (a Hog `throw`, a VM error, an unknown async function). */
  readonly error?: unknown;
  /** The VM's state at the end: ops, memory, sync time, and the call stack where an error happened. */
  readonly state?: VMState;
}

export async function runVm(bytecode: readonly BytecodeValue[], options: VmOptions): Promise<VmOutcome> {
  const asyncFunctions = options.asyncFunctions ?? {};
  const debug = options.debugger;
  const execOptions = {
    globals: options.globals,
    functions: options.functions,
    // The VM only needs the names to suspend on; the calls are made below.
    asyncFunctions: Object.fromEntries(Object.keys(asyncFunctions).map((name) => [name, async () => undefined])),
    timeout: options.timeoutMs,
    maxAsyncSteps: options.maxAsyncSteps,
    memoryLimit: options.memoryBytes,
    external: { regex: RE2_EXTERNAL, crypto },
  };
  let input: unknown[] | VMState = bytecode as unknown[];
  for (;;) {
    const step = execStep(input, execOptions, options.vmPrint);
    if (step.finished || step.error !== undefined || step.state === undefined) {
      if (debug && step.error !== undefined) debug.onError(step.error, step.state);
      return { finished: step.finished, result: step.result, error: step.error, state: step.state };
    }
    const name = step.asyncFunctionName ?? '';
    const call = Object.hasOwn(asyncFunctions, name) ? asyncFunctions[name] : undefined;
    if (call === undefined) return { finished: false, result: null, error: new UnknownAsyncFunction(name), state: step.state };
    if (options.signal?.aborted) return { finished: false, result: null, error: abortError(options.signal), state: step.state };
    step.state.stack.push(await call(step.asyncFunctionArgs ?? []));
    input = step.state;
  }
}

/** One synchronous run (input templates, filters): async calls are not allowed. */
export function runVmSync(bytecode: readonly unknown[], globals: Record<string, unknown>, timeoutMs: number): ExecResult {
  return safeExec(bytecode as unknown[], { globals, timeout: timeoutMs, maxAsyncSteps: 0, external: { regex: RE2_EXTERNAL, crypto } });
}

function execStep(input: unknown[] | VMState, options: Parameters<typeof exec>[1], vmPrint: ((line: string) => void) | undefined): ExecResult {
  if (vmPrint === undefined) return safeExec(input, options);
  // The VM's print writes with console.log; exec is synchronous, so nothing else can print meanwhile.
  const log = console.log;
  console.log = (...parts: unknown[]) => vmPrint(format(...parts));
  try {
    return safeExec(input, options);
  } finally {
    console.log = log;
  }
}

/** exec throws (instead of answering) for malformed bytecode: answer with the error either way. */
function safeExec(input: unknown[] | VMState, options: Parameters<typeof exec>[1]): ExecResult {
  try {
    return hogvm().exec(input, options);
  } catch (error) {
    return { result: null, finished: false, error };
  }
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('The run was cancelled');
}

/** The VM suspended on an async function this run does not provide (the worker's words). */
export class UnknownAsyncFunction extends Error {
  constructor(readonly functionName: string) {
    super(`Unknown async function '${functionName}'`);
    this.name = 'UnknownAsyncFunction';
  }
}
