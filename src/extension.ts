import * as vscode from 'vscode';

/** What `activate` returns: the extension's live objects, for tests and other extensions. */
export interface PostHogHogApi {
  readonly version: string;
}

export function activate(context: vscode.ExtensionContext): PostHogHogApi {
  return { version: context.extension.packageJSON.version as string };
}

export function deactivate(): void {}
