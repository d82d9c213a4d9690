// Where a PostHog document lives, independent of VS Code's Uri class so it is testable in Node:
//   posthog://<host[:port]>/projects/<projectId>/functions/<functionId>/<name>.hog   function code
//   posthog://<host[:port]>/projects/<projectId>/functions/<functionId>/<name>.json  function configuration
//   posthog://<host[:port]>/projects/<projectId>/flows/<flowId>/<name>.json          flow definition
// and, read-only, the same documents of one revision or of the draft:
//   posthog://<host[:port]>/projects/<projectId>/functions/<functionId>/revisions/<version>/<name>.hog
//   posthog://<host[:port]>/projects/<projectId>/functions/<functionId>/draft/<name>.json
// The object is found by id; the name segment is only what the editor tab shows. Ids are checked
// here, so a crafted link (`..` for an id) names no document and sends no request.
import { displayName } from '../api/displayName';
import { isId } from '../api/ids';
import { OBJECT_KINDS, parseProjectId, type ObjectKind, type ObjectRef } from '../objects/objectRef';

export const POSTHOG_SCHEME = 'posthog';
/** Read-only scheme for "the version on the server", the left side of a Compare. */
export const SERVER_VERSION_SCHEME = 'posthog-server';

export type DocumentKind = 'functionCode' | 'functionConfig' | 'flow';

export interface DocumentAddress {
  readonly object: ObjectRef;
  readonly kind: DocumentKind;
  /** Display name, already sanitised for a path segment (without extension). */
  readonly name: string;
  /** A revision or the draft (read-only); absent for the live, editable document. */
  readonly source?: DocumentSource;
}

export type DocumentSource = { readonly kind: 'revision'; readonly version: number } | { readonly kind: 'draft' };

/** Per document kind: the object kind it belongs to and its file extension. */
const DOCUMENT_KINDS: Record<DocumentKind, { object: ObjectKind; extension: 'hog' | 'json' }> = {
  functionCode: { object: 'function', extension: 'hog' },
  functionConfig: { object: 'function', extension: 'json' },
  flow: { object: 'flow', extension: 'json' },
};

/** The documents an object has, in a stable order (code before configuration). */
export const DOCUMENTS_OF: Record<ObjectKind, readonly DocumentKind[]> = {
  function: ['functionCode', 'functionConfig'],
  flow: ['flow'],
};

export function objectKindOf(kind: DocumentKind): ObjectKind {
  return DOCUMENT_KINDS[kind].object;
}

/** The path of a document (the authority is the object's connection). */
export function documentPath(address: DocumentAddress): string {
  const { object, kind } = address;
  const { family, label } = OBJECT_KINDS[object.kind];
  return `/projects/${object.projectId}/${family}/${object.id}/${sourceSegments(address.source)}${sanitizeName(address.name, label)}.${DOCUMENT_KINDS[kind].extension}`;
}

/** Parses the authority and (decoded) path of a posthog:// URI; undefined when it names no document. */
export function parseDocumentAddress(authority: string, path: string): DocumentAddress | undefined {
  const match = /^\/projects\/([^/]+)\/(functions|flows)\/([^/]+)\/(?:revisions\/([^/]+)\/|(draft)\/)?([^/]+)\.(hog|json)$/.exec(path);
  const projectId = match ? parseProjectId(match[1]) : undefined;
  // Only the canonical spelling of a project id (`7`, not `07`): one document has one address.
  if (!match || !authority || projectId === undefined || String(projectId) !== match[1]) return undefined;
  const [, , family, id, version, draft, name, extension] = match as unknown as [string, string, string, string, string | undefined, string | undefined, string, string];
  const source = parseSource(version, draft);
  if (source === null) return undefined;
  const objectKind: ObjectKind = family === OBJECT_KINDS.flow.family ? 'flow' : 'function';
  if (!isId(OBJECT_KINDS[objectKind].idKind, id)) return undefined;
  const kind = DOCUMENTS_OF[objectKind].find((k) => DOCUMENT_KINDS[k].extension === extension);
  if (!kind) return undefined;
  const address: DocumentAddress = { object: { authority, projectId, kind: objectKind, id }, kind, name };
  return source ? { ...address, source } : address;
}

function sourceSegments(source: DocumentSource | undefined): string {
  if (!source) return '';
  return source.kind === 'draft' ? 'draft/' : `revisions/${source.version}/`;
}

/** Undefined for the live document, null for a version that is not canonical (`07`, `-1`, `x`). */
function parseSource(version: string | undefined, draft: string | undefined): DocumentSource | undefined | null {
  if (draft) return { kind: 'draft' };
  if (version === undefined) return undefined;
  const number = Number(version);
  return Number.isSafeInteger(number) && number >= 0 && String(number) === version ? { kind: 'revision', version: number } : null;
}

/** The folders above documents (`/`, `/projects`, `/projects/1/functions/<id>`...), for `stat`. */
export function isFolderPath(path: string): boolean {
  return /^\/(projects(\/[^/]+(\/(functions|flows)(\/[^/]+(\/(draft|revisions(\/\d+)?))?)?)?)?)?\/?$/.test(path);
}

const FORBIDDEN = /[\u0000-\u001f\u007f/\\:*?"<>|#%]+/g;

/** Makes a PostHog object name safe as one path segment (display only, never used for lookup). */
export function sanitizeName(name: string | null | undefined, fallback: string): string {
  const cleaned = displayName(name, '').replace(FORBIDDEN, '-').trim().replace(/^\.+/, '');
  const short = cleaned.length > 80 ? cleaned.slice(0, 80).trimEnd() : cleaned;
  return short || fallback;
}
