// The limits PostHog's worker runs Hog functions with, by default; a local run may raise them.
//   timeoutMs       CDP_WATCHER_HOG_COST_TIMING_UPPER_MS = 550 (the executor's `timeout`, total
//                   synchronous run time across async steps; nodejs/src/cdp config)
//   maxAsyncSteps   MAX_ASYNC_STEPS = 5 (hog-executor.service.ts): the sixth real fetch/sleep fails
//   maxLogs         MAX_HOG_LOGS = 25: the 25th print() is replaced by a warning, later ones dropped
//   memoryBytes     the VM's DEFAULT_MAX_MEMORY, 64 MB (the worker does not change it)
//   templateTimeoutMs  input templates run with the VM's DEFAULT_TIMEOUT_MS = 5000 (hog-exec.ts)
//   fetchTimeoutMs  ours: a real fetch from a local run gives up after this long
export interface RunLimits {
  readonly timeoutMs: number;
  readonly maxAsyncSteps: number;
  readonly maxLogs: number;
  readonly memoryBytes: number;
  readonly templateTimeoutMs: number;
  readonly fetchTimeoutMs: number;
}

export const POSTHOG_LIMITS: RunLimits = {
  timeoutMs: 550,
  maxAsyncSteps: 5,
  maxLogs: 25,
  memoryBytes: 64 * 1024 * 1024,
  templateTimeoutMs: 5000,
  fetchTimeoutMs: 10_000,
};

export function limitsWith(overrides: Partial<RunLimits> | undefined): RunLimits {
  return { ...POSTHOG_LIMITS, ...overrides };
}
