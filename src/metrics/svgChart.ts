// The chart as inline SVG: stacked bars (default) or one line per series, with axes, axis labels,
// a legend and a tooltip (<title>) on every mark. Colours come from CSS classes (`c-green`…) that
// the page maps to VS Code theme colours; there are no style attributes (the CSP forbids them).
import { escapeHtml as esc, formatCount } from './html';
import type { ChartData, Series } from './metricsData';

export type ChartKind = 'bars' | 'lines';

const WIDTH = 760;
const HEIGHT = 320;
const MARGIN = { top: 16, right: 16, bottom: 56, left: 64 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const MAX_X_LABELS = 12;
const TICKS = 4;

export function renderChart(data: ChartData, kind: ChartKind, caption: string): string {
  const step = tickStep(kind === 'bars' ? Math.max(0, ...stackTotals(data)) : Math.max(0, ...data.series.flatMap((s) => s.values)));
  const top = step * TICKS;
  const y = (value: number) => MARGIN.top + PLOT_H - (value / top) * PLOT_H;
  const band = PLOT_W / Math.max(1, data.labels.length);
  const marks = kind === 'bars' ? bars(data, y, band) : lines(data, y, band);
  return [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${esc(caption)}">`,
    `<title>${esc(caption)}</title>`,
    yAxis(step, y),
    xAxis(data.labels, band),
    marks,
    '</svg>',
  ].join('\n');
}

/** The legend, as HTML next to the chart. */
export function renderLegend(data: ChartData): string {
  const items = data.series.map((s) => `<li><span class="swatch c-${s.color}"></span>${esc(s.name)}</li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}

function bars(data: ChartData, y: (v: number) => number, band: number): string {
  const width = Math.max(1, band * 0.7);
  const out: string[] = [];
  data.labels.forEach((label, i) => {
    const x = MARGIN.left + i * band + (band - width) / 2;
    let base = 0;
    for (const s of data.series) {
      const value = s.values[i] ?? 0;
      if (value > 0) {
        const top = y(base + value);
        const height = y(base) - top;
        out.push(`<rect class="mark c-${s.color}" x="${fixed(x)}" y="${fixed(top)}" width="${fixed(width)}" height="${fixed(height)}">${tooltip(label, s, value)}</rect>`);
      }
      base += value;
    }
  });
  return `<g class="bars">${out.join('')}</g>`;
}

function lines(data: ChartData, y: (v: number) => number, band: number): string {
  const x = (i: number) => MARGIN.left + i * band + band / 2;
  return data.series
    .map((s) => {
      const points = s.values.map((v, i) => `${fixed(x(i))},${fixed(y(v))}`).join(' ');
      const dots = s.values.map((v, i) => `<circle class="dot c-${s.color}" cx="${fixed(x(i))}" cy="${fixed(y(v))}" r="3">${tooltip(data.labels[i] ?? '', s, v)}</circle>`);
      return `<g class="line"><polyline class="stroke c-${s.color}" points="${points}"></polyline>${dots.join('')}</g>`;
    })
    .join('');
}

function yAxis(step: number, y: (v: number) => number): string {
  const ticks = Array.from({ length: TICKS + 1 }, (_, i) => i * step);
  const parts = ticks.map((t) => {
    const at = fixed(y(t));
    return `<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${at}" y2="${at}"></line>`
      + `<text class="tick" x="${MARGIN.left - 8}" y="${at}" text-anchor="end" dominant-baseline="middle">${esc(formatCount(t))}</text>`;
  });
  const middle = MARGIN.top + PLOT_H / 2;
  parts.push(`<text class="axis-label" x="16" y="${middle}" text-anchor="middle" transform="rotate(-90 16 ${middle})">Invocations</text>`);
  return `<g class="y-axis">${parts.join('')}</g>`;
}

function xAxis(labels: string[], band: number): string {
  const step = Math.max(1, Math.ceil(labels.length / MAX_X_LABELS));
  const baseline = MARGIN.top + PLOT_H;
  const parts = [`<line class="axis" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${baseline}" y2="${baseline}"></line>`];
  labels.forEach((label, i) => {
    if (i % step !== 0) return;
    const x = fixed(MARGIN.left + i * band + band / 2);
    parts.push(`<text class="tick" x="${x}" y="${baseline + 18}" text-anchor="middle">${esc(shortLabel(label))}</text>`);
  });
  const hourly = labels.some((l) => l.includes('T'));
  parts.push(`<text class="axis-label" x="${MARGIN.left + PLOT_W / 2}" y="${HEIGHT - 8}" text-anchor="middle">${hourly ? 'Hour (UTC)' : 'Date (UTC)'}</text>`);
  return `<g class="x-axis">${parts.join('')}</g>`;
}

function tooltip(label: string, series: Series, value: number): string {
  return `<title>${esc(`${label} · ${series.name}: ${formatCount(value)}`)}</title>`;
}

/** `2025-05-28` → `05-28`; `2025-05-28T14:00` → `05-28 14:00`. */
function shortLabel(label: string): string {
  return /^\d{4}-/.test(label) ? label.slice(5).replace('T', ' ') : label;
}

function stackTotals(data: ChartData): number[] {
  return data.labels.map((_, i) => data.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
}

/** The smallest whole, round distance between ticks (1, 2, 2.5, 4 or 5 × 10ⁿ) so TICKS steps reach `max`. */
function tickStep(max: number): number {
  const raw = Math.max(1, max / TICKS);
  const power = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 2.5, 4, 5, 10].map((f) => f * power).filter(Number.isInteger);
  return steps.find((step) => step >= raw) ?? 10 * power;
}

function fixed(n: number): string {
  return String(Math.round(n * 10) / 10);
}
