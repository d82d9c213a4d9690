// Test invocations, log tails and metrics of a function or flow.
import type { InvocationGlobals } from '../api';
import { METRICS_PROGRESS } from '../metricsPanels/metricsPanels';
import { booleanArg, plainArg } from '../targets/commandArgs';
import { resolveTarget } from '../targets/resolveTarget';
import type { RunOptions } from '../testInvocations/testInvocations';
import type { CommandRegistry } from '../ui/commands';
import type { CommandContext } from './context';

export function registerObserveCommands(registry: CommandRegistry, ctx: CommandContext): void {
  const { invocations, tails, metrics } = ctx;
  registry.registerCommand('posthog.testInvocation', async (run, arg) => invocations.run((await resolveTarget(ctx, arg)).ref, runOptions(arg), run.signal), {
    progress: 'Running a test invocation on PostHog…',
  });
  registry.registerCommand('posthog.editTestGlobals', async (run, arg) => invocations.editGlobals((await resolveTarget(ctx, arg)).ref, run.signal), {
    progress: 'Opening the test globals…',
  });
  registry.registerCommand('posthog.toggleMockAsyncFunctions', () => invocations.toggleMockAsyncFunctions());
  registry.registerCommand('posthog.tailLogs', async (run, arg) => tails.start(await resolveTarget(ctx, arg), run.signal), { progress: 'Starting to tail logs…' });
  // Without an argument the tails decide: the active editor's object's, the only one, or a picked one.
  registry.registerCommand('posthog.stopTailingLogs', async (_run, arg) => tails.stop(arg === undefined ? undefined : (await resolveTarget(ctx, arg)).ref));
  registry.registerCommand('posthog.showMetrics', async (run, arg) => metrics.show(await resolveTarget(ctx, arg), run.signal), { progress: METRICS_PROGRESS });
}

/** `{ globals?, mockAsyncFunctions? }` of posthog.testInvocation. */
function runOptions(arg: unknown): RunOptions {
  const globals = plainArg(arg)?.globals;
  if (globals !== undefined && (typeof globals !== 'object' || globals === null || Array.isArray(globals))) {
    throw new Error('"globals" must be a JSON object.');
  }
  return { globals: globals as InvocationGlobals | undefined, mockAsyncFunctions: booleanArg(arg, 'mockAsyncFunctions') };
}
