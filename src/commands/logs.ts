// Log streaming commands, and what the extension-host tests can read back.
import type { CommandRegistry } from '../ui/commands';
import type { LogTails } from '../logTails/logTails';

export { LogTails, type LogTailsDeps } from '../logTails/logTails';

/** Read-only view for tests. Keys are `targetKey`s: `<authority>/projects/<id>/<functions|flows>/<objectId>`. */
export interface LogTailProbe {
  readonly tailing: readonly string[];
  /** Entry lines shown by the current or last tail of an object, oldest first. */
  lines(key: string): readonly string[];
  /** Failed polls, gaps and why the tail ended, as written to its channel. */
  problems(key: string): readonly string[];
}

export function logTailProbe(tails: LogTails): LogTailProbe {
  return {
    get tailing() {
      return tails.tailing;
    },
    lines: (key) => tails.tailOf(key)?.lines ?? [],
    problems: (key) => tails.tailOf(key)?.problems ?? [],
  };
}

export function registerLogCommands(registry: CommandRegistry, tails: LogTails): void {
  registry.registerCommand('posthog.tailLogs', (run, arg) => tails.start(arg, run.signal), { progress: 'Starting to tail logs…' });
  registry.registerCommand('posthog.stopTailingLogs', (_run, arg) => tails.stop(arg));
}
