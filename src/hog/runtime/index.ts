// Running Hog locally on PostHog's VM, as PostHog's worker runs it (no VS Code).
export type { SourcePosition } from './errorPosition';
export type { CapturedEvent } from './functions';
export { POSTHOG_LIMITS, type RunLimits } from './limits';
export type { LogEntry, LogLevel } from './logs';
export { runFunction, type RunFunctionOptions, type RunFunctionResult } from './runFunction';
export { runPrinting, type PrintedRun } from './printOutput';
