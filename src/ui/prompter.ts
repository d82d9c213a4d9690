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
  /** One choice from a list (filtered as the user types); items may still be loading. Undefined when dismissed. */
  pick<T>(items: readonly PickItem<T>[] | Promise<readonly PickItem<T>[]>, options: PickOptions): Thenable<T | undefined>;
  /** A line of text, checked by `validate` before it is accepted. Undefined when dismissed. */
  input(options: InputOptions): Thenable<string | undefined>;
}

export interface PickItem<T> {
  label: string;
  description?: string;
  detail?: string;
  value: T;
}

export interface PickOptions {
  title: string;
  placeholder?: string;
  /** Also match what the user types against descriptions and details. */
  matchOnDetails?: boolean;
}

export interface InputOptions {
  title: string;
  prompt?: string;
  value?: string;
  placeholder?: string;
  /** Hides what is typed (secrets). */
  password?: boolean;
  /** A message when the value is not acceptable, else undefined. */
  validate?(value: string): string | undefined;
}

export const windowPrompter: Prompter = {
  error: (message, actions) => vscode.window.showErrorMessage(message, ...actions),
  warning: (message, actions) => vscode.window.showWarningMessage(message, ...actions),
  info: (message, actions) => vscode.window.showInformationMessage(message, ...actions),
  confirm: async (message, detail, confirmTitle) =>
    (await vscode.window.showWarningMessage(message, { modal: true, detail }, confirmTitle)) === confirmTitle,
  pick: showPick,
  input: (options) =>
    vscode.window.showInputBox({
      title: options.title,
      prompt: options.prompt,
      value: options.value,
      placeHolder: options.placeholder,
      password: options.password,
      ignoreFocusOut: true,
      validateInput: options.validate,
    }),
};

/** A quick pick that opens at once, busy until its items arrive. */
function showPick<T>(items: readonly PickItem<T>[] | Promise<readonly PickItem<T>[]>, options: PickOptions): Promise<T | undefined> {
  type Item = vscode.QuickPickItem & { value: T };
  const quickPick = vscode.window.createQuickPick<Item>();
  quickPick.title = options.title;
  quickPick.placeholder = options.placeholder;
  quickPick.matchOnDescription = options.matchOnDetails ?? false;
  quickPick.matchOnDetail = options.matchOnDetails ?? false;
  quickPick.busy = true;
  return new Promise<T | undefined>((resolve, reject) => {
    let settled = false;
    const finish = (value: T | undefined, error?: unknown): void => {
      if (settled) return;
      settled = true;
      quickPick.dispose();
      if (error === undefined) resolve(value);
      else reject(error);
    };
    quickPick.onDidAccept(() => finish(quickPick.selectedItems[0]?.value));
    quickPick.onDidHide(() => finish(undefined));
    Promise.resolve(items).then(
      (loaded) => {
        quickPick.items = loaded.map((item) => ({ ...item }));
        quickPick.busy = false;
      },
      (error: unknown) => finish(undefined, error),
    );
    quickPick.show();
  });
}

/** Holds the current prompter; the context passes this around rather than a prompter itself. */
export class PrompterSlot {
  readonly real: Prompter = windowPrompter;
  current: Prompter = windowPrompter;
}
