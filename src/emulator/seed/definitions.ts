// The demo project's taxonomy: events seen and the properties of events and persons, as
// PostHog's event_definitions / property_definitions list them.
import { MICROS_PER_DAY, formatMicros } from '../time';
import type { StoredEventDefinition, StoredPropertyDefinition } from '../model';

const EVENTS: [name: string, daysAgo: number][] = [
  ['$pageview', 0],
  ['$autocapture', 0],
  ['$identify', 1],
  ['signed_up', 2],
  ['purchase_completed', 3],
  ['$pageleave', 0],
  ['subscription_cancelled', 12],
];

const EVENT_PROPERTIES: [name: string, type: string][] = [
  ['$browser', 'String'],
  ['$current_url', 'String'],
  ['$os', 'String'],
  ['$screen_width', 'Numeric'],
  ['$referrer', 'String'],
  ['plan', 'String'],
  ['revenue', 'Numeric'],
  ['currency', 'String'],
  ['is_first_purchase', 'Boolean'],
  ['purchased_at', 'DateTime'],
];

const PERSON_PROPERTIES: [name: string, type: string][] = [
  ['email', 'String'],
  ['name', 'String'],
  ['plan', 'String'],
  ['is_paying', 'Boolean'],
  ['$initial_browser', 'String'],
  ['signup_date', 'DateTime'],
];

export function seedEventDefinitions(now: number): StoredEventDefinition[] {
  return EVENTS.map(([name, daysAgo], i) => ({
    id: uuid('e', i),
    name,
    created_at: formatMicros(now - 300 * MICROS_PER_DAY),
    last_seen_at: formatMicros(now - daysAgo * MICROS_PER_DAY),
  }));
}

export function seedPropertyDefinitions(): StoredPropertyDefinition[] {
  const of = (type: 'event' | 'person', list: [string, string][], prefix: string): StoredPropertyDefinition[] =>
    list.map(([name, propertyType], i) => ({ id: uuid(prefix, i), name, type, property_type: propertyType }));
  return [...of('event', EVENT_PROPERTIES, 'a'), ...of('person', PERSON_PROPERTIES, 'b')];
}

function uuid(prefix: string, i: number): string {
  return `0190a3c2-def${prefix}-7000-8000-${String(i + 1).padStart(12, '0')}`;
}
