// The metrics responses (`…/metrics/`: day labels and one series of counts per metric name;
// `…/metrics/totals/`: one total per name), checked at the boundary and put in a stable order:
// PostHog returns series in no particular order.

export interface Series {
  name: string;
  values: number[];
  /** Theme colour of the series, by meaning (green for success, red for failures...). */
  color: SeriesColor;
}

export interface ChartData {
  labels: string[];
  series: Series[];
}

export type SeriesColor = 'green' | 'red' | 'yellow' | 'blue' | 'purple' | 'orange' | 'grey';

const ORDER = ['succeeded', 'success', 'failed', 'failure', 'filtered', 'other'];
const NAMED_COLORS: Record<string, SeriesColor> = {
  succeeded: 'green', success: 'green',
  failed: 'red', failure: 'red', filtering_failed: 'red', inputs_failed: 'red', email_bounced_hard: 'red',
  filtered: 'yellow', disabled_temporarily: 'orange', disabled_permanently: 'orange', masked: 'grey',
};
const SPARE_COLORS: SeriesColor[] = ['blue', 'purple', 'orange', 'grey'];

export function readChartData(raw: unknown): ChartData {
  const body = isRecord(raw) ? raw : {};
  const labels = Array.isArray(body.labels) ? body.labels.map((l) => String(l)) : [];
  const rawSeries = Array.isArray(body.series) ? body.series.filter(isRecord) : [];
  const named = rawSeries
    .map((s) => ({
      name: typeof s.name === 'string' && s.name ? s.name : 'unnamed',
      values: labels.map((_, i) => count(Array.isArray(s.values) ? s.values[i] : 0)),
    }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
  let spare = 0;
  const series = named.map((s) => ({ ...s, color: NAMED_COLORS[s.name] ?? SPARE_COLORS[spare++ % SPARE_COLORS.length]! }));
  return { labels, series };
}

/** Totals as [name, count] pairs in the same order as the series. */
export function readTotals(raw: unknown): [string, number][] {
  const totals = isRecord(raw) && isRecord(raw.totals) ? raw.totals : {};
  return Object.entries(totals)
    .map(([name, value]): [string, number] => [name, count(value)])
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

export function colorOf(name: string, data: ChartData): SeriesColor {
  return data.series.find((s) => s.name === name)?.color ?? NAMED_COLORS[name] ?? 'grey';
}

function rank(name: string): number {
  const at = ORDER.indexOf(name);
  return at === -1 ? ORDER.length : at;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
