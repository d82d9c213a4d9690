// /api/projects/{id}/hog_functions/ endpoints: list, create, retrieve, update, delete, rearrange.
import { assertNotStale, FUNCTION_STALE_DETAIL } from './concurrency';
import { ApiError, envelope, validationError } from './errors';
import { refuseAgentEnabledCreate, refuseEnablingWithDraft, routesToDraft, stageFunctionDraft } from './functionDrafts';
import { recordFunctionRevision } from './functionRevisions';
import { serializeFull, serializeMinimal } from './hogFunctionSerializer';
import { buildFunction, updateFunction } from './hogFunctionWrite';
import { isRecord, jsonContains, type JsonObject } from './json';
import { isTransformationType, type StoredHogFunction } from './model';
import { findFunction } from './objectLookup';
import { paginate } from './pagination';
import { jsonQueryParam, requireObject } from './request';
import { json, type Reply, type RequestContext } from './router';

const MAX_SEARCH_LENGTH = 200;

export function listFunctions(ctx: RequestContext): Reply {
  const project = ctx.project();
  const matches = functionFilters(ctx.query);
  const items = ctx.state
    .liveFunctions(project.id)
    .filter((f) => f.type !== 'warehouse_source_webhook' && matches(f))
    .sort(byExecutionOrderThenNewest);
  const serialize = ctx.query.get('full') === 'true' ? serializeFull : serializeMinimal;
  return json(paginate(ctx, items.map(serialize), { defaultLimit: 100 }));
}

function functionFilters(query: URLSearchParams): (f: StoredHogFunction) => boolean {
  const checks: Array<(f: StoredHogFunction) => boolean> = [];
  const types = query.get('type');
  if (types) {
    const wanted = types.split(',').map((t) => t.trim());
    checks.push((f) => wanted.includes(f.type));
  }
  const enabled = query.get('enabled');
  if (enabled === 'true' || enabled === 'false') checks.push((f) => f.enabled === (enabled === 'true'));
  const search = query.get('search');
  if (search) {
    if (search.length > MAX_SEARCH_LENGTH) {
      throw validationError(`Search term must be at most ${MAX_SEARCH_LENGTH} characters.`, 'search');
    }
    const needle = search.toLowerCase();
    checks.push((f) => `${f.name}\n${f.description}`.toLowerCase().includes(needle));
  }
  for (const [param, read] of exactFilters) {
    const value = query.get(param);
    if (value !== null) checks.push((f) => read(f) === value);
  }
  const filters = query.get('filters');
  if (filters) {
    const wanted = jsonQueryParam(filters, 'filters');
    checks.push((f) => jsonContains(f.filters, wanted));
  }
  return (f) => checks.every((check) => check(f));
}

const exactFilters: Array<[string, (f: StoredHogFunction) => string]> = [
  ['id', (f) => f.id],
  ['created_by', (f) => String(f.createdBy?.id ?? '')],
  ['created_at', (f) => f.createdAt],
  ['updated_at', (f) => f.updatedAt],
];

/** execution_order ascending with nulls last (PostgreSQL), then most recently updated first. */
function byExecutionOrderThenNewest(a: StoredHogFunction, b: StoredHogFunction): number {
  const ao = a.executionOrder ?? Infinity;
  const bo = b.executionOrder ?? Infinity;
  if (ao !== bo) return ao < bo ? -1 : 1;
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

export async function createFunction(ctx: RequestContext): Promise<Reply> {
  const project = ctx.project();
  const body = requireObject(ctx.body);
  refuseAgentEnabledCreate(ctx, body);
  const fn = await buildFunction(ctx.state, project.id, body);
  ctx.state.functions.set(fn.id, fn);
  return json(serializeFull(fn), 201);
}

export function retrieveFunction(ctx: RequestContext): Reply {
  return json(serializeFull(findFunction(ctx)));
}

export async function patchFunction(ctx: RequestContext): Promise<Reply> {
  const body = requireObject(ctx.body);
  const stored = findFunction(ctx, body.deleted === false);
  refuseEnablingWithDraft(stored, body);
  if (routesToDraft(ctx, stored, body)) return json(serializeFull(await stageFunctionDraft(ctx, stored, body)));
  assertNotStale(stored.updatedAt, body.base_updated_at, FUNCTION_STALE_DETAIL);
  const next = await updateFunction(ctx.state, stored, body);
  ctx.state.functions.set(next.id, next);
  recordFunctionRevision(ctx.state, stored, next);
  return json(serializeFull(next));
}

export function deleteFunction(): Reply {
  throw new ApiError(
    405,
    envelope(
      'invalid_request',
      'method_not_allowed',
      'Hard delete of this model is not allowed. Use a patch API call to set "deleted" to true',
    ),
  );
}

export function rearrangeFunctions(ctx: RequestContext): Reply {
  const project = ctx.project();
  const body = requireObject(ctx.body);
  const orders = isRecord(body.orders) ? body.orders : {};
  if (Object.keys(orders).length === 0) throw validationError('No orders provided');
  const targets = Object.entries(orders).map(([id, order]) => {
    const fn = ctx.state.functions.get(id);
    if (!fn || fn.projectId !== project.id || fn.deleted || !isTransformationType(fn.type)) {
      throw validationError(`HogFunction with id ${id} does not exist`);
    }
    if (typeof order !== 'number' || !Number.isInteger(order)) {
      throw validationError(`Invalid execution order for ${id}`);
    }
    return { fn, order };
  });
  const type = targets[0]?.fn.type;
  if (targets.some((t) => t.fn.type !== type)) {
    throw validationError('Cannot rearrange functions of different types in one request');
  }
  for (const { fn, order } of targets) {
    ctx.state.functions.set(fn.id, { ...fn, executionOrder: order, updatedAt: ctx.state.clock.nowIso() });
  }
  const all = ctx.state.liveFunctions(project.id).filter((f) => f.type === type);
  all.sort(byExecutionOrderThenNewest);
  return json(all.map((f): JsonObject => serializeFull(f)));
}
