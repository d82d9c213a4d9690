// Request bodies from a file's content: create bodies carry every field the file holds (plus the
// code), update bodies only the fields that changed. Secrets travel as secrets.ts says.
import { defaultOf, MANAGED_FIELDS, trimHog, type ObjectContent, type ObjectKind } from './model';
import type { JsonObject } from './json';
import { normalizeField } from './normalize';
import { secretsForRequest, type SecretMode } from './secrets';

export function createBody(kind: ObjectKind, content: ObjectContent, env: Record<string, string | undefined>): JsonObject {
  const transform = secretsForRequest('create', env);
  const body: JsonObject = {};
  for (const field of MANAGED_FIELDS[kind]) {
    const value = content.fields[field];
    if (value !== undefined) body[field] = normalizeField(field, value, transform);
  }
  if (kind === 'function') body.hog = trimHog(content.hog ?? '');
  return body;
}

export function updateBody(
  kind: ObjectKind,
  content: ObjectContent,
  fields: readonly string[],
  mode: SecretMode,
  env: Record<string, string | undefined>,
): JsonObject {
  const transform = secretsForRequest(mode, env);
  const body: JsonObject = {};
  for (const field of fields) {
    if (field === 'hog') body.hog = trimHog(content.hog ?? '');
    else body[field] = normalizeField(field, content.fields[field] ?? defaultOf(kind, field), transform);
  }
  return body;
}
