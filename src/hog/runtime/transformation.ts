// A transformation's answer: the event after the function ran, as PostHog's HogTransformerService
// builds it (transformEventImpl): returned properties, event name and distinct id applied, and
// `$transformations_succeeded` / `_failed` naming the function; null when it dropped the event.
import { record } from './globals';

const MARKERS = ['$transformations_failed', '$transformations_skipped', '$transformations_succeeded'];

export interface TransformationRun {
  /** The function's return value (null when it returned nothing or failed). */
  readonly execResult: unknown;
  readonly failed: boolean;
}

export function transformedEvent(event: Record<string, unknown>, run: TransformationRun, label: string): Record<string, unknown> | null {
  const next: Record<string, unknown> = { ...event, properties: withoutMarkers(record(event.properties)) };
  if (run.failed) return marked(next, '$transformations_failed', label);
  if (!run.execResult) return null;
  const returned = record(run.execResult);
  const properties = returned.properties;
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return marked(next, '$transformations_failed', label);
  if ('event' in returned && typeof returned.event !== 'string') return marked(next, '$transformations_failed', label);
  if ('distinct_id' in returned && typeof returned.distinct_id !== 'string') return marked(next, '$transformations_failed', label);
  next.properties = properties;
  next.ip = record(properties).$ip ?? null;
  if ('event' in returned) next.event = returned.event;
  if ('distinct_id' in returned) next.distinct_id = returned.distinct_id;
  return marked(next, '$transformations_succeeded', label);
}

function withoutMarkers(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !MARKERS.includes(key)));
}

function marked(event: Record<string, unknown>, marker: string, label: string): Record<string, unknown> {
  return { ...event, properties: { ...record(event.properties), [marker]: [label] } };
}
