// DRF LimitOffsetPagination: {count, next, previous, results} with absolute next/previous URLs.
import type { JsonValue } from './json';
import type { RequestContext } from './router';

export interface PageLimits {
  defaultLimit: number;
  maxLimit?: number;
}

export interface Page extends Record<string, JsonValue> {
  count: number;
  next: string | null;
  previous: string | null;
  results: JsonValue[];
}

export function paginate(ctx: RequestContext, items: JsonValue[], limits: PageLimits): Page {
  const limit = Math.min(positiveInt(ctx.query.get('limit'), limits.defaultLimit), limits.maxLimit ?? Infinity);
  const offset = nonNegativeInt(ctx.query.get('offset'));
  const count = items.length;
  const next = offset + limit < count ? pageUrl(ctx, limit, offset + limit) : null;
  const previous = offset > 0 ? pageUrl(ctx, limit, offset - limit) : null;
  return { count, next, previous, results: items.slice(offset, offset + limit) };
}

function positiveInt(raw: string | null, fallback: number): number {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n > 0 ? n : fallback;
}

function nonNegativeInt(raw: string | null): number {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n > 0 ? n : 0;
}

function pageUrl(ctx: RequestContext, limit: number, offset: number): string {
  const query = new URLSearchParams(ctx.query);
  query.set('limit', String(limit));
  if (offset > 0) query.set('offset', String(offset));
  else query.delete('offset');
  return `${ctx.baseUrl}${ctx.path}?${query.toString()}`;
}
