// Follows a function's or flow's logs by polling: every entry is reported exactly once, oldest
// first, without gaps when many arrive between polls. PostHog's logs endpoint returns at most
// `limit` newest rows after a strict `after`, and entries have no id: each poll asks from the newest
// timestamp seen minus an overlap, drops what it showed already, and pages back with `before` when
// a poll comes back full. Never two polls at once; failures back off exponentially and the tail resumes.
//
//   const tail = new LogTail({ fetchPage: logPageFetcher(client, ref), onEntries: show });
//   tail.start();  …  tail.dispose();
import type { LogEntry } from '../api';
import { LogCursor } from './logCursor';
import type { LogBatch } from './logEntries';
import { fetchWindow, type FetchLogPage } from './logWindow';
import { realScheduler, type Scheduler } from './scheduler';

export interface LogTailOptions {
  fetchPage: FetchLogPage;
  /** New entries, oldest first; called once per poll that found any. A throw is reported through onError. */
  onEntries: (entries: LogEntry[]) => void;
  /** A poll failed; the next one runs after `retryInMs`. Cancellations by stop() are not reported. */
  onError?: (error: unknown, retryInMs: number) => void;
  /** Entries that could not be fetched (see fetchWindow); the tail carries on. */
  onGap?: (message: string) => void;
  /** Pause between polls. Default 2,000 ms. */
  intervalMs?: number;
  /** Rows per request, 1..500. Default 500. */
  limit?: number;
  /** How far back each poll looks again for late rows. Default 1,000 ms. */
  overlapMs?: number;
  /** Sent as the server's `level` filter, e.g. ['WARN', 'ERROR']. */
  levels?: readonly string[];
  search?: string;
  /** Entries already there at start that are shown first. Default 0 (only new ones). */
  history?: number;
  /** Ceiling of the back-off delay. Default 60,000 ms. */
  maxBackoffMs?: number;
  /** Requests per poll at most. Default 20 (10,000 rows at limit 500). */
  maxPagesPerPoll?: number;
  scheduler?: Scheduler;
}

export type LogTailState = 'idle' | 'running' | 'stopped' | 'disposed';

export class LogTail {
  readonly #options: Required<Omit<LogTailOptions, 'onError' | 'onGap' | 'levels' | 'search'>> & LogTailOptions;
  readonly #cursor: LogCursor;
  #state: LogTailState = 'idle';
  #synced = false;
  #failures = 0;
  #timer: unknown;
  #hasTimer = false;
  #current: Promise<void> | undefined;
  #abort: AbortController | undefined;
  /** Bumped by stop/dispose: a cancelled poll finishing late must not schedule the next one. */
  #generation = 0;

  constructor(options: LogTailOptions) {
    this.#options = {
      intervalMs: 2000, limit: 500, overlapMs: 1000, history: 0, maxBackoffMs: 60_000, maxPagesPerPoll: 20,
      scheduler: realScheduler, ...options,
    };
    const { limit, intervalMs, overlapMs } = this.#options;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new RangeError('limit must be an integer from 1 to 500.');
    if (!(intervalMs > 0) || !(overlapMs >= 0)) throw new RangeError('intervalMs must be positive and overlapMs not negative.');
    this.#cursor = new LogCursor(Math.round(overlapMs * 1000));
  }

  get state(): LogTailState {
    return this.#state;
  }

  /** Consecutive failed polls (0 after a success). */
  get failures(): number {
    return this.#failures;
  }

  /** Starts polling at once; after stop() it resumes from where it was. No effect once disposed. */
  start(): void {
    if (this.#state === 'running' || this.#state === 'disposed') return;
    this.#state = 'running';
    this.#schedule(0);
  }

  /** Stops polling and cancels a request in flight; start() resumes. */
  stop(): void {
    if (this.#state === 'disposed') return;
    if (this.#state === 'running') this.#state = 'stopped';
    this.#halt();
  }

  /** Stops for good. */
  dispose(): void {
    this.#state = 'disposed';
    this.#halt();
  }

  /** Polls now instead of at the next tick; joins a poll already running. Resolves when it is done. */
  pollNow(): Promise<void> {
    if (this.#state !== 'running') return Promise.resolve();
    if (!this.#current) {
      this.#clearTimer();
      const generation = this.#generation;
      this.#current = this.#poll().finally(() => {
        if (generation !== this.#generation) return;
        this.#current = undefined;
        if (this.#state === 'running') this.#schedule(this.#nextDelay());
      });
    }
    return this.#current;
  }

  async #poll(): Promise<void> {
    const controller = new AbortController();
    this.#abort = controller;
    const options = this.#options;
    const first = !this.#synced;
    try {
      const { batch, gaps } = await fetchWindow(options.fetchPage, {
        after: this.#cursor.after(),
        limit: options.limit,
        levels: options.levels,
        search: options.search,
        maxPages: options.maxPagesPerPoll,
        enough: first ? (b) => this.#historyCovered(b) : undefined,
      }, controller.signal);
      if (controller.signal.aborted) return;
      const fresh = this.#cursor.advance(batch);
      this.#synced = true;
      this.#failures = 0;
      for (const gap of gaps) options.onGap?.(gap);
      const shown = first ? fresh.slice(Math.max(0, fresh.length - options.history)) : fresh;
      if (shown.length > 0) options.onEntries(shown);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#failures += 1;
      options.onError?.(error, this.#nextDelay());
    } finally {
      if (this.#abort === controller) this.#abort = undefined;
    }
  }

  /**
   * The first poll pages back far enough to show `history` entries and to remember every row of
   * the overlap window (else the next poll would show those old rows as new).
   */
  #historyCovered(batch: LogBatch): boolean {
    const { newest, oldest } = batch;
    if (newest === null || oldest === null) return false;
    return batch.size >= this.#options.history && oldest <= newest - this.#options.overlapMs * 1000;
  }

  #nextDelay(): number {
    const { intervalMs, maxBackoffMs } = this.#options;
    if (this.#failures === 0) return intervalMs;
    return Math.min(Math.max(maxBackoffMs, intervalMs), intervalMs * 2 ** this.#failures);
  }

  #schedule(ms: number): void {
    this.#clearTimer();
    this.#hasTimer = true;
    this.#timer = this.#options.scheduler.setTimeout(() => {
      this.#hasTimer = false;
      void this.pollNow();
    }, ms);
  }

  #clearTimer(): void {
    if (this.#hasTimer) this.#options.scheduler.clearTimeout(this.#timer);
    this.#hasTimer = false;
  }

  #halt(): void {
    this.#generation += 1;
    this.#current = undefined;
    this.#clearTimer();
    this.#abort?.abort();
  }
}
