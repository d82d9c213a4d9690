// Opening a document of a function or flow in an editor.
import * as vscode from 'vscode';
import type { ClientPool } from '../connections/clients';
import type { DocumentKind } from '../documents/address';
import { fetchObject } from '../objects/objectApi';
import type { ObjectRef } from '../objects/objectRef';
import { documentUri } from './uris';

/** What the tab title and the editor's language come from. */
export interface DocumentLook {
  readonly name: string | null;
  /** A function's type; site apps and site destinations hold TypeScript. */
  readonly type?: string;
}

/**
 * Opens a document of an object (its read is one GET). Without `look` (an id from a command's
 * argument) the object is fetched first for its name and type.
 */
export async function showDocument(clients: ClientPool, ref: ObjectRef, kind: DocumentKind, look: DocumentLook | undefined, signal?: AbortSignal): Promise<vscode.TextEditor> {
  const { name, type } = look ?? (await fetchLook(clients, ref, signal));
  const document = await vscode.workspace.openTextDocument(documentUri(ref, kind, name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  if (kind === 'functionCode' && type?.startsWith('site_')) await vscode.languages.setTextDocumentLanguage(document, 'typescript');
  return editor;
}

async function fetchLook(clients: ClientPool, ref: ObjectRef, signal?: AbortSignal): Promise<DocumentLook> {
  const { client } = await clients.get(ref.authority);
  const fetched = await fetchObject(client, ref, signal);
  return { name: fetched.object.name, type: fetched.kind === 'function' ? fetched.object.type : undefined };
}
