// The read-only documents of a revision or a draft. A revision holds only an object's content (no
// name, no status) and no secret inputs, so its documents and the "current version" they are compared
// with show exactly those fields: the diff shows what changed, not what a revision cannot hold. A
// draft is a full content snapshot, shown in the live document's shape so it diffs with it.
import type { PostHogClient } from '../api';
import { isPlainObject, withoutComputedFields } from './serverFields';
import { documentFields, renderDocument } from './formats';
import type { DocumentAddress, DocumentKind } from './address';
import { fetchObject } from '../objects/objectApi';

/** The content fields a revision holds that each document kind shows. */
const CONTENT_FIELDS: Record<DocumentKind, readonly string[]> = {
  functionCode: ['hog'],
  functionConfig: ['inputs_schema', 'inputs', 'filters', 'mappings', 'masking'],
  flow: documentFields('flow').filter((field) => !['name', 'description', 'status'].includes(field)),
};

/** A document of a revision's content (or of the live object limited to the same fields). */
export function renderContentDocument(kind: DocumentKind, content: Record<string, unknown>): string {
  if (kind === 'functionCode') return typeof content.hog === 'string' ? content.hog : '';
  const picked: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS[kind]) {
    if (field in content) picked[field] = field === 'inputs' ? withoutSecretInputs(content.inputs, content.inputs_schema) : content[field];
  }
  return JSON.stringify(withoutComputedFields(picked), null, 2) + '\n';
}

/** A draft's document: the live document with the draft's content in place of the live content. */
export function renderDraftDocument(kind: DocumentKind, object: Record<string, unknown>): string {
  const draft = object.draft;
  if (!isPlainObject(draft)) throw new NoDraftError();
  return renderDocument(kind, { ...object, ...draft });
}

export class NoDraftError extends Error {
  constructor() {
    super('There is no draft: nothing is staged.');
    this.name = 'NoDraftError';
  }
}

/** The text of a revision or draft document, fetched from PostHog. */
export async function fetchSnapshotText(client: PostHogClient, address: DocumentAddress, signal?: AbortSignal): Promise<string> {
  const { object, kind, source } = address;
  if (source?.kind === 'revision') {
    const api = object.kind === 'flow' ? client.hogFlows : client.hogFunctions;
    const revision = await api.revisions.get(object.projectId, object.id, source.version, { signal });
    return renderContentDocument(kind, revision.content as Record<string, unknown>);
  }
  const fetched = await fetchObject(client, object, signal);
  if (source?.kind === 'draft') return renderDraftDocument(kind, fetched.object as unknown as Record<string, unknown>);
  return renderContentDocument(kind, fetched.object as unknown as Record<string, unknown>);
}

/** Secret inputs never appear in a revision, so the current version leaves them out too. */
function withoutSecretInputs(inputs: unknown, schema: unknown): unknown {
  if (!isPlainObject(inputs)) return inputs;
  const secret = new Set(
    (Array.isArray(schema) ? schema : []).filter((item) => isPlainObject(item) && item.secret === true).map((item) => (item as { key?: unknown }).key),
  );
  return Object.fromEntries(Object.entries(inputs).filter(([key, value]) => !secret.has(key) && !(isPlainObject(value) && value.secret === true)));
}
