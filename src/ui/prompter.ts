import * as vscode from 'vscode';

/**
 * Every message with buttons goes through here, so tests can answer them without clicking
 * (`api.testing.setPrompter`). The real one calls vscode.window.
 */
export interface Prompter {
  /** Non-blocking notification; resolves with the chosen action's title, or undefined if dismissed. */
  error(message: string, actions: readonly string[]): Thenable<string | undefined>;
  warning(message: string, actions: readonly string[]): Thenable<string | undefined>;
  info(message: string, actions: readonly string[]): Thenable<string | undefined>;
  /** Modal confirmation; resolves true only when the user picks `confirmTitle`. */
  confirm(message: string, detail: string, confirmTitle: string): Thenable<boolean>;
}

export const windowPrompter: Prompter = {
  error: (message, actions) => vscode.window.showErrorMessage(message, ...actions),
  warning: (message, actions) => vscode.window.showWarningMessage(message, ...actions),
  info: (message, actions) => vscode.window.showInformationMessage(message, ...actions),
  confirm: async (message, detail, confirmTitle) =>
    (await vscode.window.showWarningMessage(message, { modal: true, detail }, confirmTitle)) === confirmTitle,
};

/** Holds the current prompter; the context passes this around rather than a prompter itself. */
export class PrompterSlot {
  readonly real: Prompter = windowPrompter;
  current: Prompter = windowPrompter;
}
