// Drafts of hog functions (reference §11; PostHog's products/cdp/backend/api/hog_function.py): agent
// edits of enabled destinations stage content in the draft, publish previews then promotes it with a
// confirm token, discard drops it, and masked_secrets lists functions storing the secret mask.
import { isAgentRequest } from './agents';
import { assertNotStale, FUNCTION_STALE_DETAIL } from './concurrency';
import { validationError } from './errors';
import { changedFields, functionContentBody, functionContentOf, FUNCTION_CONTENT_KEYS } from './functionContent';
import { recordFunctionRevision } from './functionRevisions';
import { SECRET_MASK } from './hogFunctionInputs';
import { findFunction } from './objectLookup';
import { serializeFull } from './hogFunctionSerializer';
import { updateFunction } from './hogFunctionWrite';
import type { JsonObject } from './json';
import type { FunctionContent, StoredHogFunction, StoredInputs } from './model';
import { mintPublishToken, redeemPublishToken, type TokenMessages } from './publishTokens';
import { booleanParam, requireObject } from './request';
import { json, type Reply, type RequestContext } from './router';

/** Fields an agent PATCH still applies live while its content goes to the draft. */
const METADATA_KEYS = ['name', 'description', 'enabled', 'icon_url', 'execution_order', 'deleted'];

const ENABLE_WITH_OPEN_DRAFT =
  "This function has config staged for review. Publish or discard it before enabling, so you don't turn on config nobody looked at.";
const CREATE_ENABLED =
  'Create destinations disabled: test with an invocation first, then enable with a separate update once the config looks right.';
const NO_DRAFT = 'This function has no staged draft to publish.';

const TOKEN_MESSAGES: TokenMessages = {
  required: 'Required when confirming a publish. Call publish without confirm first to see what would change and get a token.',
  invalid: 'Invalid. Call publish without confirm first to see what would change and get a token.',
  expired: 'Expired. Preview the publish again to get a fresh token.',
  stale: FUNCTION_STALE_DETAIL,
};

/** An agent creating an enabled destination: PostHog wants it created disabled, tested, then enabled. */
export function refuseAgentEnabledCreate(ctx: RequestContext, body: JsonObject): void {
  const type = body.type ?? 'destination';
  if (body.enabled === true && type === 'destination' && isAgentRequest(ctx.headers)) {
    throw validationError(CREATE_ENABLED, 'enabled');
  }
}

/** Enabling a disabled function that has a draft is refused for every caller. */
export function refuseEnablingWithDraft(stored: StoredHogFunction, body: JsonObject): void {
  if (body.enabled === true && stored.draft && !stored.enabled) throw validationError(ENABLE_WITH_OPEN_DRAFT, 'enabled');
}

/** Agents editing the content of an enabled destination stage a draft instead of going live. */
export function routesToDraft(ctx: RequestContext, stored: StoredHogFunction, body: JsonObject): boolean {
  if (!isAgentRequest(ctx.headers) || !stored.enabled || stored.type !== 'destination') return false;
  return FUNCTION_CONTENT_KEYS.some((key) => key in body);
}

/**
 * The draft is a full snapshot: the live content, the open draft on top, this edit last. Metadata in
 * the same body applies live and is all that moves `updated_at`.
 */
export async function stageFunctionDraft(ctx: RequestContext, stored: StoredHogFunction, body: JsonObject): Promise<StoredHogFunction> {
  const { state } = ctx;
  // Draft edits race other draft edits, so the draft's stamp is the baseline once there is one.
  assertNotStale(stored.draftUpdatedAt ?? stored.updatedAt, body.base_updated_at, FUNCTION_STALE_DETAIL);
  const metadata = pick(body, METADATA_KEYS);
  const live = Object.keys(metadata).length ? await updateFunction(state, stored, metadata) : structuredClone(stored);
  const base: StoredHogFunction = { ...live, ...structuredClone(live.draft ?? {}) };
  const staged = await updateFunction(state, base, pick(body, FUNCTION_CONTENT_KEYS));
  const next: StoredHogFunction = { ...live, draft: functionContentOf(staged), draftUpdatedAt: state.clock.nowIso() };
  state.functions.set(next.id, next);
  return next;
}

/** `{}` previews (and mints the token); `{confirm: true, confirm_token}` publishes. */
export async function publishFunction(ctx: RequestContext): Promise<Reply> {
  const body = requireObject(ctx.body);
  const confirm = booleanParam(body.confirm, 'confirm');
  const fn = findFunction(ctx);
  const draft = fn.draft;
  if (!draft) throw validationError(NO_DRAFT);
  if (!confirm) {
    return json({
      published: false,
      draft_updated_at: fn.draftUpdatedAt,
      confirm_token: mintPublishToken(ctx.state, fn.id, tokenValue(fn)),
      changed_fields: changedFields(fn),
      function: null,
    });
  }
  // A disabled function processes nothing, so publishing into it needs no preview receipt.
  if (fn.enabled) redeemPublishToken(ctx.state, fn.id, body.confirm_token, tokenValue(fn), TOKEN_MESSAGES);
  const published = await publishDraft(ctx, fn, draft);
  return json({ published: true, draft_updated_at: null, confirm_token: null, changed_fields: null, function: serializeFull(published) });
}

/** The draft goes through the normal update, so it is validated again and versioned like any save. */
async function publishDraft(ctx: RequestContext, fn: StoredHogFunction, draft: FunctionContent): Promise<StoredHogFunction> {
  const updated = await updateFunction(ctx.state, fn, functionContentBody(draft));
  const next: StoredHogFunction = { ...updated, draft: null, draftUpdatedAt: null };
  ctx.state.functions.set(next.id, next);
  recordFunctionRevision(ctx.state, fn, next);
  return next;
}

/** Idempotent; a function's `updated_at` does not move. */
export function discardFunctionDraft(ctx: RequestContext): Reply {
  const fn = findFunction(ctx);
  const next: StoredHogFunction = { ...structuredClone(fn), draft: null, draftUpdatedAt: null };
  ctx.state.functions.set(next.id, next);
  return json(serializeFull(next));
}

/** A bare array, most recently updated first. */
export function listMaskedSecrets(ctx: RequestContext): Reply {
  const project = ctx.project();
  const items = ctx.state
    .liveFunctions(project.id)
    .filter((fn) => fn.type !== 'warehouse_source_webhook')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((fn): JsonObject => ({
      id: fn.id,
      name: fn.name,
      type: fn.type,
      enabled: fn.enabled,
      input_keys: maskedKeys(fn, fn.inputs),
      // The draft's own secrets only: those it changed from the live ones.
      draft_input_keys: fn.draft ? maskedKeys(fn.draft, fn.draft.inputs, fn.inputs) : [],
    }))
    .filter((item) => (item.input_keys as string[]).length > 0 || (item.draft_input_keys as string[]).length > 0);
  return json(items);
}

function maskedKeys(content: FunctionContent, inputs: StoredInputs, live?: StoredInputs): string[] {
  return content.inputsSchema
    .filter((item) => item.secret === true && inputs[item.key]?.value === SECRET_MASK)
    .filter((item) => !live || live[item.key]?.value !== SECRET_MASK)
    .map((item) => item.key)
    .sort();
}

function tokenValue(fn: StoredHogFunction): string {
  return `${fn.draftUpdatedAt ?? ''}:${fn.updatedAt}`;
}

function pick(body: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(body).filter(([key]) => keys.includes(key)));
}
