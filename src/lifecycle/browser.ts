// Open a function or flow in PostHog's web app, and copy its id.
import * as vscode from 'vscode';
import { NotSignedInError } from '../connections/errors';
import type { ConnectionStore } from '../connections/store';
import { OBJECT_KINDS, type ObjectRef } from '../objects/objectRef';

/** `posthog.openInBrowser`: resolves with the address it opened. */
export async function openInBrowser(store: ConnectionStore, ref: ObjectRef): Promise<string> {
  const url = webUrl(store, ref);
  await vscode.env.openExternal(vscode.Uri.parse(url));
  return url;
}

/** `posthog.copyId`: resolves with the id it copied. */
export async function copyId(ref: ObjectRef): Promise<string> {
  await vscode.env.clipboard.writeText(ref.id);
  vscode.window.setStatusBarMessage(`PostHog: copied ${OBJECT_KINDS[ref.kind].label} id ${ref.id}`, 5000);
  return ref.id;
}

/** PostHog's web addresses of each kind of object. */
const WEB_PATHS = {
  function: (project: string, id: string) => `/project/${project}/functions/${id}`,
  flow: (project: string, id: string) => `/project/${project}/workflows/${id}/workflow`,
};

export function webUrl(store: ConnectionStore, ref: ObjectRef): string {
  const connection = store.get(ref.authority);
  if (!connection) throw new NotSignedInError(ref.authority);
  return connection.baseUrl + WEB_PATHS[ref.kind](encodeURIComponent(String(ref.projectId)), encodeURIComponent(ref.id));
}
