// Saving a document again after its save failed (Retry, Overwrite).
import type * as vscode from 'vscode';
import type { DocumentVersions } from '../documents/versions';
import { openDocument } from '../fileSystem/openDocuments';

/**
 * The failure is reported while VS Code is still finishing the failed save, and a save() asked for
 * then joins that save instead of writing; it resolves once that save has settled. So: save, and
 * if no write reached the file system, save once more, which now writes. No timer, at most two.
 */
export async function saveAgain(uri: vscode.Uri, versions: DocumentVersions): Promise<void> {
  const writes = () => versions.get(uri.toString())?.writes ?? 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    const document = openDocument(uri);
    if (!document?.isDirty) return;
    const before = writes();
    await document.save();
    if (writes() > before) return;
  }
}
