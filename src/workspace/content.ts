// One object's content in the forms the workspace needs: from PostHog's JSON to the file form, and
// from the file form to the compared form whose hash the lock records.
import { canonicalJson, isJsonObject, sameJson, sha256, type JsonObject, type JsonValue } from './json';
import {
  comparedFields, defaultOf, MANAGED_FIELDS, OMITTED_WHEN_NULL, TRIMMED_FIELDS, trimHog, type ObjectContent,
  type ObjectKind,
} from './model';
import { normalizeField, SECRET_AS_MARKER, type InputTransform } from './normalize';

/** The file form of a function or flow as PostHog returned it (full function, or flow list item). */
export function contentFromServer(kind: ObjectKind, object: object): ObjectContent {
  const source = object as JsonObject;
  const fields = fileFields(kind, { ...source, template_id: templateIdOf(source) }, SECRET_AS_MARKER);
  if (kind === 'flow') return { fields };
  return { fields, hog: trimHog(typeof source.hog === 'string' ? source.hog : '') };
}

/**
 * The managed fields of `source` as files show them: in file order, defaults for missing ones,
 * null ones that files leave out left out, computed values dropped, input values through `transform`.
 */
export function fileFields(kind: ObjectKind, source: JsonObject, transform: InputTransform = KEEP_INPUT): JsonObject {
  const fields: JsonObject = {};
  for (const field of MANAGED_FIELDS[kind]) {
    const value = normalizeField(field, source[field] ?? defaultOf(kind, field), transform);
    if (value === null && OMITTED_WHEN_NULL[kind].includes(field)) continue;
    fields[field] = value;
  }
  return fields;
}

const KEEP_INPUT: InputTransform = (input) => input;

/** PostHog returns the template as a nested object; files name it by id. */
function templateIdOf(source: JsonObject): JsonValue {
  const template = source.template;
  if (isJsonObject(template) && typeof template.id === 'string') return template.id;
  return typeof source.template_id === 'string' ? source.template_id : null;
}

/**
 * What comparisons see: every compared field (defaults filled in), computed values dropped, secrets
 * as bare markers (so `fromEnv` never makes an object look modified), PostHog's trimming applied.
 */
export function comparable(kind: ObjectKind, content: ObjectContent): JsonObject {
  const result: JsonObject = {};
  for (const field of comparedFields(kind)) {
    result[field] = field === 'hog' ? trimHog(content.hog ?? '') : comparableField(kind, field, content.fields[field]);
  }
  return result;
}

function comparableField(kind: ObjectKind, field: string, raw: JsonValue | undefined): JsonValue {
  const fallback = defaultOf(kind, field);
  const value = raw === undefined || (raw === null && fallback !== null) ? fallback : raw;
  if (TRIMMED_FIELDS.includes(field) && typeof value === 'string') return value.trim();
  return normalizeField(field, value, SECRET_AS_MARKER);
}

/** SHA-256 of the canonical JSON of the compared form: what posthog.lock.json records. */
export function contentHash(kind: ObjectKind, content: ObjectContent): string {
  return sha256(canonicalJson(comparable(kind, content)));
}

export function sameContent(kind: ObjectKind, a: ObjectContent, b: ObjectContent): boolean {
  return contentHash(kind, a) === contentHash(kind, b);
}

/** The compared fields whose values differ, in file order (`hog` last). */
export function changedFields(kind: ObjectKind, local: ObjectContent, remote: ObjectContent): string[] {
  const mine = comparable(kind, local);
  const theirs = comparable(kind, remote);
  return comparedFields(kind).filter((field) => !sameJson(mine[field], theirs[field]));
}
