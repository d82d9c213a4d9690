// Overwrite after a conflict: based on the server version the user saw (the one Compare showed, else
// the one read when they confirm), so a change made after that conflicts again. Only the top-level
// fields the user edited replace theirs (`inputs` is one field: PostHog replaces it whole); the
// buffer first takes their values for the other fields, so what is sent is what the buffer shows.
import type * as vscode from 'vscode';
import type { DocumentAddress } from '../documents/address';
import { parseDocument, renderDocument } from '../documents/formats';
import type { DocumentVersions } from '../documents/versions';
import { openDocument } from '../fileSystem/openDocuments';
import type { FetchedObject } from '../objects/objectApi';
import { replaceBuffer } from './bufferEdits';
import { saveAgain } from './saveAgain';

export async function overwriteWith(uri: vscode.Uri, address: DocumentAddress, theirs: FetchedObject, versions: DocumentVersions): Promise<void> {
  const document = openDocument(uri);
  if (!document) return;
  const ours = parseDocument(address.kind, document.getText());
  const baseText = versions.get(uri.toString())?.baseText;
  const base = baseText === undefined ? undefined : parseDocument(address.kind, baseText);
  if (ours.ok && address.kind !== 'functionCode') {
    const edited = Object.entries(ours.fields).filter(([key, value]) => !base?.ok || JSON.stringify(base.fields[key]) !== JSON.stringify(value));
    await replaceBuffer(document, renderDocument(address.kind, { ...theirs.object, ...Object.fromEntries(edited) }));
  }
  versions.rebase(uri.toString(), theirs.object.updated_at, renderDocument(address.kind, theirs.object));
  await saveAgain(uri, versions);
}
