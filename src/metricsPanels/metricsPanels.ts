// `posthog.showMetrics`: one panel per function or flow with the last 7 days by day, per metric
// name, and the totals of the same range. Each show or refresh costs two requests, sent together.
import * as vscode from 'vscode';
import type { MetricsQuery, PostHogClient } from '../api';
import { Disposable, disposeAll } from '../common/lifecycle';
import type { ClientPool } from '../connections/clients';
import type { ConnectionStore } from '../connections/store';
import { resolveTarget, targetKey, type ObjectTarget } from '../testInvocations/target';
import { targetName } from '../testInvocations/targetObject';
import { MetricsPanel, type MetricsView } from './metricsPanel';

export interface MetricsPanelsDeps {
  readonly store: ConnectionStore;
  readonly clients: ClientPool;
}

/** Totals are sent `after` explicitly: without it PostHog may total all time. */
const RANGE: MetricsQuery = { after: '-7d', interval: 'day', breakdown_by: 'name' };
const RANGE_LABEL = 'Last 7 days, by day';

export class MetricsPanels extends Disposable {
  private readonly panels = new Map<string, MetricsPanel>();

  constructor(private readonly deps: MetricsPanelsDeps) {
    super();
  }

  /** Fetches, then shows (or refreshes) the object's panel. Resolves true once it shows the new data. */
  async show(arg: unknown, signal: AbortSignal): Promise<boolean> {
    const target = resolveTarget(arg, this.deps.store);
    const { client } = await this.deps.clients.get(target.authority);
    const view = await fetchView(client, target, signal);
    const key = targetKey(target);
    let panel = this.panels.get(key);
    if (!panel) {
      panel = new MetricsPanel(view.title, () => this.refresh(target), () => this.panels.delete(key));
      this.panels.set(key, panel);
    }
    panel.render(view);
    panel.reveal();
    return true;
  }

  /** Open panels by targetKey (for tests). */
  get open(): ReadonlyMap<string, MetricsPanel> {
    return this.panels;
  }

  /** Through the command, so a refresh gets the same progress, cancellation and error messages. */
  private async refresh(target: ObjectTarget): Promise<boolean> {
    return (await vscode.commands.executeCommand<boolean | undefined>('posthog.showMetrics', target)) === true;
  }

  override dispose(): void {
    disposeAll([...this.panels.values()]);
    this.panels.clear();
    super.dispose();
  }
}

async function fetchView(client: PostHogClient, target: ObjectTarget, signal: AbortSignal): Promise<MetricsView> {
  const api = target.kind === 'flow' ? client.hogFlows : client.hogFunctions;
  const [title, metrics, totals] = await Promise.all([
    targetName(client, target, signal),
    api.metrics(target.projectId, target.id, RANGE, { signal }),
    api.metricsTotals(target.projectId, target.id, RANGE, { signal }),
  ]);
  return { title, subtitle: RANGE_LABEL, metrics, totals };
}
