// Hog flows, a.k.a. workflows (`/api/projects/{id}/hog_flows/`).
import type { HogFilters, PageParams, Timestamp, UserBasic } from './common';
import type { InputValues } from './inputs';
import type { Schedule } from './schedule';

export type HogFlowStatus = 'draft' | 'active' | 'archived';

export type HogFlowActionType =
  | 'trigger' | 'function' | 'function_email' | 'function_sms' | 'function_push'
  | 'delay' | 'wait_until_condition' | 'wait_until_time_window'
  | 'conditional_branch' | 'random_cohort_branch' | 'exit';

export type TriggerType =
  | 'event' | 'webhook' | 'manual' | 'batch' | 'schedule' | 'tracking_pixel'
  | 'data-warehouse-table' | 'data-warehouse-view' | 'internal-event';

export interface HogFlowTrigger {
  type: TriggerType;
  filters?: HogFilters;
  template_id?: string;
  inputs?: InputValues;
  [key: string]: unknown;
}

export interface OutputVariable {
  key: string;
  result_path?: string;
  spread?: boolean;
  label?: string;
}

export interface HogFlowAction {
  id: string;
  name: string;
  description?: string;
  on_error?: 'continue' | 'abort' | null;
  /** Epoch milliseconds, managed by the client. */
  created_at?: number;
  updated_at?: number;
  filters?: HogFilters | null;
  type: HogFlowActionType;
  /** Per-type configuration (trigger, function inputs, delay, branches...). */
  config: Record<string, unknown>;
  output_variable?: OutputVariable | OutputVariable[] | string | null;
}

export interface HogFlowEdge {
  from: string;
  to: string;
  type: 'continue' | 'branch';
  index?: number;
}

export interface HogFlowVariable {
  key: string;
  type: 'string' | 'number' | 'boolean';
  default: unknown;
}

export type ExitCondition =
  | 'exit_on_conversion' | 'exit_on_trigger_not_matched'
  | 'exit_on_trigger_not_matched_or_conversion' | 'exit_only_at_end';

/**
 * A list item (everything except schedules, draft, draft_updated_at, action_redirects). Fields marked
 * "newer" are missing from older self-hosted PostHog versions.
 */
export interface HogFlowSummary {
  id: string;
  name: string | null;
  description: string;
  version: number;
  status: HogFlowStatus;
  /** Newer. */
  origin_product?: 'loops' | 'broadcasts' | null;
  created_at: Timestamp;
  created_by: UserBasic | null;
  updated_at: Timestamp;
  /** Derived from the trigger action's config. */
  trigger: HogFlowTrigger | null;
  trigger_masking: Record<string, unknown> | null;
  conversion: Record<string, unknown> | null;
  exit_condition: ExitCondition;
  /** Newer. */
  email_sending_rate_limit?: { count: number; period: 'minute' | 'hour' } | null;
  /** A flow never saved with edges may hold PostHog's legacy default `{}`; the client reads it as []. */
  edges: HogFlowEdge[];
  /** As `edges`. */
  actions: HogFlowAction[];
  abort_action: string | null;
  variables: HogFlowVariable[] | null;
  /** Newer; nullable in PostHog's model. */
  billable_action_types?: string[] | null;
  /** Newer. */
  user_access_level?: string | null;
}

/** Retrieve, create and update. */
export interface HogFlow extends HogFlowSummary {
  /** Newer (missing from older self-hosted PostHog versions), as the three below. */
  schedules?: Schedule[];
  /** Staged content awaiting publish (a full snapshot); null when nothing is staged. */
  draft?: HogFlowContent | null;
  draft_updated_at?: Timestamp | null;
  action_redirects?: Record<string, string> | null;
}

/** Writable fields. */
export interface HogFlowWrite {
  name?: string | null;
  description?: string;
  status?: HogFlowStatus;
  trigger_masking?: Record<string, unknown> | null;
  conversion?: Record<string, unknown> | null;
  exit_condition?: ExitCondition;
  email_sending_rate_limit?: { count: number; period: 'minute' | 'hour' } | null;
  edges?: HogFlowEdge[];
  actions?: HogFlowAction[];
  variables?: HogFlowVariable[];
}

export interface HogFlowCreate extends HogFlowWrite {
  actions: HogFlowAction[];
  /** Create only. */
  origin_product?: 'loops' | 'broadcasts' | null;
}

export type HogFlowPatch = HogFlowWrite;

export interface HogFlowListParams extends PageParams {
  search?: string;
  status?: HogFlowStatus;
  /** A user uuid (not the integer id). */
  created_by?: string;
  type?: 'messaging' | 'automation';
  origin_product?: string;
  /** Flows whose trigger contains this JSON, e.g. {type: 'event'}. */
  trigger?: Record<string, unknown>;
  id?: string;
  created_at?: Timestamp;
  updated_at?: Timestamp;
}

export type BatchJobStatus = 'waiting' | 'queued' | 'active' | 'completed' | 'failed' | 'cancelled';

export interface BatchJob {
  id: string;
  status: BatchJobStatus | string;
  hog_flow: string;
  filters: HogFilters | Record<string, unknown> | null;
  variables: Record<string, unknown> | null;
  created_at: Timestamp;
  created_by: UserBasic | null;
  updated_at: Timestamp;
}

export interface BlastRadiusRequest {
  filters: Record<string, unknown>;
  group_type_index?: number | null;
  dedupe_key?: 'email' | null;
  sends_email?: boolean;
}

/** `limit`, `dedupe_key` and `confirm_token` are newer. */
export interface BlastRadius {
  affected: number;
  total: number;
  limit?: number;
  dedupe_key?: 'email' | null;
  /** Valid for 15 minutes. */
  confirm_token?: string;
}

/** What a flow's draft stages and a publish promotes. */
export interface HogFlowContent {
  actions: HogFlowAction[];
  edges: HogFlowEdge[];
  trigger: HogFlowTrigger | null;
  trigger_masking: Record<string, unknown> | null;
  conversion: Record<string, unknown> | null;
  exit_condition: ExitCondition;
  email_sending_rate_limit: { count: number; period: 'minute' | 'hour' } | null;
  abort_action: string | null;
  variables: HogFlowVariable[] | null;
}
