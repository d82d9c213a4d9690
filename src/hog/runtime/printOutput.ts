// Runs bytecode on PostHog's own VM (@posthog/hogvm) and collects what `print` writes, the way
// PostHog's `bin/hog --nodejs` shows it. Deliberately small: no async functions (fetch, …), no
// limits beyond the VM's defaults — the full runtime is runFunction.ts.
import * as crypto from 'node:crypto';
import { format } from 'node:util';
import type { BytecodeValue } from '../compiler';
import { hogvm } from './hogvm';
import { RE2_EXTERNAL } from './regex';

export interface PrintedRun {
  /** One entry per `print` call: its arguments as the VM renders them, joined by spaces. */
  readonly lines: string[];
  /** The program's return value (null when it just ends). */
  readonly result: unknown;
  /** Why the run stopped early: an uncaught Hog error, or a call of an async function. */
  readonly error: string | null;
}

/** Runs `bytecode` to its end (synchronously) and returns what it printed. */
export function runPrinting(bytecode: readonly BytecodeValue[], globals: Record<string, unknown> = {}): PrintedRun {
  const lines: string[] = [];
  // The VM's print() writes with console.log; exec is synchronous, so nothing else can print meanwhile.
  const log = console.log;
  console.log = (...parts: unknown[]) => void lines.push(format(...parts));
  try {
    const run = hogvm().exec(bytecode as unknown[], { globals, external: { regex: RE2_EXTERNAL, crypto } });
    if (run.finished) return { lines, result: run.result, error: null };
    const error = run.error ? describe(run.error) : `Async function ${String(run.asyncFunctionName)}() is not available here`;
    return { lines, result: null, error };
  } finally {
    console.log = log;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
