// Checks shared by several answers. Fields PostHog stores as JSON and returns as it was saved
// (filters, masking, mappings, actions, edges, conversion, template internals) are checked to be an
// object or a list, not inside: older PostHog versions and UIs wrote them in other forms, and the
// extension shows them rather than interpreting them. Inside input schemas only what the extension
// reads is checked (`key`, `type`).
import { isId, isProjectId, isUuid } from '../ids';
import type { UserBasic } from '../types/common';
import type { InputValues } from '../types/inputs';
import {
  boolean, type Check, fields, fieldsOf, integer, isPlainObject, listOf, mapOf, nullable, object, optional, string, stringOf,
} from './check';

export const uuid = stringOf('a UUID', isUuid);
export const projectId = stringOf('a positive whole number', isProjectId);
export const templateId = stringOf('a template id (letters, digits, “_”, “-”, “.”)', (v) => isId('template', v));
/** ISO 8601 as PostHog wrote it; kept as a string (microseconds matter for base_updated_at). */
export const timestamp = string;

export const userBasic: Check = nullable(fieldsOf<UserBasic>({
  id: integer,
  uuid: string,
  // Nullable in PostHog's User model.
  distinct_id: nullable(string),
  first_name: string,
  last_name: string,
  email: string,
  is_email_verified: optional(nullable(boolean)),
  hedgehog_config: optional(nullable(object)),
  role_at_organization: optional(nullable(string)),
}));

export const inputSchemaItem = fields({ key: string, type: string });
/** PostHog's model allows null; its serializer treats null as no inputs. */
export const inputsSchema = nullable(listOf(inputSchemaItem));
/** Stored values are objects; a key without a value may come back as null. */
export const inputValues = mapOf(nullable(object));

export const nullableObject = nullable(object);
export const nullableList = nullable(listOf(object));

/** `inputs_schema: null` read as [], as PostHog itself reads it. */
export function schemaOrEmpty(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Input values without the null entries: PostHog treats a null value like a missing one. */
export function presentInputs(value: unknown): InputValues {
  if (!isPlainObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== null)) as InputValues;
}
