// Event and property definitions. Only what completion and hover read is required.
import type { EventDefinition, PropertyDefinition } from '../types/definitions';
import { boolean, fieldsOf, listOf, nullable, optional, string } from './check';
import { timestamp } from './common';
import { shape } from './shape';

export const eventDefinition = shape<EventDefinition>('event definition', fieldsOf<EventDefinition>({
  id: string,
  name: string,
  created_at: optional(nullable(timestamp)),
  last_seen_at: optional(nullable(timestamp)),
  tags: optional(listOf(string)),
  description: optional(nullable(string)),
}));

export const propertyDefinition = shape<PropertyDefinition>('property definition', fieldsOf<PropertyDefinition>({
  id: string,
  name: string,
  is_numerical: boolean,
  property_type: nullable(string),
  tags: optional(listOf(string)),
  is_seen_on_filtered_events: optional(nullable(boolean)),
  description: optional(nullable(string)),
}));
