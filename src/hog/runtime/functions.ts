// Functions the worker gives Hog besides the VM's own: postHogCapture (destinations and sources)
// and the transformation helpers (hog-transformations/transformation-functions.ts).
import type { LogSink } from './logs';

export interface CapturedEvent {
  readonly event: string;
  readonly distinct_id: string;
  readonly properties: Record<string, unknown>;
  readonly timestamp: string;
}

/** `postHogCapture(event)`: one capture per run, refused without an event name or distinct id. */
export function postHogCapture(globals: Record<string, unknown>, captured: CapturedEvent[], logs: LogSink): (event: unknown) => null {
  return (raw) => {
    const event = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const trigger = record(globals.event);
    const distinctId = event.distinct_id || trigger?.distinct_id || record(globals.person)?.id;
    const properties = { ...(record(event.properties) ?? {}) };
    if (typeof event.event !== 'string') throw new Error("[HogFunction] - postHogCapture call missing 'event' property");
    if (!distinctId) throw new Error("[HogFunction] - postHogCapture call missing 'distinct_id' property");
    if (captured.length > 0) throw new Error('postHogCapture was called more than once. Only one call is allowed per function');
    if (trigger) {
      const given = record(trigger.properties)?.$hog_function_execution_count;
      const count = typeof given === 'number' ? given : 0;
      if (count > 9) {
        logs.push(
          'warn',
          'postHogCapture was called from an event that already executed this function 10 times previously. To prevent unbounded infinite loops, the event was not captured.',
        );
        return null;
      }
      properties.$hog_function_execution_count = count + 1;
    }
    captured.push({ event: event.event, distinct_id: String(distinctId), properties, timestamp: new Date().toISOString() });
    return null;
  };
}

/**
 * The transformation helpers. `geoipLookup` answers null: a local run has no GeoIP database.
 * The bot checks use a short list of common crawler markers, not PostHog's full lists.
 */
export function transformationFunctions(): Record<string, (...args: unknown[]) => unknown> {
  return {
    geoipLookup: () => null,
    cleanNullValues: (value) => cleanNullValues(value, 1),
    isKnownBotUserAgent: (value) => typeof value === 'string' && BOT_MARKERS.some((marker) => value.toLowerCase().includes(marker)),
    isKnownBotIp: () => false,
    postHogCapture: () => {
      throw new Error('posthogCapture is not supported in transformations');
    },
  };
}

const BOT_MARKERS = ['bot', 'crawler', 'spider', 'slurp', 'headless', 'lighthouse', 'curl/', 'wget/', 'python-requests'];
const MAX_CLEAN_DEPTH = 3;

function cleanNullValues(value: unknown, depth: number): unknown {
  if (depth > MAX_CLEAN_DEPTH || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => cleanNullValues(item, depth + 1)).filter((item) => item !== null);
  if (typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const cleaned = cleanNullValues(item, depth + 1);
    if (cleaned !== null) out[key] = cleaned;
  }
  return out;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
