// PostHog's version of a workspace file is served read-only at the file's path under its own
// scheme: `posthog-ws-base:/abs/dir/functions/x.hog` is the server's functions/x.hog of that folder.
import { relative, sep } from 'node:path';
import * as vscode from 'vscode';

export const BASE_SCHEME = 'posthog-ws-base';

export function baseUriOf(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.file(file.fsPath).with({ scheme: BASE_SCHEME });
}

export function fileOfBase(uri: vscode.Uri): string {
  return uri.with({ scheme: 'file' }).fsPath;
}

/** A workspace-relative path with `/`, as the workspace core names files. */
export function relativeFile(dir: string, file: string): string {
  return relative(dir, file).split(sep).join('/');
}

/** Whether a workspace-relative path is an object's file (not a test file, not the binding or lock). */
export function isObjectFile(path: string): boolean {
  return /^(functions\/[^/]+\.(hog|yaml)|flows\/[^/]+\.yaml)$/.test(path) && !path.endsWith('.test.yaml');
}
