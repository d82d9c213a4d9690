// What each open posthog:// document is based on: the exact `updated_at` string of the server
// version it was read from (sent as `base_updated_at` on save), plus the mtime/size VS Code sees in
// `stat`. No vscode here.
//
// mtime only moves when we want VS Code to take note: after our own save, and when a document must
// be re-read because another view of the same object was saved or a command changed the object
// (enable, rename, flow status). It never moves on a plain read:
// VS Code refuses a save ("file is newer") when stat's mtime has moved past the one it loaded.
import { objectKey, type DocumentAddress, type ObjectAddress } from './address';
import { holdsAnyField } from './formats';

export interface DocumentVersion {
  readonly address: DocumentAddress;
  /** `updated_at` of the server version the text is based on; undefined until first read. */
  base: string | undefined;
  mtime: number;
  size: number;
}

export class DocumentVersions {
  private readonly byUri = new Map<string, DocumentVersion>();
  private clock = 0;

  /** The entry for a URI, created (unread, no base) on first use. */
  entry(uri: string, address: DocumentAddress): DocumentVersion {
    let version = this.byUri.get(uri);
    if (!version) {
      version = { address, base: undefined, mtime: this.tick(), size: 0 };
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
  recordRead(uri: string, address: DocumentAddress, updatedAt: string, size: number): void {
    const version = this.entry(uri, address);
    if (version.base === undefined) version.size = size;
    version.base = updatedAt;
  }

  /** Used by "Overwrite": the next save is based on the server's current version. */
  rebase(uri: string, updatedAt: string): void {
    const version = this.byUri.get(uri);
    if (version) version.base = updatedAt;
  }

  /**
   * A save of `uri` based on `previousBase` produced the server version `updatedAt`. Moves the base
   * of the other documents of the same object that cannot be affected by that save: those of the
   * other kind (code vs configuration hold disjoint fields) that were based on the same version.
   * Returns the URIs of the other documents of the object, which should be re-read if not dirty.
   */
  recordSave(uri: string, address: DocumentAddress, previousBase: string, updatedAt: string, size: number): string[] {
    const saved = this.entry(uri, address);
    saved.base = updatedAt;
    saved.size = size;
    saved.mtime = this.tick();
    const key = objectKey(address);
    const others: string[] = [];
    for (const [otherUri, other] of this.byUri) {
      if (otherUri === uri || objectKey(other.address) !== key) continue;
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
  recordObjectChange(object: ObjectAddress, previousBase: string | undefined, updatedAt: string, changedFields: readonly string[]): string[] {
    const uris = this.documentsOf(object);
    for (const uri of uris) {
      const version = this.byUri.get(uri)!;
      const untouched = !holdsAnyField(version.address.kind, changedFields);
      if (previousBase !== undefined && version.base === previousBase && untouched) version.base = updatedAt;
    }
    return uris;
  }

  /** The URIs of the documents of an object this session has seen. */
  documentsOf(object: ObjectAddress): string[] {
    const key = objectKey(object);
    return [...this.byUri].filter(([, version]) => objectKey(version.address) === key).map(([uri]) => uri);
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
