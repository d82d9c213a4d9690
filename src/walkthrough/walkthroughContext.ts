// The context keys that complete the walkthrough's steps on the real events: a function's code
// opened, a test invocation finished. Once set they stay set for the session.
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import { addressOf } from '../fileSystem/uris';
import type { ContextKeys } from '../ui/contextKeys';

export const OPENED_FUNCTION_CONTEXT = 'posthog.walkthrough.openedFunction';
export const RAN_TEST_CONTEXT = 'posthog.walkthrough.ranTest';

export class WalkthroughContext extends Disposable {
  constructor(
    private readonly keys: ContextKeys,
    testInvocationCompleted: vscode.Event<unknown>,
  ) {
    super();
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.opened(d)));
    this.register(testInvocationCompleted(() => void this.keys.set(RAN_TEST_CONTEXT, true)));
    for (const document of vscode.workspace.textDocuments) this.opened(document);
  }

  private opened(document: vscode.TextDocument): void {
    if (this.keys.get(OPENED_FUNCTION_CONTEXT) === true) return;
    if (addressOf(document.uri)?.kind === 'functionCode') void this.keys.set(OPENED_FUNCTION_CONTEXT, true);
  }
}
