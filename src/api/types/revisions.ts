// Revisions, drafts and publishing of Hog functions and Hog flows (reference §11).
//
// Shapes the reference leaves open, as read in PostHog's source (PostHog/posthog):
// * products/cdp/backend/api/hog_function.py: a function's content is DRAFT_CONTENT_FIELDS (hog,
//   inputs_schema, inputs, filters, mappings, masking); a draft is a full snapshot of them, a revision's
//   content the same snapshot with secret inputs removed; `changed_fields` is a sorted list of those
//   field names (HogFunctionPublishResponseSerializer, draft_changed_fields); masked_secrets items are
//   HogFunctionMaskedSecretSerializer.
// * products/workflows/backend/api/hog_flow.py: a flow's content is its DRAFT_CONTENT_FIELDS (actions,
//   edges, trigger, trigger_masking, conversion, exit_condition, email_sending_rate_limit, abort_action,
//   variables), secrets stripped from revisions (snapshot_flow_content); the flow preview carries
//   `in_flight_runs` and `impact` and no `workflow` key (HogFlowViewSet.publish); restore takes
//   `expected_draft_updated_at` (HogFlowRevisionRestoreRequestSerializer).
// * products/workflows/backend/api/publish_impact.py and the HogFlowPublishImpact*Serializer classes
//   in hog_flow.py: the `impact` object.
// The content types themselves (HogFunctionContent, HogFlowContent) live beside their objects.
import type { Timestamp, UserBasic } from './common';
import type { HogFlow, HogFlowContent } from './hogFlow';
import type { HogFunction, HogFunctionContent, HogFunctionType } from './hogFunction';

export type { HogFlowContent } from './hogFlow';
export type { HogFunctionContent } from './hogFunction';

/** A revisions list item: one per live content change, newest first. */
export interface Revision {
  version: number;
  created_at: Timestamp;
  /** Null for the snapshot of the state before the first tracked change. */
  created_by: UserBasic | null;
}

/** Field names `changed_fields` may hold, in PostHog's order. */
export const HOG_FUNCTION_CONTENT_FIELDS = ['hog', 'inputs_schema', 'inputs', 'filters', 'mappings', 'masking'] as const;

/**
 * `GET …/revisions/{version}/`. The content is stored as it was written, so a row written by an
 * older PostHog may lack a field: every field is optional.
 */
export interface RevisionDetail<Content> extends Revision {
  content: Partial<Content>;
}

export type HogFunctionRevision = RevisionDetail<HogFunctionContent>;
export type HogFlowRevision = RevisionDetail<HogFlowContent>;

/** `POST …/revisions/{version}/restore/` options. */
export interface RestoreOptions {
  /** Replace an open draft; without it an open draft fails with DraftExistsError (409 draft_exists). */
  overwrite?: boolean;
}

export interface HogFlowRestoreOptions extends RestoreOptions {
  /** The draft_updated_at the overwrite was confirmed against; a different open draft gives 409 stale_update. */
  expectedDraftUpdatedAt?: Timestamp | null;
}

/** `POST …/publish/` with `{}`: what publishing would change, and the token to confirm it (15 minutes). */
export interface HogFunctionPublishPreview {
  published: false;
  draft_updated_at: Timestamp | null;
  confirm_token: string;
  /** Sorted names from HOG_FUNCTION_CONTENT_FIELDS. */
  changed_fields: string[];
  function: null;
}

export interface HogFunctionPublished {
  published: true;
  draft_updated_at: null;
  confirm_token: null;
  changed_fields: null;
  function: HogFunction;
}

export interface HogFlowPublishPreview {
  published: false;
  /** Runs in flight that will follow the new content; null when PostHog could not count them. */
  in_flight_runs: number | null;
  draft_updated_at: Timestamp | null;
  confirm_token: string;
  impact: PublishImpact;
}

export interface HogFlowPublished {
  published: true;
  in_flight_runs: null;
  draft_updated_at: null;
  confirm_token: null;
  impact: null;
  workflow: HogFlow;
}

/** What publishing a flow's draft does to runs already in it. Counts are approximate; null means unknown. */
export interface PublishImpact {
  deleted_steps: PublishImpactDeletedStep[];
  position_unknown: number | null;
  empty_variables: PublishImpactEmptyVariable[];
  schedule_conflicts: PublishImpactScheduleConflict[];
}

export interface PublishImpactDeletedStep {
  action_id: string;
  name: string;
  /** Runs parked on the step. */
  runs: number | null;
  /** Where those runs continue; null when nothing downstream survives (then `exits`). */
  moves_to: { action_id: string; name: string } | null;
  exits: boolean;
}

export interface PublishImpactEmptyVariable {
  variable: string;
  /** The new action that sets it; null when the draft newly declares it as a workflow variable. */
  set_by: string | null;
  referenced_by: string[];
}

export interface PublishImpactScheduleConflict {
  schedule_id: string;
  /** Override keys the draft no longer declares. */
  variables: string[];
}

/** `GET …/hog_functions/masked_secrets/`: functions storing the mask instead of a secret (a bare array). */
export interface MaskedSecret {
  id: string;
  /** Nullable in PostHog's model, as every function name. */
  name: string | null;
  type: HogFunctionType | string;
  enabled: boolean;
  /** Live secret inputs to enter again. */
  input_keys: string[];
  /** The draft's secret inputs to enter again. */
  draft_input_keys: string[];
}
