// The metrics webview document: strict CSP, nothing remote, everything escaped, a chart that
// matches the numbers, a totals table, and a Refresh button wired through acquireVsCodeApi().
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNonce, metricsChartHtml, type MetricsChartInput } from '../../../src/metrics';

const CSP_SOURCE = 'https://*.vscode-cdn.net';
const NONCE = 'r4nd0mN0nce_abcdefGHIJ';
const METRICS = {
  labels: ['2025-05-28', '2025-05-29', '2025-05-30'],
  series: [
    { name: 'filtered', values: [30, 0, 10] },
    { name: 'succeeded', values: [100, 50, 0] },
    { name: 'failed', values: [5, 0, 0] },
  ],
};
const TOTALS = { totals: { filtered: 6814, failed: 8, succeeded: 2324 } };

function render(overrides: Partial<MetricsChartInput> = {}): string {
  return metricsChartHtml({ title: 'Checkout webhook', subtitle: 'Last 7 days, by day', metrics: METRICS, totals: TOTALS, cspSource: CSP_SOURCE, nonce: NONCE, ...overrides });
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'))].length;
}

test('a strict CSP: nothing by default, styles from the webview and by nonce, scripts by nonce only', () => {
  const html = render();
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.equal(csp, `default-src &#39;none&#39;; style-src ${CSP_SOURCE} &#39;nonce-${NONCE}&#39;; script-src &#39;nonce-${NONCE}&#39;;`);
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style'), 'the CSP comes before any style or script');
  assert.equal(count(html, /<script\b/), 1);
  assert.equal(count(html, new RegExp(`<script nonce="${NONCE}">`)), 1);
  assert.equal(count(html, /<style\b/), 1);
  assert.equal(count(html, new RegExp(`<style nonce="${NONCE}">`)), 1);
});

test('no remote resources, no inline handlers, no style attributes', () => {
  const html = render();
  assert.doesNotMatch(html.split(CSP_SOURCE).join(''), /https?:/i, 'no http(s) URL besides the webview source in the CSP');
  assert.doesNotMatch(html, /<(link|img|iframe|object|embed)\b/i);
  assert.doesNotMatch(html, /\ssrc=|\shref=|xlink:/i);
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handlers');
  assert.doesNotMatch(html, /\sstyle\s*=/i, 'style attributes would be blocked by the CSP');
  assert.doesNotMatch(html, /javascript:/i);
});

test('a series, label, title and total named <script> are escaped everywhere', () => {
  const evil = '<script>alert("x")</script>';
  const html = render({
    title: evil,
    subtitle: `"${evil}"`,
    metrics: { labels: ['2025-05-28', evil], series: [{ name: evil, values: [3, 4] }] },
    totals: { totals: { [evil]: 7 } },
  });
  assert.equal(count(html, /<script/), 1, 'only the page script');
  assert.equal(count(html, /<\/script>/), 1);
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
  assert.ok(count(html, /&lt;script&gt;/) >= 5, 'title, heading, legend, tooltip and totals row');
});

