// Open a function or flow in PostHog's web app, and copy its id.
import * as vscode from 'vscode';
import type { ConnectionStore } from '../connections/store';
import { anyObjectTarget, type ObjectTarget } from './target';

/** `posthog.openInBrowser`: resolves with the address it opened. */
export async function openInBrowser(store: ConnectionStore, arg: unknown): Promise<string> {
  const url = webUrl(store, anyObjectTarget(store, arg));
  await vscode.env.openExternal(vscode.Uri.parse(url));
  return url;
}

/** `posthog.copyId`: resolves with the id it copied. */
export async function copyId(store: ConnectionStore, arg: unknown): Promise<string> {
  const target = anyObjectTarget(store, arg);
  await vscode.env.clipboard.writeText(target.id);
  vscode.window.setStatusBarMessage(`PostHog: copied ${target.kind} id ${target.id}`, 5000);
  return target.id;
}

/** PostHog's web addresses: `/project/{id}/functions/{id}` and `/project/{id}/workflows/{id}/workflow`. */
export function webUrl(store: ConnectionStore, target: ObjectTarget): string {
  const connection = store.get(target.project.authority);
  if (!connection) throw new Error(`You are not signed in to PostHog at ${target.project.authority}.`);
  const project = encodeURIComponent(String(target.project.projectId));
  const id = encodeURIComponent(target.id);
  const path = target.kind === 'flow' ? `/project/${project}/workflows/${id}/workflow` : `/project/${project}/functions/${id}`;
  return connection.baseUrl + path;
}
