// Test invocations: the commands, the CodeLens, and what the extension-host tests can read back.
import type * as vscode from 'vscode';
import type { Config } from '../config/config';
import type { CommandRegistry } from '../ui/commands';
import type { PrompterSlot } from '../ui/prompter';
import type { TestInvocations } from '../testInvocations/testInvocations';

export { TestInvocations, type InvocationDeps, type InvocationResult } from '../testInvocations/testInvocations';

/** Read-only view for tests: the lines written to the "PostHog Test Invocations" channel. */
export interface InvocationProbe {
  readonly outputLines: readonly string[];
  /** Where the test globals of a function or flow are kept. */
  globalsUri(target: { authority: string; projectId: number; kind: 'function' | 'flow'; id: string }): vscode.Uri;
}

export function invocationProbe(invocations: TestInvocations): InvocationProbe {
  return {
    get outputLines() {
      return invocations.output.lines;
    },
    globalsUri: (target) => invocations.globals.uriFor({ ...target, name: '' }),
  };
}

export function registerInvocationCommands(registry: CommandRegistry, invocations: TestInvocations, prompts: PrompterSlot, config: Config): void {
  registry.registerCommand('posthog.testInvocation', (run, arg) => invocations.run(arg, run.signal), { progress: 'Running a test invocation on PostHog…' });
  registry.registerCommand('posthog.editTestGlobals', (run, arg) => invocations.editGlobals(arg, run.signal), { progress: 'Opening the test globals…' });
  registry.registerCommand('posthog.toggleMockAsyncFunctions', () => toggleMockAsyncFunctions(prompts, config));
}

async function toggleMockAsyncFunctions(prompts: PrompterSlot, config: Config): Promise<boolean> {
  const next = !config.mockAsyncFunctions;
  await config.setMockAsyncFunctions(next);
  const message = next
    ? 'Test invocations now mock fetch() and other async functions: nothing leaves PostHog.'
    : 'Test invocations now run fetch() and other async functions for real: requests will be sent.';
  void prompts.current.info(message, []);
  return next;
}