test('stacked bars match the numbers; series in a fixed order with theme colours', () => {
  const html = render();
  const rects = [...html.matchAll(/<rect class="mark c-(\w+)" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"><title>([^<]+)<\/title>/g)];
  assert.equal(rects.length, 5, 'one bar segment per non-zero value');
  assert.deepEqual(rects.slice(3).map((r) => r[4]), ['2025-05-29 · succeeded: 50', '2025-05-30 · filtered: 10']);
  assert.deepEqual(rects.slice(0, 3).map((r) => r[4]), ['2025-05-28 · succeeded: 100', '2025-05-28 · failed: 5', '2025-05-28 · filtered: 30']);
  assert.deepEqual(rects.slice(0, 3).map((r) => r[1]), ['green', 'red', 'yellow']);
  const heights = rects.map((r) => Number(r[3]));
  assert.ok(Math.abs(heights[0]! / heights[1]! - 20) < 0.2, 'heights are proportional to values');
  const ticks = [...html.matchAll(/<text class="tick" [^>]*text-anchor="end"[^>]*>([^<]+)<\/text>/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
  assert.deepEqual(ticks, [0, 40, 80, 120, 160], 'round ticks reaching the tallest stack (135)');
  assert.ok(html.includes('>Invocations</text>') && html.includes('>Date (UTC)</text>'), 'axis labels');
  assert.ok(html.includes('<ul class="legend"><li><span class="swatch c-green"></span>succeeded</li><li><span class="swatch c-red"></span>failed</li>'));
});

test('lines: one polyline per series; hourly labels say so', () => {
  const html = render({ chart: 'lines', metrics: { labels: ['2025-06-03T10:00', '2025-06-03T11:00'], series: [{ name: 'succeeded', values: [1, 2] }, { name: 'failed', values: [0, 1] }] } });
  assert.equal(count(html, /<polyline class="stroke c-/), 2);
  assert.equal(count(html, /<circle class="dot/), 4);
  assert.ok(html.includes('>06-03 10:00</text>'));
  assert.ok(html.includes('>Hour (UTC)</text>'));
});

test('a totals table in the series order, with thousands separators', () => {
  const html = render();
  const rows = [...html.matchAll(/<tr><th scope="row"><span class="swatch c-(\w+)"><\/span>([^<]+)<\/th><td>([^<]+)<\/td><\/tr>/g)].map((m) => [m[2], m[3], m[1]]);
  assert.deepEqual(rows, [['succeeded', '2,324', 'green'], ['failed', '8', 'red'], ['filtered', '6,814', 'yellow']]);
});

test('a Refresh button that posts {type: "refresh"} through acquireVsCodeApi()', () => {
  const html = render();
  assert.ok(html.includes('<button id="refresh" type="button">Refresh</button>'));
  const script = /<script nonce="[^"]+">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  assert.match(script, /acquireVsCodeApi\(\)/);
  assert.match(script, /const button = document\.getElementById\('refresh'\);\s*button\.addEventListener\('click'/);
  assert.match(script, /postMessage\(\{ type: 'refresh' \}\)/);
});

test('theme colours through VS Code CSS variables', () => {
  const html = render();
  for (const variable of ['--vscode-foreground', '--vscode-editor-background', '--vscode-font-family', '--vscode-button-background', '--vscode-charts-green', '--vscode-charts-red']) {
    assert.ok(html.includes(`var(${variable}`), variable);
  }
});

test('empty or malformed responses render a message instead of a chart', () => {
  const empty = render({ metrics: { labels: [], series: [] }, totals: { totals: {} } });
  assert.ok(empty.includes('No metrics in this range.') && empty.includes('No totals.'));
  assert.doesNotMatch(empty, /<svg/);
  const odd = render({ metrics: { labels: ['a'], series: [{ name: 'succeeded', values: ['7', null, -3] }] }, totals: 'nope' });
  assert.ok(odd.includes('<svg') && !odd.includes('NaN'));
});

test('a pure function of its inputs; refuses a nonce or CSP source that could break the policy', () => {
  assert.equal(render(), render());
  assert.throws(() => render({ nonce: "abc' 'unsafe-inline" }), RangeError);
  assert.throws(() => render({ nonce: 'short' }), RangeError);
  assert.throws(() => render({ cspSource: "https://x; script-src 'unsafe-inline'" }), RangeError);
  assert.match(createNonce(), /^[A-Za-z0-9_-]{24}$/);
  assert.notEqual(createNonce(), createNonce());
  assert.doesNotThrow(() => render({ nonce: createNonce() }));
});

test("the browser host's cspSource, 'self' included, goes into style-src as given", () => {
  const browserSource = "'self' https://*.vscode-cdn.net";
  const html = render({ cspSource: browserSource });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll('&#39;', "'");
  assert.equal(csp, `default-src 'none'; style-src 'self' https://*.vscode-cdn.net 'nonce-${NONCE}'; script-src 'nonce-${NONCE}';`);
  for (const source of ['vscode-webview-resource:', 'https://*.vscode-cdn.net:443', 'http://127.0.0.1:8080/static/', "'report-sample' https://*.vscode-cdn.net"]) {
    assert.doesNotThrow(() => render({ cspSource: source }), source);
  }
});

test('refuses a cspSource that could break out of or widen the policy', () => {
  const refused = [
    '',
    '   ',
    "https://x; script-src 'unsafe-inline'",
    'https://a.example, script-src *',
    'https://a.example\nscript-src *',
    "'self' 'unsafe-inline'",
    "'unsafe-eval'",
    "'unsafe-hashes'",
    "'wasm-unsafe-eval'",
    "'strict-dynamic'",
    "'self",
    '*',
    "'self' *",
    'https://*',
    'https:',
    'data:',
    'https://a.example"><script>',
    "https://a.example/'",
  ];
  for (const cspSource of refused) assert.throws(() => render({ cspSource }), RangeError, JSON.stringify(cspSource));
});

