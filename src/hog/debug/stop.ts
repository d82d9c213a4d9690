// What a debug run is given and what it reports, shared by the session (controlling thread) and
// the worker running the program.
import type { MockedResponse, RunLimits } from '../runtime';
import type { DebugFrame } from './frames';

export interface DebugLaunch {
  readonly source: string;
  /** The function type deciding the globals (as `runFunction`); default `hog`, a plain program. */
  readonly type?: string;
  readonly globals?: Record<string, unknown>;
  /** Input values (`inputs.key`), used as they are. */
  readonly inputs?: Record<string, unknown>;
  readonly mocks?: readonly MockedResponse[];
  /** Stop where an uncaught error is thrown (default true). */
  readonly breakOnUncaught?: boolean;
  readonly stopOnEntry?: boolean;
  /** PostHog's limits (time, memory, async steps) unless given; time stopped at a stop does not count. */
  readonly limits?: Partial<RunLimits>;
}

export type StopReason = 'entry' | 'breakpoint' | 'step' | 'pause' | 'exception';

export interface DebugStop {
  readonly reason: StopReason;
  /** Innermost first; values are plain JavaScript copies, for display. */
  readonly frames: readonly DebugFrame[];
  /** The error's message, for an exception stop. */
  readonly description?: string;
  readonly breakpointIds: readonly number[];
}
