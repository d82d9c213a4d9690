// posthog:// and posthog-server: URIs to and from document addresses and object references.
import * as vscode from 'vscode';
import { documentPath, parseDocumentAddress, POSTHOG_SCHEME, SERVER_VERSION_SCHEME, type DocumentAddress, type DocumentKind } from '../documents/address';
import type { ObjectRef } from '../objects/objectRef';

/** The posthog:// URI of a document of an object; `name` is what the tab shows. */
export function documentUri(object: ObjectRef, kind: DocumentKind, name: string | null | undefined): vscode.Uri {
  return uriOf({ object, kind, name: name ?? '' });
}

export function uriOf(address: DocumentAddress): vscode.Uri {
  return vscode.Uri.from({ scheme: POSTHOG_SCHEME, authority: address.object.authority, path: documentPath(address) });
}

/** The document a posthog:// (or posthog-server:) URI names, if any. */
export function addressOf(uri: vscode.Uri): DocumentAddress | undefined {
  if (uri.scheme !== POSTHOG_SCHEME && uri.scheme !== SERVER_VERSION_SCHEME) return undefined;
  return parseDocumentAddress(uri.authority, uri.path);
}

/** The object whose document a URI names, if any. */
export function objectOfUri(uri: vscode.Uri): ObjectRef | undefined {
  return addressOf(uri)?.object;
}

/** The read-only "version on PostHog" URI for a document; the query makes each Compare fetch afresh. */
export function serverVersionUri(uri: vscode.Uri): vscode.Uri {
  return uri.with({ scheme: SERVER_VERSION_SCHEME, query: `t=${Date.now()}` });
}

/** The read-only "current version on PostHog, limited to what a revision holds" URI of a document. */
export function currentContentUri(uri: vscode.Uri): vscode.Uri {
  return uri.with({ scheme: SERVER_VERSION_SCHEME, query: `content&t=${Date.now()}` });
}
