// Shapes shared by several PostHog resources.

/** A project (team) id as PostHog returns it, or '@current' for the key owner's current project. */
export type ProjectId = number | '@current';

/** An organization id (UUID) or '@current'. */
export type OrganizationId = string;

/** What a Hog function does (templates carry it too). */
export type HogFunctionType =
  | 'destination' | 'site_destination' | 'internal_destination' | 'source_webhook'
  | 'warehouse_source_webhook' | 'site_app' | 'transformation' | 'transformation_log';

/** ISO 8601 timestamp with timezone, exactly as PostHog sent it (keep the string: microseconds matter). */
export type Timestamp = string;

/** DRF limit/offset page. `next`/`previous` are absolute URLs. */
export interface Paginated<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export interface PageParams {
  limit?: number;
  offset?: number;
}

/** `created_by` on functions, flows, jobs. */
export interface UserBasic {
  id: number;
  uuid: string;
  /** Nullable in PostHog's User model. */
  distinct_id: string | null;
  first_name: string;
  last_name: string;
  email: string;
  is_email_verified?: boolean | null;
  hedgehog_config?: Record<string, unknown> | null;
  role_at_organization?: string | null;
}

/** Event/action/property filters shared by functions, flow triggers and actions. */
export interface HogFilters {
  source?: 'events' | 'person-updates' | 'data-warehouse-table' | 'data-warehouse-view';
  events?: FilterEntity[];
  actions?: FilterEntity[];
  properties?: PropertyFilter[];
  data_warehouse?: Record<string, unknown>[];
  filter_test_accounts?: boolean;
  /** Server-computed. */
  bytecode?: unknown[];
  /** Server-computed for site_* types. */
  transpiled?: Record<string, unknown>;
  /** Present when the filters could not be compiled. */
  bytecode_error?: string;
  [key: string]: unknown;
}

export interface FilterEntity {
  id: string | number;
  name?: string | null;
  type: 'events' | 'actions' | string;
  order?: number;
  properties?: PropertyFilter[];
  [key: string]: unknown;
}

export interface PropertyFilter {
  key: string;
  value?: unknown;
  operator?: string;
  type?: string;
  [key: string]: unknown;
}
