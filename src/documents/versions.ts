// What each open posthog:// document is based on: the exact `updated_at` string of the server
// version it was read from (sent as `base_updated_at` on save) and that version's text, plus the
// mtime/size VS Code sees in `stat` and how many saves reached the file system. No vscode here.
//
// mtime only moves when we want VS Code to take note: after our own save, and when a document must
// be re-read because another view of the same object was saved or a command changed the object
// (enable, rename, flow status). It never moves on a plain read:
// VS Code refuses a save ("file is newer") when stat's mtime has moved past the one it loaded.
import { objectKey, type ObjectRef } from '../objects/objectRef';
import type { DocumentAddress } from './address';
import { holdsAnyField } from './formats';

export interface DocumentVersion {
  readonly address: DocumentAddress;
  /** `updated_at` of the server version the text is based on; undefined until first read. */
  base: string | undefined;
  /**
   * The text of that version as this document shows it (read, or saved): what the buffer's edits
   * are relative to, for an overwrite of only the edited fields or a three-way merge. A base moved
   * over a change this document does not show keeps it.
   */
  baseText: string | undefined;
  /** How many saves of the document reached the file system (a save attempt that VS Code joined to one still running does not). */
  writes: number;
  mtime: number;
  size: number;
}

const encoder = new TextEncoder();

export class DocumentVersions {
  private readonly byUri = new Map<string, DocumentVersion>();
  private clock = 0;

  /** The entry for a URI, created (unread, no base) on first use. */
  entry(uri: string, address: DocumentAddress): DocumentVersion {
    let version = this.byUri.get(uri);
    if (!version) {
      version = { address, base: undefined, baseText: undefined, writes: 0, mtime: this.tick(), size: 0 };
      this.byUri.set(uri, version);
    }
    return version;
  }

  get(uri: string): DocumentVersion | undefined {
    return this.byUri.get(uri);
  }

  /**
   * A fresh read: the text now reflects `updatedAt`. The size is only taken from the first read:
   * VS Code keeps the stat of a document's first read when it re-reads it after a change event, and
   * its save check ("file modified since") compares that with the current stat's size, so a re-read
   * that changed the length (e.g. after a lifecycle change, `"enabled": false`) would refuse the next
   * save. Changes on PostHog are caught by `base_updated_at` instead.
   */
  recordRead(uri: string, address: DocumentAddress, updatedAt: string, text: string): void {
    const version = this.entry(uri, address);
    if (version.base === undefined) version.size = encoder.encode(text).byteLength;
    version.base = updatedAt;
    version.baseText = text;
  }

  /** A save of `uri` reached the file system. */
  recordWrite(uri: string, address: DocumentAddress): void {
    this.entry(uri, address).writes++;
  }

  /** Used by "Overwrite": the next save is based on the server's current version, which shows as `text`. */
  rebase(uri: string, updatedAt: string, text: string): void {
    const version = this.byUri.get(uri);
    if (!version) return;
    version.base = updatedAt;
    version.baseText = text;
  }

  /**
   * A save of `uri` based on `previousBase` produced the server version `updatedAt`. Moves the base
   * of the other documents of the same object that cannot be affected by that save: those of the
   * other kind (code vs configuration hold disjoint fields) that were based on the same version.
   * Returns the URIs of the other documents of the object, which should be re-read if not dirty.
   */
  recordSave(uri: string, address: DocumentAddress, previousBase: string, updatedAt: string, text: string): string[] {
    const saved = this.entry(uri, address);
    saved.base = updatedAt;
    saved.baseText = text;
    saved.size = encoder.encode(text).byteLength;
    saved.mtime = this.tick();
    const key = objectKey(address.object);
    const others: string[] = [];
    for (const [otherUri, other] of this.byUri) {
      if (otherUri === uri || objectKey(other.address.object) !== key) continue;
      if (other.address.kind !== address.kind && other.base === previousBase) other.base = updatedAt;
      others.push(otherUri);
    }
    return others;
  }

  /**
   * A request of ours outside the documents (enable, rename, flow status…) changed `changedFields`
   * of an object, turning version `previousBase` into `updatedAt`. A document moves to the new
   * version when it was based on `previousBase` and its kind holds none of the changed fields. The
   * others keep their base: one holding a changed field holds its old value, so saving it must
   * conflict; one based on an older version was stale already. With `previousBase` undefined (the
   * replaced version is not known) nothing moves. Returns the URIs of the object's documents, which
   * should be re-read if not dirty.
   */
  recordObjectChange(object: ObjectRef, previousBase: string | undefined, updatedAt: string, changedFields: readonly string[]): string[] {
    const uris = this.documentsOf(object);
    for (const uri of uris) {
      const version = this.byUri.get(uri)!;
      const untouched = !holdsAnyField(version.address.kind, changedFields);
      if (previousBase !== undefined && version.base === previousBase && untouched) version.base = updatedAt;
    }
    return uris;
  }

  /** The newest version any document of `object` is based on. */
  newestBase(object: ObjectRef): string | undefined {
    const bases = this.documentsOf(object).map((uri) => this.byUri.get(uri)!.base);
    // PostHog's updated_at strings share one fixed-width ISO format, so the newest sorts last.
    return bases.filter((base): base is string => base !== undefined).sort().at(-1);
  }

  /** The URIs of the documents of an object this session has seen. */
  documentsOf(object: ObjectRef): string[] {
    const key = objectKey(object);
    return [...this.byUri].filter(([, version]) => objectKey(version.address.object) === key).map(([uri]) => uri);
  }

  /** Makes `stat` report a change, so VS Code re-reads a document that is not dirty. */
  touch(uri: string): void {
    const version = this.byUri.get(uri);
    if (version) version.mtime = this.tick();
  }

  private tick(): number {
    this.clock = Math.max(Date.now(), this.clock + 1);
    return this.clock;
  }
}
