// Driving a debug session in tests: each stop is recorded and answered by `onStop`; the run's
// printed lines and log points are collected in order.
import { DebugSession, type DebugLaunch, type DebugStop } from '../../../src/hog/debug/session';
import type { BreakpointSpec } from '../../../src/hog/debug/breakpoints';
import type { RunFunctionResult } from '../../../src/hog/runtime';

export interface Driven {
  readonly stops: DebugStop[];
  readonly output: string[];
  readonly console: string[];
  readonly result: RunFunctionResult;
}

/** What to do at a stop: resume, step, or stop the session. */
export type StopAnswer = (session: DebugSession, stop: DebugStop) => void;

export const resume: StopAnswer = (session) => session.resume();

export async function drive(launch: DebugLaunch, breakpoints: readonly BreakpointSpec[], onStop: StopAnswer = resume): Promise<Driven> {
  const stops: DebugStop[] = [];
  const output: string[] = [];
  const consoleLines: string[] = [];
  const session: DebugSession = new DebugSession(launch, {
    stopped: (stop) => {
      stops.push(stop);
      onStop(session, stop);
    },
    output: (text, category) => (category === 'stdout' ? output : consoleLines).push(text.replace(/\n$/, '')),
  });
  session.setBreakpoints(breakpoints);
  const result = await session.run();
  return { stops, output, console: consoleLines, result };
}

/** A stop as `[line, function, {local: value}]` of its innermost frame. */
export function where(stop: DebugStop): [number, string | null, Record<string, unknown>] {
  const frame = stop.frames[0];
  return [frame?.line ?? -1, frame?.name ?? null, Object.fromEntries((frame?.locals ?? []).map((v) => [v.name, v.value]))];
}
