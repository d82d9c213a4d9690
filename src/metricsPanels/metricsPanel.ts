// One metrics webview: the chart page (strict CSP, no remote resources, nothing loaded from disk)
// re-rendered with fresh data on each refresh.
import * as vscode from 'vscode';
import type { MetricsSeries, MetricsTotals } from '../api';
import { displayName } from '../api/displayName';
import { Disposable } from '../common/lifecycle';
import { createNonce, metricsChartHtml } from '../metrics';

export interface MetricsView {
  title: string;
  subtitle: string;
  metrics: MetricsSeries;
  totals: MetricsTotals;
}

export class MetricsPanel extends Disposable {
  private readonly panel: vscode.WebviewPanel;

  constructor(
    title: string,
    /** The page's Refresh button; resolves true once new data is shown. */
    private readonly refresh: () => Promise<boolean>,
    onClosed: () => void,
  ) {
    super();
    this.panel = this.register(
      vscode.window.createWebviewPanel('posthog.metrics', panelTitle(title), vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [],
        enableFindWidget: true,
      }),
    );
    this.register(this.panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)));
    this.register(
      this.panel.onDidDispose(() => {
        this.dispose();
        onClosed();
      }),
    );
  }

  render(view: MetricsView): void {
    this.panel.title = panelTitle(view.title);
    this.panel.webview.html = metricsChartHtml({ ...view, cspSource: this.panel.webview.cspSource, nonce: createNonce() });
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** A message from the page. Only `{type: 'refresh'}` exists; on failure the button is enabled again. */
  async receive(message: unknown): Promise<void> {
    if ((message as { type?: unknown } | null)?.type !== 'refresh') return;
    if (!(await this.refresh())) await this.panel.webview.postMessage({ type: 'refreshed' });
  }

  get html(): string {
    return this.panel.webview.html;
  }

  get options(): vscode.WebviewOptions {
    return this.panel.webview.options;
  }

  get title(): string {
    return this.panel.title;
  }
}

function panelTitle(name: string): string {
  return `Metrics: ${displayName(name, 'Untitled')}`;
}
