// The metrics webview: a complete HTML document (chart, legend, totals table, Refresh button) that
// is a pure function of its inputs. Strict CSP: nothing remote, styles and the one script only by
// nonce, no inline handlers or style attributes; colours and fonts follow the VS Code theme.
//
// The page posts `{type: 'refresh'}` when Refresh is clicked (and disables the button); the host
// answers by replacing the HTML, or posts `{type: 'refreshed'}` to re-enable the button.
import type { MetricsSeries, MetricsTotals } from '../api';
import { checkCspSources } from './cspSources';
import { escapeHtml as esc, formatCount } from './html';
import { colorOf, readChartData, readTotals, type ChartData } from './metricsData';
import { renderChart, renderLegend, type ChartKind } from './svgChart';

export interface MetricsChartInput {
  /** The function's or flow's name. */
  title: string;
  /** e.g. "Last 7 days, by day". */
  subtitle?: string;
  metrics: MetricsSeries | unknown;
  totals: MetricsTotals | unknown;
  /** `webview.cspSource`: source expressions such as `'self' https://*.vscode-cdn.net` (see cspSources). */
  cspSource: string;
  /** A fresh random nonce per render (base64/hex characters, at least 16). */
  nonce: string;
  /** Default 'bars' (stacked). */
  chart?: ChartKind;
}

export function metricsChartHtml(input: MetricsChartInput): string {
  checkNonce(input.nonce);
  const hostSources = checkCspSources(input.cspSource);
  const data = readChartData(input.metrics);
  const totals = readTotals(input.totals);
  const caption = `Metrics of ${input.title}`;
  const csp = `default-src 'none'; style-src ${hostSources} 'nonce-${input.nonce}'; script-src 'nonce-${input.nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(caption)}</title>
<style nonce="${esc(input.nonce)}">${STYLE}</style>
</head>
<body>
<header>
<div>
<h1>${esc(input.title)}</h1>
${input.subtitle ? `<p class="subtitle">${esc(input.subtitle)}</p>` : ''}
</div>
<button id="refresh" type="button">Refresh</button>
</header>
<main>
${chartSection(data, input.chart ?? 'bars', caption)}
${totalsTable(totals, data)}
</main>
<script nonce="${esc(input.nonce)}">${SCRIPT}</script>
</body>
</html>
`;
}

function chartSection(data: ChartData, kind: ChartKind, caption: string): string {
  if (data.labels.length === 0 || data.series.length === 0) {
    return '<section class="chart-section"><p class="empty">No metrics in this range.</p></section>';
  }
  return `<section class="chart-section">\n${renderLegend(data)}\n${renderChart(data, kind, caption)}\n</section>`;
}

function totalsTable(totals: [string, number][], data: ChartData): string {
  if (totals.length === 0) return '<section><h2>Totals</h2><p class="empty">No totals.</p></section>';
  const rows = totals.map(([name, value]) =>
    `<tr><th scope="row"><span class="swatch c-${colorOf(name, data)}"></span>${esc(name)}</th><td>${esc(formatCount(value))}</td></tr>`);
  return `<section><h2>Totals</h2>\n<table class="totals">\n<thead><tr><th scope="col">Metric</th><th scope="col">Total</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></section>`;
}

/** The nonce goes into the CSP header: refuse anything that could end or extend the expression. */
function checkNonce(nonce: string): void {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new RangeError('The nonce must be at least 16 base64 or hex characters.');
}

const SCRIPT = `
const vscode = acquireVsCodeApi();
const button = document.getElementById('refresh');
button.addEventListener('click', () => {
  button.disabled = true;
  button.textContent = 'Refreshing…';
  vscode.postMessage({ type: 'refresh' });
});
window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'refreshed') {
    button.disabled = false;
    button.textContent = 'Refresh';
  }
});
`;

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 16px; }
header { display: flex; align-items: center; justify-content: space-between; gap: 16px; }
h1 { font-size: 1.3em; font-weight: 600; margin: 12px 0 2px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 20px 0 8px; }
.subtitle, .empty { color: var(--vscode-descriptionForeground); margin: 0; }
button { font-family: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 4px 12px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
button:disabled { opacity: 0.6; cursor: default; }
.chart { width: 100%; max-width: 960px; height: auto; display: block; }
.chart text { fill: var(--vscode-foreground); font-size: 11px; }
.chart .axis-label { font-size: 12px; fill: var(--vscode-descriptionForeground); }
.chart .grid { stroke: var(--vscode-editorWidget-border, rgba(128, 128, 128, 0.35)); stroke-width: 0.5; }
.chart .axis { stroke: var(--vscode-foreground); stroke-width: 1; }
.chart .stroke { fill: none; stroke-width: 2; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 16px; padding: 0; margin: 12px 0; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; border-radius: 2px; vertical-align: baseline; }
.totals { border-collapse: collapse; min-width: 280px; }
.totals th, .totals td { text-align: left; padding: 4px 12px 4px 0; border-bottom: 1px solid var(--vscode-panel-border, rgba(128, 128, 128, 0.35)); }
.totals td { text-align: right; font-variant-numeric: tabular-nums; }
.totals thead th { color: var(--vscode-descriptionForeground); font-weight: 600; }
.totals thead th:last-child { text-align: right; }
${colorRules()}
`;

function colorRules(): string {
  const colors: Record<string, string> = {
    green: 'var(--vscode-charts-green, #388a34)',
    red: 'var(--vscode-charts-red, #e51400)',
    yellow: 'var(--vscode-charts-yellow, #bf8803)',
    blue: 'var(--vscode-charts-blue, #1a85ff)',
    purple: 'var(--vscode-charts-purple, #652d90)',
    orange: 'var(--vscode-charts-orange, #d18616)',
    grey: 'var(--vscode-descriptionForeground, #808080)',
  };
  return Object.entries(colors)
    .map(([name, value]) => `.c-${name} { fill: ${value}; stroke: ${value}; }\n.swatch.c-${name} { background: ${value}; }\n.stroke.c-${name} { fill: none; }`)
    .join('\n');
}
