import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import type { ClientPool } from '../connections/clients';
import type { DocumentAddress } from '../documents/address';
import { parseDocument, renderDocument } from '../documents/formats';
import { describeHogSyntaxProblem, hogSyntaxProblem } from '../documents/hogSyntax';
import { fetchSnapshotText, NoDraftError } from '../documents/snapshots';
import { UnknownBaseError } from '../documents/unknownBase';
import type { DocumentVersions } from '../documents/versions';
import { fetchObject, objectApi, tagged, type FetchedObject, type PatchOf, type PostHogObject } from '../objects/objectApi';
import { objectKey, type ObjectKind, type ObjectRef } from '../objects/objectRef';
import type { AutoSaves } from './autoSaves';
import type { SaveDiagnostics } from './diagnostics';
import { toFileSystemError } from './fsErrors';
import { openDocument, shownUris } from './openDocuments';
import { SaveQueue } from './saveQueue';
import { addressOf } from './uris';

/** A fresh version of an object: read, saved, or changed by a command. */
export type LoadedObject = FetchedObject & { readonly ref: ObjectRef };

/** A save that did not reach PostHog (the buffer stays dirty). */
export interface SaveFailure {
  readonly uri: vscode.Uri;
  readonly address: DocumentAddress;
  /** The text that was being saved. */
  readonly text: string;
  readonly error: unknown;
}

export interface ProviderDeps {
  readonly clients: ClientPool;
  readonly versions: DocumentVersions;
  readonly diagnostics: SaveDiagnostics;
  readonly autoSaves: Pick<AutoSaves, 'check'>;
  /** Shows a one-line note (no buttons). */
  tell(message: string): void;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The `posthog` file system. Opening a document costs exactly one GET of its object; saving costs
 * exactly one PATCH with that document's fields and `base_updated_at` set to the version it was read
 * from. A failed save throws (the buffer stays dirty) and is announced through onDidFailSave, whose
 * listener offers the next steps without holding up the save.
 */
export class PostHogFileSystem extends Disposable implements vscode.FileSystemProvider {
  private readonly fileChanges = this.register(new vscode.EventEmitter<vscode.FileChangeEvent[]>());
  readonly onDidChangeFile = this.fileChanges.event;
  private readonly loaded = this.register(new vscode.EventEmitter<LoadedObject>());
  /** A fresh version of an object arrived (read, saved, or changed by a command). */
  readonly onDidLoadObject = this.loaded.event;
  private readonly failed = this.register(new vscode.EventEmitter<SaveFailure>());
  readonly onDidFailSave = this.failed.event;
  private readonly queue = new SaveQueue();

  /** Saved documents whose text PostHog stored differently: re-read once VS Code has finished saving them. */
  private readonly storedDifferently = new Set<string>();

