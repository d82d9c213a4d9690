// /event_definitions/ and /property_definitions/: PostHog's taxonomy lists with its filters
// (`search`: every word in the name; `type` and `group_type_index`; `properties`), its ordering
// and limit/offset pages of 100 by default.
import { validationError } from './errors';
import type { JsonObject } from './json';
import type { StoredEventDefinition, StoredPropertyDefinition } from './model';
import { paginate } from './pagination';
import { json, type Reply, type RequestContext } from './router';

const PAGE = { defaultLimit: 100 };
const PROPERTY_KINDS = ['event', 'person', 'group', 'session'];
const GROUP_TYPES_LIMIT = 5;

export function listEventDefinitions(ctx: RequestContext): Reply {
  const project = ctx.project();
  const search = searchWords(ctx.query);
  const items = (ctx.state.eventDefinitions.get(project.id) ?? [])
    .filter((d) => matches(d.name, search))
    .sort(bySeenThenName)
    .map(eventJson);
  return json(paginate(ctx, items, PAGE));
}

export function listPropertyDefinitions(ctx: RequestContext): Reply {
  const project = ctx.project();
  const { type, groupIndex } = propertyKind(ctx.query);
  const search = searchWords(ctx.query);
  const names = ctx.query.get('properties')?.split(',');
  const items = (ctx.state.propertyDefinitions.get(project.id) ?? [])
    .filter((d) => d.type === type && (d.group_type_index ?? -1) === groupIndex)
    .filter((d) => matches(d.name, search) && (!names || names.includes(d.name)))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(propertyJson);
  return json(paginate(ctx, items, PAGE));
}

function propertyKind(query: URLSearchParams): { type: string; groupIndex: number } {
  const type = query.get('type') ?? 'event';
  if (!PROPERTY_KINDS.includes(type)) throw validationError(`"${type}" is not a valid choice.`, 'type', 'invalid_choice');
  const raw = query.get('group_type_index');
  if (type === 'group' && raw === null) throw validationError('`group_type_index` must be set for `group` type');
  if (type !== 'group' && raw !== null) throw validationError('`group_type_index` can only set for `group` type');
  if (raw === null) return { type, groupIndex: -1 };
  const index = Number(raw);
  if (!Number.isInteger(index) || index < 0 || index >= GROUP_TYPES_LIMIT) throw validationError('Invalid value for `group_type_index`');
  return { type, groupIndex: index };
}

function searchWords(query: URLSearchParams): string[] {
  return (query.get('search') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

function matches(name: string, words: string[]): boolean {
  const lower = name.toLowerCase();
  return words.every((w) => lower.includes(w));
}

/** Most recently seen day first, then by name. */
function bySeenThenName(a: StoredEventDefinition, b: StoredEventDefinition): number {
  return b.last_seen_at.slice(0, 10).localeCompare(a.last_seen_at.slice(0, 10)) || a.name.localeCompare(b.name);
}

function eventJson(d: StoredEventDefinition): JsonObject {
  return { id: d.id, name: d.name, created_at: d.created_at, last_seen_at: d.last_seen_at, last_updated_at: d.last_seen_at, tags: [], is_action: false, action_id: null, is_calculating: false, last_calculated_at: null, created_by: null, post_to_slack: false };
}

function propertyJson(d: StoredPropertyDefinition): JsonObject {
  return { id: d.id, name: d.name, is_numerical: d.property_type === 'Numeric', property_type: d.property_type, tags: [], is_seen_on_filtered_events: null };
}
