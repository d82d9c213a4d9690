// One function's or flow's log tail: a LogTail writing into the object's LogOutputChannel. The tail
// ends by itself when PostHog says the object is gone (404) or the key no longer may read it
// (401/403), or when the connection is signed out.
import type * as vscode from 'vscode';
import { ApiError, type LogEntry } from '../api';
import { Disposable } from '../common/lifecycle';
import type { ClientPool } from '../connections/clients';
import { NotSignedInError } from '../connections/errors';
import { channelLevel, formatLogLine, logPageFetcher, LogTail, type FetchLogPage } from '../logs';
import { describeError } from '../ui/errorMessages';
import type { ObjectTarget } from '../testInvocations/target';
import type { TailSettings } from '../config/settings';

/** Entries shown from before the tail started. */
const HISTORY = 50;
/** What the extension-host tests read back per tail (the channel's text is not readable through the API). */
const REMEMBERED_LINES = 20_000;

export interface ObjectTailOptions {
  target: ObjectTarget;
  channel: vscode.LogOutputChannel;
  clients: ClientPool;
  settings: TailSettings;
  /** The tail ended on its own; `message` says why. */
  onEnded(message: string): void;
}

export class ObjectTail extends Disposable {
  private readonly tail: LogTail;
  /** Every entry line written, oldest first (bounded). */
  readonly lines: string[] = [];
  /** Failed polls and gaps, as written to the channel. */
  readonly problems: string[] = [];

  constructor(private readonly options: ObjectTailOptions) {
    super();
    const { settings } = options;
    this.tail = this.register(new LogTail({
      fetchPage: pageFetcher(options.clients, options.target),
      onEntries: (entries) => this.show(entries),
      onError: (error, retryInMs) => this.failed(error, retryInMs),
      onGap: (message) => this.warn(message),
      intervalMs: settings.intervalMs,
      levels: settings.levels,
      history: HISTORY,
    }));
  }

  start(): void {
    const levels = this.options.settings.levels.length ? this.options.settings.levels.join(', ') : 'all levels';
    this.options.channel.info(`Tailing logs every ${this.options.settings.intervalMs / 1000} s (${levels}).`);
    this.tail.start();
  }

  private show(entries: LogEntry[]): void {
    const { channel } = this.options;
    for (const entry of entries) {
      const line = formatLogLine(entry);
      channel[channelLevel(entry.level)](line);
      this.lines.push(line);
    }
    if (this.lines.length > REMEMBERED_LINES) this.lines.splice(0, this.lines.length - REMEMBERED_LINES);
  }

  private failed(error: unknown, retryInMs: number): void {
    const report = describeError(error, 'Fetching logs');
    if (isFinal(error)) {
      this.tail.dispose();
      const message = `${report?.message ?? String(error)} Stopped tailing.`;
      this.options.channel.error(message);
      this.problems.push(message);
      this.options.onEnded(report?.message ?? 'Fetching logs failed.');
      return;
    }
    this.warn(`${report?.message ?? String(error)} Trying again in ${Math.round(retryInMs / 100) / 10} s.`);
  }

  private warn(message: string): void {
    this.options.channel.warn(message);
    this.problems.push(message);
    if (this.problems.length > 100) this.problems.shift();
  }
}

/** Errors that no retry can fix. */
function isFinal(error: unknown): boolean {
  if (error instanceof NotSignedInError) return true;
  return error instanceof ApiError && (error.status === 401 || error.status === 403 || error.status === 404);
}

/** Asks the pool for the client on every request, so a sign-out or a new time-out setting takes effect. */
function pageFetcher(clients: ClientPool, target: ObjectTarget): FetchLogPage {
  return async (query, signal) => {
    const { client } = await clients.get(target.authority);
    const kind = target.kind === 'flow' ? 'hog_flow' : 'hog_function';
    return logPageFetcher(client, { kind, projectId: target.projectId, id: target.id })(query, signal);
  };
}
