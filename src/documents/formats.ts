// The text of each document kind, and the PATCH body a saved text turns into.
import type { DocumentKind } from './address';
import { FLOW_SCHEMA, FUNCTION_CONFIG_SCHEMA, validate } from '../schema';
import { JsonSyntaxError, locatePath, parseJsonTree, propertiesOf, toValue, type JsonNode } from './jsonTree';
import { isPlainObject, withoutComputedFields } from './serverFields';

/** Writable Hog function fields the configuration document holds, in the order it shows them. */
export const FUNCTION_CONFIG_FIELDS = [
  'name',
  'description',
  'enabled',
  'execution_order',
  'icon_url',
  'inputs_schema',
  'inputs',
  'filters',
  'mappings',
  'masking',
] as const;

/** Writable Hog flow fields (`origin_product` is create-only, `trigger` is derived: both left out). */
export const FLOW_FIELDS = [
  'name',
  'description',
  'status',
  'exit_condition',
  'trigger_masking',
  'conversion',
  'email_sending_rate_limit',
  'variables',
  'actions',
  'edges',
] as const;

const FIELDS: Record<DocumentKind, readonly string[]> = { functionCode: ['hog'], functionConfig: FUNCTION_CONFIG_FIELDS, flow: FLOW_FIELDS };

/** The fields of the object a document of this kind holds (and sends when saved). */
export function documentFields(kind: DocumentKind): readonly string[] {
  return FIELDS[kind];
}

/** Whether a document of this kind shows any of `fields` (so a change to them makes its text outdated). */
export function holdsAnyField(kind: DocumentKind, fields: readonly string[]): boolean {
  return documentFields(kind).some((field) => fields.includes(field));
}

/** Renders the document text for an object fetched from PostHog (a full HogFunction or HogFlow). */
export function renderDocument(kind: DocumentKind, object: object): string {
  const source = object as Record<string, unknown>;
  if (kind === 'functionCode') return typeof source.hog === 'string' ? source.hog : '';
  const picked: Record<string, unknown> = {};
  for (const field of documentFields(kind)) {
    if (field in source) picked[field] = source[field];
  }
  return JSON.stringify(withoutComputedFields(picked), null, 2) + '\n';
}

export type ParsedDocument =
  | { ok: true; fields: Record<string, unknown> }
  | { ok: false; message: string; offset: number; length: number };

/**
 * Turns a document's text into the fields a save sends. JSON problems, fields the document cannot
 * save and values the schema refuses come back with a position: nothing is sent for them.
 */
export function parseDocument(kind: DocumentKind, text: string): ParsedDocument {
  if (kind === 'functionCode') return { ok: true, fields: { hog: text } };
  let tree: JsonNode;
  try {
    tree = parseJsonTree(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, message: `Invalid JSON: ${error.message}.`, offset: error.offset, length: error.length };
    }
    throw error;
  }
  if (tree.type !== 'object') {
    return { ok: false, message: 'The document must be one JSON object.', offset: tree.offset, length: 1 };
  }
  const allowed = documentFields(kind);
  for (const { key } of propertiesOf(tree)) {
    const name = key.value as string;
    if (!allowed.includes(name)) {
      return { ok: false, message: unknownFieldMessage(kind, name, allowed), offset: key.offset, length: key.length };
    }
  }
  const value = toValue(tree);
  const fields = isPlainObject(value) ? value : {};
  const [mistake] = validate(kind === 'flow' ? FLOW_SCHEMA : FUNCTION_CONFIG_SCHEMA, fields);
  if (mistake) {
    const where = locatePath(tree, mistake.path);
    const at = mistake.path.length ? `${mistake.path.join('.')}: ` : '';
    return { ok: false, message: `${at}${mistake.message}.`, ...where };
  }
  return { ok: true, fields };
}

function unknownFieldMessage(kind: DocumentKind, key: string, allowed: readonly string[]): string {
  if (kind === 'functionConfig' && key === 'hog') {
    return "'hog' is not part of the configuration: edit the code in the function's .hog document.";
  }
  return `'${key}' cannot be saved from this document. Editable fields: ${allowed.join(', ')}.`;
}
