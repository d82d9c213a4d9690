// Hog functions (`/api/projects/{id}/hog_functions/`).
import type { HogFilters, HogFunctionType, PageParams, Timestamp, UserBasic } from './common';
import type { InputSchemaItem, InputValues } from './inputs';
import type { HogFunctionTemplate } from './template';

export type { HogFunctionType } from './common';

/** 0 unknown, 1 healthy, 2 degraded, 3 disabled by the watcher, 11 forcefully degraded, 12 forcefully disabled. */
export interface HogFunctionStatus {
  state: number;
  tokens: number;
}

export interface HogFunctionMasking {
  ttl: number;
  threshold: number | null;
  hash: string;
  bytecode?: unknown;
}

export interface HogFunctionMapping {
  name?: string;
  inputs_schema?: InputSchemaItem[];
  inputs?: InputValues;
  filters?: HogFilters;
}

/**
 * A list item: what `GET …/hog_functions/` returns without `full=true`. Fields marked "newer" are
 * missing from older self-hosted PostHog versions.
 */
export interface HogFunctionSummary {
  id: string;
  type: HogFunctionType;
  /** Nullable in PostHog's model; PostHog shows "Untitled". */
  name: string | null;
  description: string;
  created_at: Timestamp;
  created_by: UserBasic | null;
  updated_at: Timestamp;
  enabled: boolean;
  hog: string;
  filters: HogFilters | null;
  icon_url: string | null;
  template: HogFunctionTemplate | null;
  status: HogFunctionStatus | null;
  execution_order: number | null;
  search_match_type?: string | null;
  /** Newer. When content was last staged as a draft; null when nothing is staged ("draft pending" in lists). */
  draft_updated_at?: Timestamp | null;
}

/** The full object from retrieve, create, update (and lists with `full=true`). */
export interface HogFunction extends HogFunctionSummary {
  bytecode: unknown[] | null;
  transpiled: string | null;
  /** PostHog's model allows null; the client reads it as [] (as PostHog's own serializer does). */
  inputs_schema: InputSchemaItem[];
  inputs: InputValues;
  masking: HogFunctionMasking | null;
  mappings: HogFunctionMapping[] | null;
  /** Newer, as the two below. */
  batch_export_id?: string | null;
  /** +1 on every live content change (see the revisions endpoint). */
  version?: number;
  /** Staged content awaiting publish (a full snapshot); null when nothing is staged. */
  draft?: HogFunctionContent | null;
}

/** Writable fields. */
export interface HogFunctionWrite {
  type?: HogFunctionType;
  name?: string;
  description?: string;
  enabled?: boolean;
  hog?: string;
  inputs_schema?: InputSchemaItem[];
  inputs?: InputValues;
  filters?: HogFilters;
  masking?: Omit<HogFunctionMasking, 'bytecode'> | null;
  mappings?: HogFunctionMapping[] | null;
  icon_url?: string | null;
  execution_order?: number | null;
}

export interface HogFunctionCreate extends HogFunctionWrite {
  /** Fills missing hog, inputs_schema, name, description, icon_url from a template. Create only. */
  template_id?: string;
}

/**
 * PATCH body. `deleted` is set through softDelete/restore rather than here. `inputs` replaces the whole
 * map: send every input (secrets as {secret: true}).
 */
export type HogFunctionPatch = Omit<HogFunctionWrite, 'type'>;

export interface HogFunctionListParams extends PageParams {
  /** Sent comma-separated. */
  type?: readonly HogFunctionType[];
  enabled?: boolean;
  id?: string;
  created_by?: number;
  created_at?: Timestamp;
  updated_at?: Timestamp;
  search?: string;
  /** Returns functions whose filters contain this JSON. */
  filters?: Record<string, unknown>;
  /** OR-ed list of filter objects. */
  filter_groups?: Record<string, unknown>[];
}

export interface HogFunctionIcon {
  id: string;
  name: string;
  url: string;
  [key: string]: unknown;
}

/** `PATCH …/rearrange/` body: function id → execution_order. */
export type ExecutionOrders = Record<string, number>;

/** What a function's draft stages and a publish promotes. */
export interface HogFunctionContent {
  hog: string;
  inputs_schema: InputSchemaItem[];
  /** Secret inputs: `{secret: true}` in a draft, absent from a revision. */
  inputs: InputValues;
  filters: HogFilters | null;
  mappings: HogFunctionMapping[] | null;
  masking: HogFunctionMasking | null;
}
