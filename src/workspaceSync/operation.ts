// An operation on a folder as VS Code runs it: the folder's posthog.yaml names the project, the key
// comes from the signed-in connection of that host (SecretStorage, never the files), progress is a
// cancellable notification.
import * as vscode from 'vscode';
import type { ClientPool } from '../connections/clients';
import { formatProblem, readWorkspace, resolveWorkspaceTarget, type OperationContext, type WorkspaceTarget } from '../workspace';

export interface OperationDeps {
  readonly clients: ClientPool;
}

export class WorkspaceSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceSetupError';
  }
}

/** Reads the folder and connects to its project; `overrides` replace posthog.yaml's host and project. */
export async function openOperation(
  deps: OperationDeps,
  dir: string,
  options: { overrides?: Partial<WorkspaceTarget>; signal?: AbortSignal; onProgress?: (message: string) => void } = {},
): Promise<OperationContext> {
  const workspace = await readWorkspace(dir);
  if (workspace.fatal.length > 0) throw new WorkspaceSetupError(workspace.fatal.map(formatProblem).join('\n'));
  const target = resolveWorkspaceTarget(workspace.binding, options.overrides ?? {});
  if (typeof target === 'string') throw new WorkspaceSetupError(`${dir}: ${target}`);
  const { client } = await deps.clients.get(new URL(target.host).host);
  return {
    workspace, target, client, env: process.env, signal: options.signal,
    onProgress: options.onProgress && ((event) => options.onProgress?.(event.message)),
  };
}

/** Runs `work` under a cancellable progress notification that shows the operation's progress lines. */
export function withOperationProgress<T>(
  title: string,
  signal: AbortSignal,
  work: (signal: AbortSignal, report: (message: string) => void) => Promise<T>,
): Promise<T> {
  return Promise.resolve(
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
      const controller = new AbortController();
      const abort = (): void => controller.abort();
      const subscription = token.onCancellationRequested(abort);
      signal.addEventListener('abort', abort);
      try {
        return await work(controller.signal, (message) => progress.report({ message }));
      } finally {
        subscription.dispose();
        signal.removeEventListener('abort', abort);
      }
    }),
  );
}
