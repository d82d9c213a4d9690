// The "PostHog Test Invocations" output channel: every run's status, errors, log lines and result.
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';

export class InvocationOutput extends Disposable {
  private readonly channel = this.register(vscode.window.createOutputChannel('PostHog Test Invocations'));
  private readonly written = this.register(new vscode.EventEmitter<readonly string[]>());
  /** The lines of each run as written (a channel's text cannot be read back through VS Code's API). */
  readonly onDidWrite = this.written.event;
  private wrote = false;

  /** Appends one run's lines after a blank separator and brings the channel into view without focus. */
  write(lines: readonly string[]): void {
    const written = this.wrote ? ['', ...lines] : [...lines];
    this.wrote = true;
    for (const line of written) this.channel.appendLine(line);
    this.written.fire(written);
    this.channel.show(true);
  }

  show(): void {
    this.channel.show(true);
  }
}
