// Test invocations: run a function or a flow once against sample globals, on PostHog's worker.
import type { HogFlowWrite } from './hogFlow';
import type { HogFunctionCreate } from './hogFunction';

export interface InvocationGlobals {
  event?: Record<string, unknown>;
  person?: Record<string, unknown> | null;
  groups?: Record<string, unknown>;
  project?: Record<string, unknown>;
  source?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface HogFunctionInvocationRequest {
  /** Required unless use_draft. A full function payload; secrets may be sent as {secret: true}. */
  configuration?: HogFunctionCreate & Record<string, unknown>;
  globals?: InvocationGlobals;
  /** A raw event row the worker turns into globals. */
  clickhouse_event?: Record<string, unknown>;
  /** Default true: fetch() is simulated, nothing is sent. */
  mock_async_functions?: boolean;
  invocation_id?: string | null;
  use_draft?: boolean;
}

export interface InvocationLog {
  level: string;
  timestamp: string;
  message: string;
}

/** Passed through from PostHog's worker; fields beyond these are not guaranteed. */
export interface HogFunctionInvocationResult {
  status: 'success' | 'error' | 'skipped' | string;
  result?: unknown;
  errors?: unknown[];
  logs?: InvocationLog[];
  [key: string]: unknown;
}

export interface HogFlowInvocationRequest {
  configuration?: HogFlowWrite & Record<string, unknown>;
  globals?: InvocationGlobals;
  mock_async_functions?: boolean;
  /** Run a single action; the result names the next one. */
  current_action_id?: string;
  use_draft?: boolean;
}

/** Passed through from PostHog's worker; at least status and logs. */
export interface HogFlowInvocationResult {
  status: string;
  logs?: InvocationLog[];
  message?: string;
  nextActionId?: string | null;
  [key: string]: unknown;
}
