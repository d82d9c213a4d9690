// Evaluating a Hog expression in a paused frame (hover, watch, debug console, conditions, log
// messages), inside the worker running the program: compiled as a program of its own — PostHog's
// plain bytecode — that first declares the frame's variables as locals holding the VM's own values
// (handed over by a reserved function, so nothing is converted), the run's globals next to them.
import { exec } from '@posthog/hogvm';
import * as crypto from 'node:crypto';
import { compileSource } from '../compiler';
import { RE2_EXTERNAL } from '../runtime/regex';
import type { LiveVariables } from './callStack';
import type { Variable } from './frames';
import { DEBUG_VALUE, withValues } from './hooks';

export type Evaluation = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

const EVALUATION_TIMEOUT_MS = 1000;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function evaluateInFrame(expression: string, frame: LiveVariables | undefined, globals: Record<string, unknown>): Evaluation {
  const variables = visible(frame);
  const declarations = variables.map((v, i) => `let ${v.name} := ${DEBUG_VALUE}(${i})\n`).join('');
  const compiled = compileSource(`${declarations}return ${expression}\n`);
  if (compiled.errors !== undefined) return { ok: false, error: compiled.errors.map((e) => e.message).join('; ') };
  try {
    const run = withValues(
      variables.map((v) => v.value),
      () =>
        exec(compiled.bytecode as unknown[], {
          globals,
          functions: { print: () => null },
          timeout: EVALUATION_TIMEOUT_MS,
          maxAsyncSteps: 0,
          external: { regex: RE2_EXTERNAL, crypto },
        }),
    );
    if (run.finished) return { ok: true, value: run.result };
    return { ok: false, error: run.error instanceof Error ? run.error.message : `cannot call ${String(run.asyncFunctionName)}() here` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Upvalues, then locals hiding them; only names Hog can declare. */
function visible(frame: LiveVariables | undefined): Variable[] {
  const byName = new Map<string, Variable>();
  for (const variable of [...(frame?.upvalues ?? []), ...(frame?.locals ?? [])]) {
    if (IDENTIFIER.test(variable.name)) byName.set(variable.name, variable);
  }
  return [...byName.values()];
}
