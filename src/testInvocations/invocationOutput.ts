// The "PostHog Test Invocations" output channel: every run's status, errors, log lines and result.
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';

/** What the extension-host tests read back (the channel's own text is not readable through the API). */
const REMEMBERED_LINES = 2000;

export class InvocationOutput extends Disposable {
  private readonly channel = this.register(vscode.window.createOutputChannel('PostHog Test Invocations'));
  private readonly recent: string[] = [];

  /** Appends one run's lines after a blank separator and brings the channel into view without focus. */
  write(lines: readonly string[]): void {
    if (this.recent.length > 0) this.append('');
    for (const line of lines) this.append(line);
    this.channel.show(true);
  }

  show(): void {
    this.channel.show(true);
  }

  /** The last lines written (at most 2,000), oldest first. */
  get lines(): readonly string[] {
    return this.recent;
  }

  private append(line: string): void {
    this.channel.appendLine(line);
    this.recent.push(line);
    if (this.recent.length > REMEMBERED_LINES) this.recent.splice(0, this.recent.length - REMEMBERED_LINES);
  }
}
