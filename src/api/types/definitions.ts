// The project's data taxonomy: which events were seen and which properties events, persons,
// groups and sessions carry (PostHog's event_definitions and property_definitions endpoints).
import type { Timestamp } from './common';

/** An item of `/api/projects/{id}/event_definitions/`. */
export interface EventDefinition {
  /** UUID. */
  id: string;
  name: string;
  created_at?: Timestamp | null;
  last_seen_at?: Timestamp | null;
  tags?: string[];
  /** Enterprise taxonomy only. */
  description?: string | null;
  [key: string]: unknown;
}

/** PostHog's property types; null when not detected yet. */
export type PropertyType = 'DateTime' | 'String' | 'Numeric' | 'Boolean' | 'Duration' | (string & {});

/** An item of `/api/projects/{id}/property_definitions/`. */
export interface PropertyDefinition {
  /** UUID, or `$builtin_<name>` for the virtual person and group properties. */
  id: string;
  name: string;
  is_numerical: boolean;
  property_type: PropertyType | null;
  tags?: string[];
  /** Set only when `event_names` was sent. */
  is_seen_on_filtered_events?: boolean | null;
  /** Enterprise taxonomy only. */
  description?: string | null;
  [key: string]: unknown;
}

/** What property definitions are for; PostHog's default is 'event'. */
export type PropertyDefinitionKind = 'event' | 'person' | 'group' | 'session';

export interface EventDefinitionListParams {
  /** Words the name must contain. */
  search?: string;
}

export interface PropertyDefinitionListParams {
  type?: PropertyDefinitionKind;
  /** Required with type 'group', refused otherwise. */
  group_type_index?: number;
  search?: string;
  /** Only these names (sent comma-separated). */
  properties?: string[];
}
