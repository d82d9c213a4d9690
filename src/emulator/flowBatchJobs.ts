// Flow batch jobs (bare array, POST needs an active flow) and the user blast radius estimate.
import { createHash, randomUUID } from 'node:crypto';
import { ApiError, notFound, requiredError, validationError } from './errors';
import { findFlow } from './objectLookup';
import { isRecord, jsonContains, type JsonObject } from './json';
import type { BatchJob, StoredHogFlow } from './model';
import { requireObject } from './request';
import { json, type Reply, type RequestContext } from './router';

const PROJECT_PERSON_COUNT = 52210;
const BATCH_TRIGGER_LIMIT = 10000;

function flowForJobs(ctx: RequestContext): StoredHogFlow {
  try {
    return findFlow(ctx);
  } catch {
    throw notFound(`Workflow ${ctx.params.id ?? ''} not found`);
  }
}

export function listBatchJobs(ctx: RequestContext): Reply {
  const flow = flowForJobs(ctx);
  const jobs = [...(ctx.state.batchJobs.get(flow.id) ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at));
  return json(structuredClone(jobs));
}

export function createBatchJob(ctx: RequestContext): Reply {
  const flow = flowForJobs(ctx);
  if (flow.status !== 'active') throw validationError('Workflow must be active to run a batch. Enable it first.');
  const body = requireObject(ctx.body);
  const variables = body.variables ?? {};
  if (!isRecord(variables)) {
    throw new ApiError(400, { variables: ['Expected a dictionary of items but got type "' + typeof variables + '".'] });
  }
  const now = ctx.state.clock.nowIso();
  const job: BatchJob = {
    id: randomUUID(),
    status: 'queued',
    hog_flow: flow.id,
    filters: triggerFilters(flow),
    variables: structuredClone(variables),
    created_at: now,
    created_by: ctx.state.basicUser(),
    updated_at: now,
  };
  ctx.state.batchJobs.set(flow.id, [...(ctx.state.batchJobs.get(flow.id) ?? []), job]);
  return json(structuredClone(job));
}

/** Filters are snapshotted from the trigger; client values are ignored. */
function triggerFilters(flow: StoredHogFlow): JsonObject {
  const filters = flow.actions.find((a) => a.type === 'trigger')?.config.filters;
  if (!isRecord(filters)) return {};
  const { bytecode: _bytecode, ...rest } = structuredClone(filters);
  return rest;
}

/** Deterministic from the filters: the same audience always gives the same counts. */
export function userBlastRadius(ctx: RequestContext): Reply {
  const project = ctx.project();
  const body = requireObject(ctx.body);
  if (!isRecord(body.filters)) throw requiredError('filters');
  if (jsonContains(body.filters, { properties: [{ type: 'flag' }] })) {
    throw validationError('Feature flag conditions are not supported in workflow audiences.', 'filters');
  }
  const dedupeKey = body.dedupe_key === 'email' ? 'email' : null;
  const groupType = typeof body.group_type_index === 'number' ? body.group_type_index : null;
  const digest = createHash('sha256').update(JSON.stringify(body.filters)).digest('hex');
  const properties = Array.isArray(body.filters.properties) ? body.filters.properties : [];
  const affected = properties.length === 0 ? PROJECT_PERSON_COUNT : parseInt(digest.slice(0, 8), 16) % PROJECT_PERSON_COUNT;
  const expires = Math.floor(Date.now() / 1000 + 15 * 60).toString(36);
  return json({
    affected,
    total: PROJECT_PERSON_COUNT,
    limit: BATCH_TRIGGER_LIMIT,
    dedupe_key: dedupeKey,
    confirm_token: `${project.id}:${groupType ?? 'None'}:${dedupeKey ?? 'None'}:${digest.slice(0, 32)}:${expires}:emulator`,
  });
}
