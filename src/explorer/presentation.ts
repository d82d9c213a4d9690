// How functions and flows present their state in the tree: a codicon, an optional theme colour,
// a short description and tooltip lines. Plain data, no vscode.
import { displayName } from '../api/displayName';
import type { HogFunctionSummary, HogFunctionType } from '../api/types/hogFunction';
import type { HogFlowSummary } from '../api/types/hogFlow';
import type { MaskedSecret } from '../api/types/revisions';

export interface Presentation {
  icon: string;
  color?: string;
  description: string;
  tooltip: string[];
}

const TYPE_ICONS: Partial<Record<HogFunctionType, string>> = {
  destination: 'export',
  internal_destination: 'export',
  transformation: 'symbol-operator',
  transformation_log: 'symbol-operator',
  source_webhook: 'plug',
  site_destination: 'globe',
  site_app: 'browser',
};

/** PostHog's HogFunctionState: what the delivery watcher thinks of an enabled function. */
export function functionHealth(state: number | undefined): 'healthy' | 'degraded' | 'disabledBySystem' | 'unknown' {
  if (state === 1) return 'healthy';
  if (state === 2 || state === 11) return 'degraded';
  if (state === 3 || state === 12) return 'disabledBySystem';
  return 'unknown';
}

export function presentFunction(fn: HogFunctionSummary): Presentation {
  const health = functionHealth(fn.status?.state);
  const tooltip = [displayName(fn.name, 'Untitled function'), `Type: ${fn.type}`];
  if (fn.description) tooltip.push(fn.description);
  const updated = `Updated ${fn.updated_at}`;
  if (!fn.enabled) {
    return { icon: 'circle-slash', color: 'disabledForeground', description: 'disabled', tooltip: [...tooltip, 'Disabled', updated] };
  }
  if (health === 'degraded') {
    const forced = fn.status?.state === 11 ? ' (set by PostHog staff)' : '';
    return {
      icon: 'warning',
      color: 'problemsWarningIcon.foreground',
      description: 'degraded',
      tooltip: [...tooltip, `Enabled, degraded: PostHog is throttling this function's invocations${forced}`, updated],
    };
  }
  if (health === 'disabledBySystem') {
    return {
      icon: 'error',
      color: 'problemsErrorIcon.foreground',
      description: 'disabled by the system',
      tooltip: [...tooltip, 'Enabled, but disabled by PostHog after repeated failures', updated],
    };
  }
  return { icon: TYPE_ICONS[fn.type] ?? 'symbol-function', description: 'enabled', tooltip: [...tooltip, 'Enabled', updated] };
}

/** The inputs a function storing the secret mask needs entered again: `api_key, token (draft)`. */
export function keysToReenter(masked: MaskedSecret): string {
  return [...masked.input_keys, ...masked.draft_input_keys.map((key) => `${key} (draft)`)].join(', ');
}

/** The tree's mark of a function storing the secret mask: replaces its icon, adds to the rest. */
export function presentMaskedSecret(masked: MaskedSecret): Presentation {
  return {
    icon: 'warning',
    color: 'list.warningForeground',
    description: 'masked secret',
    tooltip: [`Stores a masked secret instead of a value: re-enter ${keysToReenter(masked)}`],
  };
}

const FLOW_STATUS: Record<string, { icon: string; color?: string }> = {
  active: { icon: 'play-circle', color: 'testing.iconPassed' },
  draft: { icon: 'edit' },
  archived: { icon: 'archive', color: 'disabledForeground' },
};

export function presentFlow(flow: HogFlowSummary): Presentation {
  const look = FLOW_STATUS[flow.status] ?? { icon: 'type-hierarchy' };
  const tooltip = [displayName(flow.name, 'Untitled flow'), `Status: ${flow.status}`];
  if (flow.description) tooltip.push(flow.description);
  tooltip.push(`Updated ${flow.updated_at}`);
  return { ...look, description: flow.status, tooltip };
}
