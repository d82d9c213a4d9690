// The function or flow a request's path names (`:id`), in the request's project; 404 otherwise.
// The routes of an object and of its drafts and revisions all start here.
import { notFound } from './errors';
import type { StoredHogFlow, StoredHogFunction } from './model';
import type { RequestContext } from './router';

/** A live function of the request's project, or 404. */
export function findFunction(ctx: RequestContext, includeDeleted = false): StoredHogFunction {
  const project = ctx.project();
  const fn = ctx.state.functions.get(ctx.params.id ?? '');
  if (!fn || fn.projectId !== project.id || fn.type === 'warehouse_source_webhook') throw notFound();
  if (fn.deleted && !includeDeleted) throw notFound();
  return fn;
}

/** A flow of the request's project, or 404. */
export function findFlow(ctx: RequestContext): StoredHogFlow {
  const project = ctx.project();
  const flow = ctx.state.flows.get(ctx.params.id ?? '');
  if (!flow || flow.projectId !== project.id) throw notFound();
  return flow;
}
