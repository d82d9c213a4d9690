// /api/projects/{id}/hog_flows/ endpoints: list, create, retrieve, update, delete, bulk delete.
import { randomUUID } from 'node:crypto';
import { ApiError, requiredError, validationError } from './errors';
import { assertNotStale, FLOW_STALE_DETAIL } from './concurrency';
import { flowRoutesToDraft, stageFlowDraft } from './flowDrafts';
import { flowContentChanged } from './flowContent';
import { recordFlowRevision } from './flowRevisions';
import { serializeFlowFull, serializeFlowMinimal } from './hogFlowSerializer';
import { definedOnly, newFlowRecord } from './hogFlowRecord';
import { parseFlowFields } from './hogFlowValidation';
import { isUuid, jsonContains } from './json';
import type { StoredHogFlow } from './model';
import { findFlow } from './objectLookup';
import { paginate } from './pagination';
import { jsonQueryParam, requireObject } from './request';
import { json, type Reply, type RequestContext } from './router';

const MESSAGING_ACTIONS = ['function_email', 'function_sms', 'function_push'];

const EXACT_FILTERS: Array<[string, (f: StoredHogFlow) => string]> = [
  ['id', (f) => f.id],
  ['created_at', (f) => f.createdAt],
  ['updated_at', (f) => f.updatedAt],
];

export function listFlows(ctx: RequestContext): Reply {
  const project = ctx.project();
  const matches = flowFilters(ctx.query);
  const items = ctx.state
    .flowsOf(project.id)
    .filter(matches)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id))
    .map(serializeFlowMinimal);
  return json(paginate(ctx, items, { defaultLimit: 100, maxLimit: 500 }));
}

function flowFilters(query: URLSearchParams): (flow: StoredHogFlow) => boolean {
  const checks: Array<(flow: StoredHogFlow) => boolean> = [];
  const status = query.get('status');
  if (status) checks.push((f) => f.status === status);
  const search = query.get('search');
  if (search) {
    if (search.length > 200) throw validationError('Ensure this field has no more than 200 characters.', 'search');
    const needle = normalizeSearch(search);
    checks.push((f) => normalizeSearch(`${f.name ?? ''} ${f.description}`).includes(needle));
  }
  const type = query.get('type');
  if (type) checks.push((f) => flowType(f) === type);
  const createdBy = query.get('created_by');
  if (createdBy) {
    if (!isUuid(createdBy)) throw validationError('Must be a valid UUID.', 'created_by', 'invalid');
    checks.push((f) => f.createdBy?.uuid === createdBy);
  }
  const trigger = query.get('trigger');
  if (trigger) {
    const wanted = jsonQueryParam(trigger, 'trigger');
    checks.push((f) => jsonContains(f.actions.find((a) => a.type === 'trigger')?.config, wanted));
  }
  for (const [param, read] of EXACT_FILTERS) {
    const value = query.get(param);
    if (value) checks.push((f) => read(f) === value);
  }
  return (flow) => checks.every((check) => check(flow));
}

/** Spaces in a search term match a space, `-` or `_`. */
function normalizeSearch(text: string): string {
  return text.toLowerCase().replace(/[-_]/g, ' ');
}

/** Decision: a flow with email/SMS/push steps is `messaging`, anything else `automation`. */
function flowType(flow: StoredHogFlow): string {
  return flow.actions.some((a) => MESSAGING_ACTIONS.includes(a.type)) ? 'messaging' : 'automation';
}

export function createFlow(ctx: RequestContext): Reply {
  const project = ctx.project();
  const body = requireObject(ctx.body);
  if (body.actions === undefined) throw requiredError('actions');
  const fields = parseFlowFields(body, undefined, Date.now());
  const now = ctx.state.clock.nowIso();
  const flow = newFlowRecord(
    { id: randomUUID(), projectId: project.id, createdAt: now, createdBy: ctx.state.basicUser(), updatedAt: now },
    fields,
  );
  ctx.state.flows.set(flow.id, flow);
  return json(serializeFlowFull(ctx.state, flow), 201);
}

export function retrieveFlow(ctx: RequestContext): Reply {
  return json(serializeFlowFull(ctx.state, findFlow(ctx)));
}

export function updateFlow(ctx: RequestContext): Reply {
  const stored = findFlow(ctx);
  const body = requireObject(ctx.body);
  if (flowRoutesToDraft(ctx, stored, body)) return json(serializeFlowFull(ctx.state, stageFlowDraft(ctx, stored, body)));
  assertNotStale(stored.updatedAt, body.base_updated_at, FLOW_STALE_DETAIL);
  const fields = parseFlowFields(body, stored, Date.now());
  const next: StoredHogFlow = { ...structuredClone(stored), ...definedOnly(fields) };
  if (flowContentChanged(stored, next)) next.version += 1;
  next.updatedAt = ctx.state.clock.nowIso();
  ctx.state.flows.set(next.id, next);
  recordFlowRevision(ctx.state, stored, next);
  return json(serializeFlowFull(ctx.state, next));
}

export function deleteFlow(ctx: RequestContext): Reply {
  const flow = findFlow(ctx);
  ctx.state.deleteFlow(flow.id);
  return { status: 204 };
}

/** Deletes only archived flows; others are skipped silently. 400 bodies are `{"error": ...}`. */
export function bulkDeleteFlows(ctx: RequestContext): Reply {
  const project = ctx.project();
  const body: unknown = ctx.body;
  const ids = typeof body === 'object' && body !== null && 'ids' in body ? body.ids : undefined;
  if (!Array.isArray(ids) || ids.length === 0) {
    throw new ApiError(400, { error: "A non-empty list of 'ids' is required" });
  }
  if (!ids.every(isUuid)) throw new ApiError(400, { error: 'One or more IDs are not valid UUIDs' });
  let deleted = 0;
  for (const id of ids) {
    const flow = ctx.state.flows.get(id);
    if (flow && flow.projectId === project.id && flow.status === 'archived') {
      ctx.state.deleteFlow(id);
      deleted += 1;
    }
  }
  return json({ deleted });
}
