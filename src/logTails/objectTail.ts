// One function's or flow's log tail: a LogTail writing into the object's output channel. The tail
// ends by itself when PostHog says the object is gone (404) or the key no longer may read it
// (401/403), or when the connection is signed out.
import type * as vscode from 'vscode';
import { ApiError, type LogEntry } from '../api';
import { Disposable } from '../common/lifecycle';
import type { TailSettings } from '../config/settings';
import type { ClientPool } from '../connections/clients';
import { NotSignedInError } from '../connections/errors';
import { formatLogLine, formatNote, logPageFetcher, LogTail, type FetchLogPage } from '../logs';
import type { ObjectRef } from '../objects/objectRef';
import { describeError } from '../ui/errorMessages';

/** Entries shown from before the tail started. */
const HISTORY = 50;

export interface ObjectTailOptions {
  ref: ObjectRef;
  channel: vscode.OutputChannel;
  clients: ClientPool;
  settings: TailSettings;
  /** Each entry line, and each problem (failed poll, gap, why the tail ended), as written to the channel. */
  onLine(line: string, problem: boolean): void;
  /** The tail ended on its own; `message` says why. */
  onEnded(message: string): void;
}

export class ObjectTail extends Disposable {
  private readonly tail: LogTail;

  constructor(private readonly options: ObjectTailOptions) {
    super();
    const { settings } = options;
    this.tail = this.register(new LogTail({
      fetchPage: pageFetcher(options.clients, options.ref),
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
    this.options.channel.appendLine(formatNote('INFO', `Tailing logs every ${this.options.settings.intervalMs / 1000} s (${levels}).`));
    this.tail.start();
  }

  private show(entries: LogEntry[]): void {
    const { channel } = this.options;
    for (const entry of entries) {
      const line = formatLogLine(entry);
      channel.appendLine(line);
      this.options.onLine(line, false);
    }
  }

  private failed(error: unknown, retryInMs: number): void {
    const report = describeError(error, 'Fetching logs');
    if (isFinal(error)) {
      this.tail.dispose();
      const message = `${report?.message ?? String(error)} Stopped tailing.`;
      this.options.channel.appendLine(formatNote('ERROR', message));
      this.options.onLine(message, true);
      this.options.onEnded(report?.message ?? 'Fetching logs failed.');
      return;
    }
    this.warn(`${report?.message ?? String(error)} Trying again in ${Math.round(retryInMs / 100) / 10} s.`);
  }

  private warn(message: string): void {
    this.options.channel.appendLine(formatNote('WARN', message));
    this.options.onLine(message, true);
  }
}

/** Errors that no retry can fix. */
function isFinal(error: unknown): boolean {
  if (error instanceof NotSignedInError) return true;
  return error instanceof ApiError && (error.status === 401 || error.status === 403 || error.status === 404);
}

/** Asks the pool for the client on every request, so a sign-out or a new time-out setting takes effect. */
function pageFetcher(clients: ClientPool, ref: ObjectRef): FetchLogPage {
  return async (query, signal) => {
    const { client } = await clients.get(ref.authority);
    return logPageFetcher(client, ref)(query, signal);
  };
}
