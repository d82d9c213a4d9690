// Which folder a workspace command works on: the argument's `folder`, else the only known one, else
// the one the user picks (pull may also choose any folder on disk).
import { resolve } from 'node:path';
import * as vscode from 'vscode';
import { NoTargetError } from '../objects/targetFields';
import { DismissedError } from '../ui/errorMessages';
import type { SyncDeps } from './deps';
import { folderArg } from './folders';

const CHOOSE = '\u0000choose';

/** A folder that already holds functions and flows as files. */
export async function syncedFolder(deps: SyncDeps, arg: unknown): Promise<string> {
  const given = folderArg(arg);
  if (given !== undefined) return resolve(given);
  const known = deps.sync.folders.list();
  if (known.length === 1) return known[0]!;
  if (known.length === 0) throw new NoTargetError('No folder has a posthog.yaml: run "PostHog: Pull Project into Workspace" first.');
  const picked = await deps.prompts.current.pick(
    known.map((dir) => ({ label: vscode.workspace.asRelativePath(dir), description: dir, value: dir })),
    { title: 'Which folder?' },
  );
  if (picked === undefined) throw new DismissedError();
  return picked;
}

/** The folder to pull into: a workspace folder, or one chosen in the folder dialog. */
export async function folderToPullInto(deps: SyncDeps, arg: unknown): Promise<string> {
  const given = folderArg(arg);
  if (given !== undefined) return resolve(given);
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
  const picked = await deps.prompts.current.pick(
    [...folders.map((folder) => ({ label: folder.name, description: folder.uri.fsPath, value: folder.uri.fsPath })), { label: 'Choose a folder…', value: CHOOSE }],
    { title: 'Pull into which folder?' },
  );
  if (picked === undefined) throw new DismissedError();
  if (picked !== CHOOSE) return picked;
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Pull here' });
  if (!chosen?.[0]) throw new DismissedError();
  return chosen[0].fsPath;
}
