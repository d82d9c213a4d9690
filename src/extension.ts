import * as vscode from 'vscode';
import { activateHogLanguage } from './language';
import { activatePostHog, type PostHogFeatures } from './posthog';

/** What `activate` returns: the extension's live objects, for tests and other extensions. */
export interface PostHogHogApi extends PostHogFeatures {
  readonly version: string;
}

export function activate(context: vscode.ExtensionContext): PostHogHogApi {
  const posthog = activatePostHog(context);
  const language = activateHogLanguage(context, posthog.functionContext);
  context.subscriptions.push(
    posthog.onDidChangeFunctionContext((isBuffer) => {
      for (const document of vscode.workspace.textDocuments) if (isBuffer(document.uri)) language.recheck(document);
    }),
  );
  return { version: context.extension.packageJSON.version as string, ...posthog };
}

export function deactivate(): void {}