  constructor(private readonly deps: ProviderDeps) {
    super();
    this.register(
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.storedDifferently.delete(document.uri.toString())) this.rereadClean([document.uri.toString()]);
      }),
    );
  }

  watch(): vscode.Disposable {
    // Changes made elsewhere are found on save (409), not by polling PostHog.
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const address = addressOf(uri);
    if (!address) throw vscode.FileSystemError.FileNotFound(uri);
    // Revisions never change and drafts change only through commands: read afresh on each open.
    if (address.source) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: 0, permissions: vscode.FilePermission.Readonly };
    const version = this.deps.versions.entry(uri.toString(), address);
    return { type: vscode.FileType.File, ctime: 0, mtime: version.mtime, size: version.size };
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const address = this.resolve(uri);
    if (address.source) return this.readSnapshot(uri, address);
    try {
      const { client } = await this.deps.clients.get(address.object.authority);
      const fetched = await fetchObject(client, address.object);
      const text = renderDocument(address.kind, fetched.object);
      this.deps.versions.recordRead(uri.toString(), address, fetched.object.updated_at, text);
      this.deps.diagnostics.clear(uri);
      this.loaded.fire({ ...fetched, ref: address.object });
      return encoder.encode(text);
    } catch (error) {
      throw toFileSystemError(error, uri);
    }
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    const address = this.resolve(uri);
    if (address.source) throw vscode.FileSystemError.NoPermissions('Revisions and drafts are read-only.');
    this.deps.autoSaves.check(uri);
    const text = decoder.decode(content);
    this.deps.versions.recordWrite(uri.toString(), address);
    // Undefined for a buffer this session never read (e.g. restored after a restart): that counts
    // as a conflict, since the server may hold newer changes.
    const version = this.deps.versions.get(uri.toString());
    this.deps.diagnostics.clear(uri);
    const parsed = parseDocument(address.kind, text);
    if (!parsed.ok) {
      this.deps.diagnostics.set(uri, text, parsed.offset, parsed.length, parsed.message);
      throw new vscode.FileSystemError(`Not saved to PostHog: ${parsed.message}`);
    }
    const syntax = address.kind === 'functionCode' ? hogSyntaxProblem(openDocumentLanguage(uri), text) : undefined;
    if (syntax) throw new vscode.FileSystemError(`Not saved to PostHog: ${describeHogSyntaxProblem(syntax)}.`);
    try {
      await this.queue.run(objectKey(address.object), async () => {
        // Read once the earlier saves of the object are done: one of them may have moved it.
        const base = version?.base;
        if (base === undefined) throw new UnknownBaseError();
        const { client } = await this.deps.clients.get(address.object.authority);
        const { projectId, id } = address.object;
        const saved = await objectApi(client, address.object.kind).update(projectId, id, parsed.fields as PatchOf<ObjectKind>, { baseUpdatedAt: base });
        this.afterSave(uri, address, base, saved, text);
      });
    } catch (error) {
      this.failed.fire({ uri, address, text, error });
      throw toFileSystemError(error, uri);
    }
  }

  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('PostHog documents cannot be created here.');
  }

  delete(): void {
    throw vscode.FileSystemError.NoPermissions('Delete functions and flows in PostHog.');
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions('Rename a function or flow through its configuration "name".');
  }

  /** The newest version of `object` one of its documents was read from or saved as: what the user saw there. */
  lastSeen(object: ObjectRef): string | undefined {
    return this.deps.versions.newestBase(object);
  }

  /**
   * Our own PATCH outside the documents (enable, rename, flow status…) changed `changedFields` of an
   * object from version `previousUpdatedAt` (undefined when not known) to `changed`. Documents it
   * cannot affect keep their edits and move to the new version, so their next save does not conflict;
   * documents that are not dirty are re-read; a dirty document holding a changed field keeps its
   * base, so saving it conflicts (it holds the old value). See DocumentVersions.recordObjectChange.
   */
  objectChanged(object: ObjectRef, previousUpdatedAt: string | undefined, changed: PostHogObject, changedFields: readonly string[]): void {
    const uris = this.deps.versions.recordObjectChange(object, previousUpdatedAt, changed.updated_at, changedFields);
    this.loaded.fire({ ...tagged(object.kind, changed), ref: object });
    this.rereadClean(uris);
  }

  private async readSnapshot(uri: vscode.Uri, address: DocumentAddress): Promise<Uint8Array> {
    try {
      const { client } = await this.deps.clients.get(address.object.authority);
      return encoder.encode(await fetchSnapshotText(client, address));
    } catch (error) {
      if (error instanceof NoDraftError) throw vscode.FileSystemError.FileNotFound(error.message);
      throw toFileSystemError(error, uri);
    }
  }

  /**
   * PostHog normalises what it stores (trims `hog`, keeps a secret input left out, drops inputs
   * outside the schema): the document is based on the text of what it stored, and when its values
   * are not what was sent it is re-read once VS Code has finished the save (a re-read of a clean document
   * applies the difference as an edit, so the cursor stays and undo still works).
   */
  private afterSave(uri: vscode.Uri, address: DocumentAddress, base: string, saved: PostHogObject, sent: string): void {
    const text = renderDocument(address.kind, saved);
    // Layout alone (indentation of the JSON) is the user's: only changed values are shown.
    const fields = text === sent ? [] : changedFields(address.kind, sent, text);
    if (fields.length > 0) {
      this.storedDifferently.add(uri.toString());
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      this.deps.tell(`PostHog stored “${name}” differently from what was sent (${fields.join(', ')}); the editor shows what it stored.`);
    }
    const others = this.deps.versions.recordSave(uri.toString(), address, base, saved.updated_at, text);
    this.loaded.fire({ ...tagged(address.object.kind, saved), ref: address.object });
    // Other open views of the same object show the new version; dirty ones keep the user's text.
    this.rereadClean(others);
  }

  /**
   * Makes VS Code re-read the documents among `uris` that are not dirty: at once for those shown in
   * a tab; the others (closed, but still held by VS Code for a while) when they are opened again,
   * since their mtime has moved. That saves a GET per document nobody looks at.
   */
  private rereadClean(uris: readonly string[]): void {
    const shown = shownUris();
    const reread: vscode.FileChangeEvent[] = [];
    for (const uri of uris) {
      const document = openDocument(uri);
      if (!document || document.isDirty) continue;
      this.deps.versions.touch(uri);
      if (shown.has(uri)) reread.push({ type: vscode.FileChangeType.Changed, uri: document.uri });
    }
    if (reread.length > 0) this.fileChanges.fire(reread);
  }

  private resolve(uri: vscode.Uri): DocumentAddress {
    const address = addressOf(uri);
    if (!address) throw vscode.FileSystemError.FileNotFound(uri);
    return address;
  }
}

/** The top-level fields whose values differ between two texts of a document. */
function changedFields(kind: DocumentAddress['kind'], sent: string, stored: string): string[] {
  const before = parseDocument(kind, sent);
  const after = parseDocument(kind, stored);
  if (!before.ok || !after.ok) return [];
  const keys = new Set([...Object.keys(before.fields), ...Object.keys(after.fields)]);
  return [...keys].filter((key) => JSON.stringify(before.fields[key]) !== JSON.stringify(after.fields[key]));
}

function openDocumentLanguage(uri: vscode.Uri): string | undefined {
  return openDocument(uri)?.languageId;
}
