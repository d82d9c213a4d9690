// The metrics command, and what the extension-host tests can read back or simulate.
import type { CommandRegistry } from '../ui/commands';
import type { MetricsPanels } from '../metricsPanels/metricsPanels';

export { MetricsPanels, type MetricsPanelsDeps } from '../metricsPanels/metricsPanels';

export interface MetricsPanelSnapshot {
  readonly title: string;
  readonly html: string;
  readonly enableScripts: boolean;
  readonly localResourceRoots: readonly string[] | undefined;
}

/** Keys are `targetKey`s, as for the log tails. */
export interface MetricsProbe {
  panel(key: string): MetricsPanelSnapshot | undefined;
  /** Delivers a message as if the page had posted it (the Refresh button posts `{type: 'refresh'}`). */
  postFromPage(key: string, message: unknown): Promise<void>;
}

export function metricsProbe(panels: MetricsPanels): MetricsProbe {
  return {
    panel(key) {
      const panel = panels.open.get(key);
      if (!panel) return undefined;
      const { options } = panel;
      return {
        title: panel.title,
        html: panel.html,
        enableScripts: options.enableScripts === true,
        localResourceRoots: options.localResourceRoots?.map((uri) => uri.toString()),
      };
    },
    async postFromPage(key, message) {
      const panel = panels.open.get(key);
      if (!panel) throw new Error(`no metrics panel for ${key}`);
      await panel.receive(message);
    },
  };
}

export function registerMetricsCommands(registry: CommandRegistry, panels: MetricsPanels): void {
  registry.registerCommand('posthog.showMetrics', (run, arg) => panels.show(arg, run.signal), { progress: 'Loading metrics from PostHog…' });
}
