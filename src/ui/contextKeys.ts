// `setContext` with a memory: VS Code cannot read a context key back, and tests need to.
import * as vscode from 'vscode';

export class ContextKeys {
  private readonly values = new Map<string, unknown>();

  set(key: string, value: unknown): Thenable<unknown> {
    this.values.set(key, value);
    return vscode.commands.executeCommand('setContext', key, value);
  }

  /** The last value this extension set, undefined when it set none. */
  get(key: string): unknown {
    return this.values.get(key);
  }
}
