// The folders that hold functions and flows as files: every workspace folder with a posthog.yaml,
// and any folder a command pulled into or named explicitly (it may lie outside the workspace).
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import { BINDING_FILE } from '../workspace';

export class PostHogFolders extends Disposable {
  private readonly folders = new Set<string>();
  private readonly added = this.register(new vscode.EventEmitter<string>());
  /** Fires with a folder's absolute path the first time it is known. */
  readonly onDidAdd = this.added.event;

  constructor() {
    super();
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scanWorkspace()));
    void this.scanWorkspace();
  }

  list(): string[] {
    return [...this.folders];
  }

  /** Starts tracking a folder (an absolute path); returns it normalized. */
  add(dir: string): string {
    const path = resolve(dir);
    if (!this.folders.has(path)) {
      this.folders.add(path);
      this.added.fire(path);
    }
    return path;
  }

  /** The tracked folder a file lies in, if any. */
  folderOf(file: string): string | undefined {
    return this.list().find((dir) => file.startsWith(`${dir}/`) || file.startsWith(`${dir}\\`));
  }

  private async scanWorkspace(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme === 'file' && (await hasBinding(folder.uri.fsPath))) this.add(folder.uri.fsPath);
    }
  }
}

export async function hasBinding(dir: string): Promise<boolean> {
  return (await stat(join(dir, BINDING_FILE)).catch(() => undefined))?.isFile() ?? false;
}

/** `folder` of a command's argument: a path or a Uri (or a Uri, or a source control, as the whole argument). */
export function folderArg(arg: unknown): string | undefined {
  if (arg instanceof vscode.Uri) return arg.fsPath;
  if (typeof arg !== 'object' || arg === null) return undefined;
  // A source control (its scm/title menu) names its folder as rootUri.
  const { folder: value, rootUri } = arg as Record<string, unknown>;
  if (rootUri instanceof vscode.Uri) return rootUri.fsPath;
  if (value instanceof vscode.Uri) return value.fsPath;
  return typeof value === 'string' && value !== '' ? value : undefined;
}
