// The test globals of each function or flow: one editable JSON file per object under the
// extension's global storage, so they outlive the window and every run uses the latest edit
// (an open editor's unsaved text included). The first version is a sample built for the object.
import * as vscode from 'vscode';
import type { InvocationGlobals } from '../api';
import { parseGlobals, renderGlobals } from '../invocation';
import type { SaveDiagnostics } from '../fileSystem/diagnostics';
import { openDocument } from '../fileSystem/openDocuments';
import { OBJECT_KINDS, type ObjectRef } from '../objects/objectRef';

/** Builds the first globals of an object (may send a request). */
export type SampleGlobals = () => Promise<InvocationGlobals>;

export class GlobalsStore {
  constructor(
    private readonly root: vscode.Uri,
    private readonly diagnostics: SaveDiagnostics,
  ) {}

  /** `<globalStorage>/test-globals/<host_port>/<projectId>/<functions|flows>/<id>.json` */
  uriFor(ref: ObjectRef): vscode.Uri {
    const host = ref.authority.replace(/[^A-Za-z0-9.-]/g, '_');
    return vscode.Uri.joinPath(this.root, 'test-globals', host, String(ref.projectId), OBJECT_KINDS[ref.kind].family, `${safeSegment(ref.id)}.json`);
  }

  /**
   * The globals a run uses. Invalid JSON is marked on the document and thrown as an Error that
   * says where to fix it; nothing is sent then.
   */
  async read(ref: ObjectRef, sample: SampleGlobals): Promise<InvocationGlobals> {
    const uri = this.uriFor(ref);
    const text = this.openText(uri) ?? (await this.ensureFile(uri, sample));
    const parsed = parseGlobals(text);
    if (parsed.ok) {
      this.diagnostics.clear(uri);
      return parsed.globals;
    }
    this.diagnostics.set(uri, text, parsed.offset, 1, parsed.message);
    throw new Error(`${parsed.message} Fix the test globals (PostHog: Edit Test Globals) and run the test again.`);
  }

  /** Opens the globals document in an editor, writing the sample first if there is none yet. */
  async open(ref: ObjectRef, sample: SampleGlobals): Promise<vscode.TextEditor> {
    const uri = this.uriFor(ref);
    if (this.openText(uri) === undefined) await this.ensureFile(uri, sample);
    const document = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(document, { preview: false });
  }

  private openText(uri: vscode.Uri): string | undefined {
    return openDocument(uri)?.getText();
  }

  private async ensureFile(uri: vscode.Uri, sample: SampleGlobals): Promise<string> {
    const existing = await this.readFile(uri);
    if (existing !== undefined) return existing;
    const text = renderGlobals(await sample());
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return text;
  }

  private async readFile(uri: vscode.Uri): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  }
}

function safeSegment(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_') || '_';
}
