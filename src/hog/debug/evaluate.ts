// Evaluating a Hog expression in a paused frame (hover, watch, debug console, conditions, log
// messages): compiled as a program of its own — PostHog's plain bytecode — where the frame's
// locals and upvalues are globals next to the run's, so the paused run itself is never touched.
import { convertHogToJS, exec } from '@posthog/hogvm';
import * as crypto from 'node:crypto';
import { compileSource } from '../compiler';
import { RE2_EXTERNAL } from '../runtime/regex';
import type { DebugFrame } from './frames';

export type Evaluation = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

const EVALUATION_TIMEOUT_MS = 1000;

export function evaluateInFrame(expression: string, frame: DebugFrame | undefined, globals: Record<string, unknown>): Evaluation {
  const compiled = compileSource(`return ${expression}\n`);
  if (compiled.errors !== undefined) return { ok: false, error: compiled.errors.map((e) => e.message).join('; ') };
  const scope: Record<string, unknown> = { ...globals };
  for (const variable of [...(frame?.upvalues ?? []), ...(frame?.locals ?? [])]) scope[variable.name] = variable.value;
  try {
    const run = exec(compiled.bytecode as unknown[], {
      globals: scope,
      functions: { print: () => null },
      timeout: EVALUATION_TIMEOUT_MS,
      maxAsyncSteps: 0,
      external: { regex: RE2_EXTERNAL, crypto },
    });
    // Shown like the paused run's values: plain JavaScript, as the VM's state holds them.
    if (run.finished) return { ok: true, value: convertHogToJS(run.result) };
    return { ok: false, error: run.error instanceof Error ? run.error.message : `cannot call ${String(run.asyncFunctionName)}() here` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
