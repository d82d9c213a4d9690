// `posthog.showMetrics`: one panel per function or flow with the last 7 days by day, per metric
// name, and the totals of the same range. Each show or refresh costs two requests, sent together.
import type { MetricsQuery, PostHogClient } from '../api';
import { Disposable, disposeAll } from '../common/lifecycle';
import type { ClientPool } from '../connections/clients';
import { objectApi } from '../objects/objectApi';
import { objectKey } from '../objects/objectRef';
import type { Target } from '../targets/resolveTarget';
import { targetName } from '../targets/targetInfo';
import type { CommandRegistry } from '../ui/commands';
import { MetricsPanel, type MetricsView } from './metricsPanel';

export interface MetricsPanelsDeps {
  readonly clients: ClientPool;
  /** Runs a panel's refresh the way the command runs (progress, cancellation, error messages). */
  readonly runner: Pick<CommandRegistry, 'run'>;
}

/** Totals are sent `after` explicitly: without it PostHog may total all time. */
const RANGE: MetricsQuery = { after: '-7d', interval: 'day', breakdown_by: 'name' };
const RANGE_LABEL = 'Last 7 days, by day';
/** The progress title of a show, from the command or a panel's Refresh button. */
export const METRICS_PROGRESS = 'Loading metrics from PostHog…';

export class MetricsPanels extends Disposable {
  private readonly panels = new Map<string, MetricsPanel>();

  constructor(private readonly deps: MetricsPanelsDeps) {
    super();
  }

  /** Fetches, then shows (or refreshes) the object's panel. Resolves true once it shows the new data. */
  async show(target: Target, signal: AbortSignal): Promise<boolean> {
    const { client } = await this.deps.clients.get(target.ref.authority);
    const view = await fetchView(client, target, signal);
    const key = objectKey(target.ref);
    let panel = this.panels.get(key);
    if (!panel) {
      panel = new MetricsPanel(view.title, () => this.refresh(target), () => this.panels.delete(key));
      this.panels.set(key, panel);
    }
    panel.render(view);
    panel.reveal();
    return true;
  }

  /** The open panel of an object, by objectKey. */
  panel(key: string): MetricsPanel | undefined {
    return this.panels.get(key);
  }

  private async refresh(target: Target): Promise<boolean> {
    return (await this.deps.runner.run((run) => this.show(target, run.signal), [], { progress: METRICS_PROGRESS })) === true;
  }

  override dispose(): void {
    disposeAll([...this.panels.values()]);
    this.panels.clear();
    super.dispose();
  }
}

async function fetchView(client: PostHogClient, target: Target, signal: AbortSignal): Promise<MetricsView> {
  const { ref } = target;
  const api = objectApi(client, ref.kind);
  const [title, metrics, totals] = await Promise.all([
    targetName(client, target, signal),
    api.metrics(ref.projectId, ref.id, RANGE, { signal }),
    api.metricsTotals(ref.projectId, ref.id, RANGE, { signal }),
  ]);
  return { title, subtitle: RANGE_LABEL, metrics, totals };
}
