import * as vscode from 'vscode';
import type { ClientPool } from '../connections/clients';
import type { DocumentAddress } from './address';
import type { SaveDiagnostics } from './diagnostics';
import { parseDocument, renderDocument } from './formats';
import { toFileSystemError, UnknownBaseError } from './fsErrors';
import { describeHogSyntaxProblem, hogSyntaxProblem } from './hogSyntax';
import { fetchObject, numericProjectId, patchObject, type PostHogObject } from './objects';
import { addressOf } from './uris';
import type { DocumentVersions } from './versions';

export interface ObjectEvent {
  readonly address: DocumentAddress;
  readonly projectId: number;
  readonly object: PostHogObject;
}

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
  /** Offers the next steps after a failed save. Called without waiting: a save never waits on a dialog. */
  onSaveFailed(failure: SaveFailure): void;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The `posthog` file system. Opening a document costs exactly one GET of its object; saving costs
 * exactly one PATCH with that document's fields and `base_updated_at` set to the version it was read
 * from. A failed save throws (the buffer stays dirty) and the next steps are offered separately.
 */
export class PostHogFileSystem implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly fileChanges = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.fileChanges.event;
  private readonly loaded = new vscode.EventEmitter<ObjectEvent>();
  /** A fresh version of an object arrived (read or saved). */
  readonly onDidLoadObject = this.loaded.event;

  constructor(private readonly deps: ProviderDeps) {}

  watch(): vscode.Disposable {
    // Changes made elsewhere are found on save (409), not by polling PostHog.
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const address = addressOf(uri);
    if (!address) throw vscode.FileSystemError.FileNotFound(uri);
    const version = this.deps.versions.entry(uri.toString(), address);
    return { type: vscode.FileType.File, ctime: 0, mtime: version.mtime, size: version.size };
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const { address, projectId } = this.resolve(uri);
    try {
      const { client } = await this.deps.clients.get(address.authority);
      const object = await fetchObject(client, address, projectId);
      const bytes = encoder.encode(renderDocument(address.kind, object));
      this.deps.versions.recordRead(uri.toString(), address, object.updated_at, bytes.byteLength);
      this.deps.diagnostics.clear(uri);
      this.loaded.fire({ address, projectId, object });
      return bytes;
    } catch (error) {
      throw toFileSystemError(error, uri);
    }
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    const { address, projectId } = this.resolve(uri);
    const text = decoder.decode(content);
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
      const base = version?.base;
      if (base === undefined) throw new UnknownBaseError();
      const { client } = await this.deps.clients.get(address.authority);
      const saved = await patchObject(client, address, projectId, parsed.fields, base);
      this.afterSave(uri, address, projectId, base, saved, content.byteLength);
    } catch (error) {
      this.deps.onSaveFailed({ uri, address, text, error });
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

  /** The base the next save of `uri` uses; for "Overwrite", the server's current version. */
  rebase(uri: vscode.Uri, updatedAt: string): void {
    this.deps.versions.rebase(uri.toString(), updatedAt);
  }

  private afterSave(uri: vscode.Uri, address: DocumentAddress, projectId: number, base: string, saved: PostHogObject, size: number): void {
    const others = this.deps.versions.recordSave(uri.toString(), address, base, saved.updated_at, size);
    this.loaded.fire({ address, projectId, object: saved });
    // Other open views of the same object show the new version; dirty ones keep the user's text.
    const reread: vscode.FileChangeEvent[] = [];
    for (const other of others) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === other);
      if (!document || document.isDirty) continue;
      this.deps.versions.touch(other);
      reread.push({ type: vscode.FileChangeType.Changed, uri: document.uri });
    }
    if (reread.length > 0) this.fileChanges.fire(reread);
  }

  private resolve(uri: vscode.Uri): { address: DocumentAddress; projectId: number } {
    const address = addressOf(uri);
    const projectId = address && numericProjectId(address);
    if (!address || projectId === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return { address, projectId };
  }

  dispose(): void {
    this.fileChanges.dispose();
    this.loaded.dispose();
  }
}

function openDocumentLanguage(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}
