// Merge after a conflict (`posthog.mergeWithServer`): base = the version the buffer was loaded from,
// theirs = the server's current version, ours = the buffer. The result replaces the buffer (clean,
// or with conflict markers to resolve) and the document is based on theirs from then on; nothing is
// sent until the user saves.
import type * as vscode from 'vscode';
import type { ClientPool } from '../connections/clients';
import type { DocumentAddress } from '../documents/address';
import { renderDocument } from '../documents/formats';
import type { DocumentVersions } from '../documents/versions';
import { openDocument } from '../fileSystem/openDocuments';
import { mergeDocument, type MergeResult } from '../merge';
import { fetchObject } from '../objects/objectApi';
import type { PrompterSlot } from '../ui/prompter';
import { replaceBuffer } from './bufferEdits';

export interface MergeDeps {
  readonly clients: ClientPool;
  readonly versions: DocumentVersions;
  readonly prompts: PrompterSlot;
}

/** One GET; undefined when the document is not open or its base is not known (then Compare and Overwrite remain). */
export async function mergeWithServer(deps: MergeDeps, uri: vscode.Uri, address: DocumentAddress): Promise<MergeResult | undefined> {
  const document = openDocument(uri);
  const base = deps.versions.get(uri.toString())?.baseText;
  if (!document || base === undefined) {
    void deps.prompts.current.warning('Nothing to merge: this document is not open, or the version it was loaded from is not known. Use Compare instead.', []);
    return undefined;
  }
  const { client } = await deps.clients.get(address.object.authority);
  const { object } = await fetchObject(client, address.object);
  const theirs = renderDocument(address.kind, object);
  const result = mergeDocument({ base, ours: document.getText(), theirs }, address.kind === 'functionCode' ? 'text' : 'json');
  await replaceBuffer(document, result.text);
  deps.versions.rebase(uri.toString(), object.updated_at, theirs);
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const message = result.clean
    ? `Merged the version on PostHog into “${name}”. Nothing is sent until you save.`
    : `Merged “${name}” with ${result.conflicts.length} conflict(s): resolve the marked parts, then save.`;
  void deps.prompts.current.info(message, []);
  return result;
}
