// Where a PostHog document lives, independent of VS Code's Uri class so it is testable in Node:
//   posthog://<host[:port]>/projects/<projectId>/functions/<functionId>/<name>.hog   function code
//   posthog://<host[:port]>/projects/<projectId>/functions/<functionId>/<name>.json  function configuration
//   posthog://<host[:port]>/projects/<projectId>/flows/<flowId>/<name>.json          flow definition
// The object is found by id; the name segment is only what the editor tab shows. Ids are checked
// here, so a crafted link (`..` for an id) names no document and sends no request.
import { displayName } from '../api/displayName';
import { isId } from '../api/ids';

export const POSTHOG_SCHEME = 'posthog';
/** Read-only scheme for "the version on the server", the left side of a Compare. */
export const SERVER_VERSION_SCHEME = 'posthog-server';

export type DocumentKind = 'functionCode' | 'functionConfig' | 'flow';

export interface DocumentAddress {
  /** `host[:port]` of the connection's base URL. */
  readonly authority: string;
  readonly projectId: string;
  readonly kind: DocumentKind;
  /** The function's or flow's id. */
  readonly objectId: string;
  /** Display name, already sanitised for a path segment (without extension). */
  readonly name: string;
}

/** A function or flow itself, rather than one of its documents. */
export interface ObjectAddress {
  readonly authority: string;
  readonly projectId: string;
  readonly family: 'functions' | 'flows';
  readonly objectId: string;
}

/** The object a document shows; two documents with the same key edit the same PostHog object. */
export function objectKey(address: Pick<DocumentAddress, 'authority' | 'projectId' | 'kind' | 'objectId'> | ObjectAddress): string {
  const family = 'family' in address ? address.family : address.kind === 'flow' ? 'flows' : 'functions';
  return `${address.authority}/projects/${address.projectId}/${family}/${address.objectId}`;
}

export function documentPath(address: Omit<DocumentAddress, 'authority'>): string {
  const family = address.kind === 'flow' ? 'flows' : 'functions';
  const extension = address.kind === 'functionCode' ? 'hog' : 'json';
  const name = sanitizeName(address.name, address.kind === 'flow' ? 'flow' : 'function');
  return `/projects/${address.projectId}/${family}/${address.objectId}/${name}.${extension}`;
}

/** Parses the authority and (decoded) path of a posthog:// URI; undefined when it names no document. */
export function parseDocumentAddress(authority: string, path: string): DocumentAddress | undefined {
  const match = /^\/projects\/([^/]+)\/(functions|flows)\/([^/]+)\/([^/]+)\.(hog|json)$/.exec(path);
  if (!match || !authority) return undefined;
  const [, projectId, family, objectId, name, extension] = match as unknown as [string, string, string, string, string, string];
  if (!isId('project', Number(projectId)) || String(Number(projectId)) !== projectId) return undefined;
  if (!isId(family === 'flows' ? 'hog flow' : 'hog function', objectId)) return undefined;
  let kind: DocumentKind;
  if (family === 'flows') {
    if (extension !== 'json') return undefined;
    kind = 'flow';
  } else {
    kind = extension === 'hog' ? 'functionCode' : 'functionConfig';
  }
  return { authority, projectId, kind, objectId, name };
}

/** The folders above documents (`/`, `/projects`, `/projects/1/functions/<id>`...), for `stat`. */
export function isFolderPath(path: string): boolean {
  return /^\/(projects(\/[^/]+(\/(functions|flows)(\/[^/]+)?)?)?)?\/?$/.test(path);
}

const FORBIDDEN = /[\u0000-\u001f\u007f/\\:*?"<>|#%]+/g;

/** Makes a PostHog object name safe as one path segment (display only, never used for lookup). */
export function sanitizeName(name: string | null | undefined, fallback: string): string {
  const cleaned = displayName(name, '').replace(FORBIDDEN, '-').trim().replace(/^\.+/, '');
  const short = cleaned.length > 80 ? cleaned.slice(0, 80).trimEnd() : cleaned;
  return short || fallback;
}
