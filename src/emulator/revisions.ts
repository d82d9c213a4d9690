// Version history shared by functions and flows (reference §11): a row per live content change,
// none before the first one (no backfill), which writes two: the state before it (no author) and
// after it. Listed newest first without content; one row adds `content`.
import { notFound } from './errors';
import type { JsonObject } from './json';
import type { StoredRevision, UserBasic } from './model';
import { paginate, type PageLimits } from './pagination';
import { json, type Reply, type RequestContext } from './router';

export interface Versioned<Content> {
  version: number;
  content: Content;
}

export function appendRevisions<Content>(
  history: Map<string, StoredRevision<Content>[]>,
  id: string,
  change: { before: Versioned<Content>; after: Versioned<Content> },
  createdBy: UserBasic | null,
  createdAt: string,
): void {
  const rows = history.get(id) ?? [];
  if (rows.length === 0) rows.push({ version: change.before.version, createdAt, createdBy: null, content: change.before.content });
  rows.push({ version: change.after.version, createdAt, createdBy, content: change.after.content });
  history.set(id, rows);
}

export function revisionsPage<Content>(ctx: RequestContext, rows: StoredRevision<Content>[], limits: PageLimits): Reply {
  const items = [...rows].sort((a, b) => b.version - a.version).map((row): JsonObject => summary(row));
  return json(paginate(ctx, items, limits));
}

/** The row of `ctx.params.version`; PostHog's URL pattern takes digits only, so anything else is 404 too. */
export function findRevision<Content>(
  ctx: RequestContext,
  rows: StoredRevision<Content>[] | undefined,
  detail: string,
): StoredRevision<Content> {
  const raw = ctx.params.version ?? '';
  if (!/^\d+$/.test(raw)) throw notFound();
  const row = rows?.find((r) => r.version === Number(raw));
  if (!row) throw notFound(detail);
  return row;
}

export function revisionDetail<Content>(row: StoredRevision<Content>, serialize: (content: Content) => JsonObject): JsonObject {
  return { ...summary(row), content: serialize(row.content) };
}

function summary<Content>(row: StoredRevision<Content>): JsonObject {
  return structuredClone({ version: row.version, created_at: row.createdAt, created_by: row.createdBy });
}
