// Running and debugging Hog locally: a function (same argument as posthog.testInvocation, plus
// `source`) or a plain `.hog` file.
import type { InvocationGlobals } from '../api';
import { hogFileOf } from '../localRuns/hogFile';
import type { PlanOptions, RunPlan } from '../localRuns/runPlan';
import { plainArg, stringArg } from '../targets/commandArgs';
import { resolveTarget } from '../targets/resolveTarget';
import type { CommandRegistry } from '../ui/commands';
import type { CommandContext } from './context';

export function registerLocalRunCommands(registry: CommandRegistry, ctx: CommandContext): void {
  const { localRuns } = ctx;
  registry.registerCommand('posthog.runLocally', async (run, arg) => localRuns.run(await planOf(ctx, arg, run.signal), run.signal), {
    progress: 'Running Hog locally…',
  });
  registry.registerCommand('posthog.debugLocally', async (run, arg) => {
    const file = hogFileOf(arg);
    if (file) return localRuns.debugFile(file, planOptions(arg));
    return localRuns.debugFunction(await functionPlan(ctx, arg, run.signal));
  });
}

async function planOf(ctx: CommandContext, arg: unknown, signal: AbortSignal): Promise<RunPlan> {
  const file = hogFileOf(arg);
  if (file) return ctx.localRuns.filePlan(file, planOptions(arg));
  return functionPlan(ctx, arg, signal);
}

async function functionPlan(ctx: CommandContext, arg: unknown, signal: AbortSignal): Promise<RunPlan> {
  return ctx.localRuns.functionPlan((await resolveTarget(ctx, arg)).ref, planOptions(arg), signal);
}

/** `{ globals?, source? }`. */
function planOptions(arg: unknown): PlanOptions {
  const globals = plainArg(arg)?.globals;
  if (globals !== undefined && (typeof globals !== 'object' || globals === null || Array.isArray(globals))) {
    throw new Error('"globals" must be a JSON object.');
  }
  const source = plainArg(arg)?.source;
  if (source !== undefined && typeof source !== 'string') throw new Error('"source" must be a string of Hog code.');
  return { globals: globals as InvocationGlobals | undefined, source: stringArg(arg, 'source') };
}
