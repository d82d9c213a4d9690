// Drafts of hog flows (reference §11; PostHog's products/workflows/backend/api/hog_flow.py): a PATCH of
// an active flow stages its content with `stage_draft: true`, or from an MCP client; publish previews
// (impact, in-flight runs, a token that is always required) then promotes; discard drops the draft.
import { isMcpRequest } from './agents';
import { assertNotStale, FLOW_STALE_DETAIL } from './concurrency';
import { validationError } from './errors';
import { FLOW_CONTENT_KEYS, flowContentBody, flowContentChanged, flowContentOf } from './flowContent';
import { recordFlowRevision } from './flowRevisions';
import { definedOnly } from './hogFlowRecord';
import { findFlow } from './objectLookup';
import { serializeFlowFull } from './hogFlowSerializer';
import { parseFlowFields, type FlowFields } from './hogFlowValidation';
import type { JsonObject } from './json';
import type { FlowContent, StoredHogFlow } from './model';
import { publishImpact } from './publishImpact';
import { mintPublishToken, redeemPublishToken, type TokenMessages } from './publishTokens';
import { booleanParam, requireObject } from './request';
import { json, type Reply, type RequestContext } from './router';

const NO_DRAFT = 'This workflow has no staged draft to publish.';
const MCP_MIXED_STATUS =
  'Status changes via MCP must use workflows-enable / workflows-disable / workflows-archive — they can\'t be combined with other field updates.';
const MCP_GRAPH_REPLACE =
  "actions/edges can't be replaced via workflows-update - a partial list silently drops every step it omits. Edit the graph with workflows-patch-graph instead; it changes steps by id and leaves the rest of the graph untouched.";

const TOKEN_MESSAGES: TokenMessages = {
  required: 'Required when confirming a publish — call publish without confirm first to preview the impact and get a token.',
  invalid: 'Invalid — call publish without confirm first to preview the impact and get a token.',
  expired: 'Expired — preview the publish again to get a fresh token.',
  stale: FLOW_STALE_DETAIL,
};

/** Whether a PATCH stages a draft; MCP clients also get PostHog's guardrails (400s) here. */
export function flowRoutesToDraft(ctx: RequestContext, stored: StoredHogFlow, body: JsonObject): boolean {
  const keys = Object.keys(body);
  const touchesContent = keys.some((key) => (FLOW_CONTENT_KEYS as readonly string[]).includes(key));
  if (isMcpRequest(ctx.headers)) {
    const hasOther = keys.some((key) => key !== 'status');
    if (keys.includes('status') && hasOther) throw validationError(MCP_MIXED_STATUS);
    if (keys.includes('actions') || keys.includes('edges')) throw validationError(MCP_GRAPH_REPLACE);
    return stored.status === 'active' && hasOther && touchesContent;
  }
  return stored.status === 'active' && Boolean(body.stage_draft) && touchesContent;
}

/**
 * Content goes to the draft (live content, the draft on top, this edit last); metadata in the same
 * body applies live, fenced by `base_live_updated_at`, and is all that moves `updated_at`.
 */
export function stageFlowDraft(ctx: RequestContext, stored: StoredHogFlow, body: JsonObject): StoredHogFlow {
  const { state } = ctx;
  assertNotStale(stored.draftUpdatedAt ?? stored.updatedAt, body.base_updated_at, FLOW_STALE_DETAIL);
  const base: StoredHogFlow = { ...structuredClone(stored), ...structuredClone(stored.draft ?? {}) };
  const { name, description, status, originProduct, ...content } = parseFlowFields(body, base, Date.now());
  const metadata: FlowFields = definedOnly({ name, description, status, originProduct });
  const next: StoredHogFlow = {
    ...structuredClone(stored),
    draft: { ...flowContentOf(base), ...definedOnly(content) },
    draftUpdatedAt: state.clock.nowIso(),
  };
  if (Object.keys(metadata).length > 0) {
    // The draft's stamp does not protect the live row: a second fence for metadata sent alongside.
    assertNotStale(stored.updatedAt, body.base_live_updated_at, FLOW_STALE_DETAIL);
    Object.assign(next, metadata, { updatedAt: state.clock.nowIso() });
  }
  state.flows.set(next.id, next);
  return next;
}

/** `{}` previews (impact and the token); `{confirm: true, confirm_token}` publishes. */
export function publishFlow(ctx: RequestContext): Reply {
  const body = requireObject(ctx.body);
  const confirm = booleanParam(body.confirm, 'confirm');
  const flow = findFlow(ctx);
  const draft = flow.draft;
  if (!draft) throw validationError(NO_DRAFT);
  if (!confirm) {
    return json({
      published: false,
      // Nothing runs in the emulator, so nothing is in flight.
      in_flight_runs: 0,
      draft_updated_at: flow.draftUpdatedAt,
      confirm_token: mintPublishToken(ctx.state, flow.id, flow.draftUpdatedAt ?? ''),
      impact: publishImpact(ctx.state, flow),
    });
  }
  redeemPublishToken(ctx.state, flow.id, body.confirm_token, flow.draftUpdatedAt ?? '', TOKEN_MESSAGES);
  const published = publishDraft(ctx, flow, draft);
  return json({
    published: true,
    in_flight_runs: null,
    draft_updated_at: null,
    confirm_token: null,
    impact: null,
    workflow: serializeFlowFull(ctx.state, published),
  });
}

/** The draft is validated again like a save, and versioned when its content differs from live. */
function publishDraft(ctx: RequestContext, flow: StoredHogFlow, draft: FlowContent): StoredHogFlow {
  const fields = parseFlowFields(flowContentBody(draft), flow, Date.now());
  const next: StoredHogFlow = { ...structuredClone(flow), ...definedOnly(fields), draft: null, draftUpdatedAt: null };
  next.abortAction = draft.abortAction;
  if (flowContentChanged(flow, next)) next.version = flow.version + 1;
  next.updatedAt = ctx.state.clock.nowIso();
  ctx.state.flows.set(next.id, next);
  recordFlowRevision(ctx.state, flow, next);
  return next;
}

/** Idempotent; unlike a function's, a flow's `updated_at` moves so other editors see the discard. */
export function discardFlowDraft(ctx: RequestContext): Reply {
  const flow = findFlow(ctx);
  const next: StoredHogFlow = { ...structuredClone(flow), draft: null, draftUpdatedAt: null, updatedAt: ctx.state.clock.nowIso() };
  ctx.state.flows.set(next.id, next);
  return json(serializeFlowFull(ctx.state, next));
}

/** `use_draft` on a test run: the draft's content instead of a `configuration`, never both. */
export function flowDraftConfiguration(stored: StoredHogFlow | undefined, body: JsonObject): JsonObject | null {
  if (!booleanParam(body.use_draft, 'use_draft')) return null;
  if (body.configuration !== undefined && body.configuration !== null) {
    throw validationError('Pass either use_draft or an explicit configuration override, not both.', 'use_draft');
  }
  if (!stored?.draft) {
    throw validationError(
      'This workflow has no staged draft to test. Stage one by editing the workflow first, or omit use_draft to test the live config.',
      'use_draft',
    );
  }
  return flowContentBody(stored.draft);
}
