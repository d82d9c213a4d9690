// App metrics of functions and flows: `metrics/` (zero-filled series) and `metrics/totals/`.
import { validationError } from './errors';
import type { JsonObject } from './json';
import type { MetricPoint } from './model';
import type { RequestContext } from './router';
import { formatMicros, MICROS_PER_DAY, MICROS_PER_HOUR, parseRelativeOrIso } from './time';

type Interval = 'hour' | 'day' | 'week';
type Breakdown = 'kind' | 'name';

const MAX_BUCKETS = 5000;

interface MetricsQuery {
  after: number | null;
  before: number;
  interval: Interval;
  breakdown: Breakdown;
  kinds: string[] | null;
  names: string[] | null;
}

function readQuery(ctx: RequestContext, defaultAfter: string | null): MetricsQuery {
  const now = ctx.state.clock.nowMicros();
  const afterRaw = ctx.query.get('after') || defaultAfter;
  const beforeRaw = ctx.query.get('before');
  const interval = ctx.query.get('interval') || 'day';
  const breakdown = ctx.query.get('breakdown_by') || 'kind';
  if (interval !== 'hour' && interval !== 'day' && interval !== 'week') {
    throw validationError(`"${interval}" is not a valid choice.`, 'interval', 'invalid_choice');
  }
  if (breakdown !== 'kind' && breakdown !== 'name') {
    throw validationError(`"${breakdown}" is not a valid choice.`, 'breakdown_by', 'invalid_choice');
  }
  return {
    after: afterRaw ? timeParam(afterRaw, now, 'after') : null,
    before: beforeRaw ? timeParam(beforeRaw, now, 'before') : now,
    interval,
    breakdown,
    kinds: listParam(ctx.query.get('kind')),
    names: listParam(ctx.query.get('name')),
  };
}

function timeParam(raw: string, now: number, attr: string): number {
  const micros = parseRelativeOrIso(raw, now);
  if (micros === null) throw validationError(`Invalid date: ${raw}`, attr);
  return micros;
}

function listParam(raw: string | null): string[] | null {
  const items = raw?.split(',').map((s) => s.trim()).filter(Boolean);
  return items?.length ? items : null;
}

function selectPoints(points: MetricPoint[], q: MetricsQuery): MetricPoint[] {
  return points.filter(
    (p) =>
      (q.after === null || p.micros >= q.after) &&
      p.micros <= q.before &&
      (!q.kinds || q.kinds.includes(p.kind)) &&
      (!q.names || q.names.includes(p.name)),
  );
}

function bucketStart(micros: number, interval: Interval): number {
  if (interval === 'hour') return micros - (micros % MICROS_PER_HOUR);
  const day = micros - (micros % MICROS_PER_DAY);
  if (interval === 'day') return day;
  const weekday = new Date(day / 1000).getUTCDay(); // weeks start on Sunday, like ClickHouse's default
  return day - weekday * MICROS_PER_DAY;
}

function nextBucket(start: number, interval: Interval): number {
  return start + (interval === 'hour' ? MICROS_PER_HOUR : interval === 'day' ? MICROS_PER_DAY : 7 * MICROS_PER_DAY);
}

function label(start: number, interval: Interval): string {
  const iso = formatMicros(start);
  return interval === 'hour' ? iso.slice(0, 16) : iso.slice(0, 10);
}

export function metricsSeries(ctx: RequestContext, sourceId: string): JsonObject {
  const q = readQuery(ctx, '-7d');
  const after = q.after ?? q.before;
  const starts: number[] = [];
  for (let s = bucketStart(after, q.interval); s <= q.before; s = nextBucket(s, q.interval)) {
    starts.push(s);
    if (starts.length > MAX_BUCKETS) throw validationError('Too many intervals in the requested range.', 'interval');
  }
  const index = new Map(starts.map((s, i) => [s, i]));
  const series = new Map<string, number[]>();
  for (const p of selectPoints(ctx.state.metrics.get(sourceId) ?? [], q)) {
    const key = q.breakdown === 'kind' ? p.kind : p.name;
    const values = series.get(key) ?? starts.map(() => 0);
    const i = index.get(bucketStart(p.micros, q.interval));
    if (i !== undefined) values[i] = (values[i] ?? 0) + p.count;
    series.set(key, values);
  }
  return {
    labels: starts.map((s) => label(s, q.interval)),
    series: [...series.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, values]) => ({ name, values })),
  };
}

/** Without `after` the totals cover all time (the declared -7d default is not applied). */
export function metricsTotals(ctx: RequestContext, sourceId: string): JsonObject {
  const q = readQuery(ctx, null);
  const totals: JsonObject = {};
  for (const p of selectPoints(ctx.state.metrics.get(sourceId) ?? [], q)) {
    const key = q.breakdown === 'kind' ? p.kind : p.name;
    totals[key] = Number(totals[key] ?? 0) + p.count;
  }
  return { totals };
}
