// posthog.showMetrics against the emulator: two requests with an explicit range, a webview with a
// strict CSP and nothing remote that shows every series and total, and a refresh from the page.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestEmulator } from './helpers/emulator';
import { findFunction, flowsNode, loadAll, signedInSession, type FlowNode, type FunctionNode } from './helpers/session';

const QUERY = { after: '-7d', interval: 'day', breakdown_by: 'name' };

function keyOf(node: FunctionNode | FlowNode): string {
  const family = node.kind === 'flow' ? 'flows' : 'functions';
  return `${node.project.authority}/projects/${node.project.projectId}/${family}/${node.summary.id}`;
}

function basePath(node: FunctionNode | FlowNode): string {
  const family = node.kind === 'flow' ? 'hog_flows' : 'hog_functions';
  return `/api/projects/${node.project.projectId}/${family}/${node.summary.id}/`;
}

async function assertMetricsRequests(emulator: TestEmulator, node: FunctionNode | FlowNode): Promise<void> {
  const requests = await emulator.requests();
  const base = basePath(node);
  assert.deepEqual(requests.map((r) => `${r.method} ${r.path}`).sort(), [`GET ${base}metrics/`, `GET ${base}metrics/totals/`]);
  for (const request of requests) assert.deepEqual(request.query, QUERY);
}

describe('metrics: panel', () => {
  const session = signedInSession();

  it('opens a panel with a strict CSP, no remote resources, every series and the totals', async () => {
    const { api, emulator, prompter } = session;
    const { node, fn } = await findFunction(session, 'Destinations');
    await emulator.clearRequests();
    prompter.clear();
    assert.equal(await vscode.commands.executeCommand('posthog.showMetrics', node), true, JSON.stringify(prompter.shown));
    await assertMetricsRequests(emulator, node);

    const panel = api.testing.metrics.panel(keyOf(node));
    assert.ok(panel, 'the panel is open');
    assert.equal(panel.title, `Metrics: ${fn.name as string}`);
    assert.equal(panel.enableScripts, true);
    assert.deepEqual(panel.localResourceRoots, []);
    const { html } = panel;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9_-]{16,}';/);
    assert.doesNotMatch(html, /<(script|link|img|iframe)\b[^>]*\b(src|href)=/i, 'nothing loaded from anywhere');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline handlers');

    const query = new URLSearchParams(QUERY).toString();
    const series = (await emulator.get(`${basePath(node)}metrics/?${query}`)) as { labels: string[]; series: Array<{ name: string; values: number[] }> };
    const totals = (await emulator.get(`${basePath(node)}metrics/totals/?${query}`)) as { totals: Record<string, number> };
    assert.ok(series.series.length > 0, 'the seeded function has metrics');
    // Every non-zero value of every series is drawn, with its label in the mark's tooltip.
    let drawn = 0;
    for (const s of series.series) {
      s.values.forEach((value, i) => {
        if (value === 0) return;
        drawn++;
        assert.ok(html.includes(`<title>${series.labels[i]} · ${s.name}: ${value.toLocaleString('en-US')}</title>`), `${s.name} on ${series.labels[i]}`);
      });
    }
    assert.ok(drawn > 0);
    for (const [name, total] of Object.entries(totals.totals)) {
      assert.match(html, new RegExp(`${name}</th><td>${total.toLocaleString('en-US')}</td>`), `total of ${name}`);
    }
  });

  it('refreshes when the page asks, with two new requests and a new page', async () => {
    const { api, emulator } = session;
    const { node } = await findFunction(session, 'Destinations');
    await vscode.commands.executeCommand('posthog.showMetrics', node);
    const before = api.testing.metrics.panel(keyOf(node))!.html;
    await emulator.clearRequests();
    await api.testing.metrics.postFromPage(keyOf(node), { type: 'refresh' });
    await assertMetricsRequests(emulator, node);
    const after = api.testing.metrics.panel(keyOf(node))!.html;
    assert.notEqual(after, before, 'the page was replaced (a fresh nonce at least)');
  });

  it('reports a failed refresh and keeps the panel', async () => {
    const { api, emulator, prompter } = session;
    const { node } = await findFunction(session, 'Destinations');
    await vscode.commands.executeCommand('posthog.showMetrics', node);
    const before = api.testing.metrics.panel(keyOf(node))!.html;
    prompter.clear();
    await emulator.addFault({
      match: { method: 'GET', path: `/hog_functions/${node.summary.id}/metrics/totals/$` },
      response: { status: 400, body: { type: 'validation_error', code: 'invalid', detail: 'Invalid date: -7d', attr: 'after' } },
    });
    await api.testing.metrics.postFromPage(keyOf(node), { type: 'refresh' });
    const error = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(error.message, /Invalid date/);
    assert.equal(api.testing.metrics.panel(keyOf(node))?.html, before, 'the last page stays');
  });

  it('shows a flow’s metrics from the flow endpoints', async () => {
    const { api, emulator } = session;
    const flow = (await loadAll(api, await flowsNode(session))).find((n): n is FlowNode => n.kind === 'flow');
    assert.ok(flow);
    await emulator.clearRequests();
    assert.equal(await vscode.commands.executeCommand('posthog.showMetrics', flow), true);
    await assertMetricsRequests(emulator, flow);
    assert.match(api.testing.metrics.panel(keyOf(flow))!.html, /Content-Security-Policy/);
  });
});
