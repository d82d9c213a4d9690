import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import type { ErrorReporter } from './reportError';

/** What a command handler gets besides its arguments. */
export interface CommandRun {
  /** Fires when the user cancels the command's progress notification. */
  readonly signal: AbortSignal;
}

export type CommandHandler = (run: CommandRun, ...args: unknown[]) => unknown;

export interface CommandOptions {
  /** Title of a cancellable progress notification, for commands that wait on PostHog. */
  progress?: string;
}

/**
 * Registers every command of the extension the same way: progress and cancellation where the
 * command waits on the network, and any thrown error shown once with its next steps (Retry runs
 * the command again with the same arguments).
 */
export class CommandRegistry extends Disposable {
  private readonly ids: string[] = [];

  constructor(private readonly errors: ErrorReporter) {
    super();
  }

  /** The ids registered so far (the package.json consistency test compares them). */
  get registered(): readonly string[] {
    return this.ids;
  }

  registerCommand(id: string, handler: CommandHandler, options: CommandOptions = {}): void {
    this.ids.push(id);
    this.register(vscode.commands.registerCommand(id, (...args: unknown[]) => this.run(handler, args, options)));
  }

  /**
   * Runs a handler as a command runs, for work a command started that comes back later (a panel's
   * Refresh button). Resolves with its result, or undefined when it failed (after reporting it).
   */
  async run(handler: CommandHandler, args: unknown[] = [], options: CommandOptions = {}): Promise<unknown> {
    try {
      return await this.execute(handler, args, options);
    } catch (error) {
      void this.errors.report(error, { handlers: { retry: () => this.run(handler, args, options) } });
      return undefined;
    }
  }

  private execute(handler: CommandHandler, args: unknown[], options: CommandOptions): Promise<unknown> {
    if (!options.progress) return Promise.resolve(handler({ signal: new AbortController().signal }, ...args));
    return Promise.resolve(
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: options.progress, cancellable: true },
        async (_progress, token) => {
          const controller = new AbortController();
          const subscription = token.onCancellationRequested(() => controller.abort());
          try {
            return await handler({ signal: controller.signal }, ...args);
          } finally {
            subscription.dispose();
          }
        },
      ),
    );
  }
}
