import * as vscode from 'vscode';
import { documentPath, parseDocumentAddress, POSTHOG_SCHEME, SERVER_VERSION_SCHEME, type DocumentAddress } from '../documents/address';

/** The posthog:// URI of a document. */
export function documentUri(authority: string, address: Omit<DocumentAddress, 'authority'>): vscode.Uri {
  return vscode.Uri.from({ scheme: POSTHOG_SCHEME, authority, path: documentPath(address) });
}

/** The document a posthog:// (or posthog-server:) URI names, if any. */
export function addressOf(uri: vscode.Uri): DocumentAddress | undefined {
  if (uri.scheme !== POSTHOG_SCHEME && uri.scheme !== SERVER_VERSION_SCHEME) return undefined;
  return parseDocumentAddress(uri.authority, uri.path);
}

/** The read-only "version on PostHog" URI for a document; the query makes each Compare fetch afresh. */
export function serverVersionUri(uri: vscode.Uri): vscode.Uri {
  return uri.with({ scheme: SERVER_VERSION_SCHEME, query: `t=${Date.now()}` });
}
