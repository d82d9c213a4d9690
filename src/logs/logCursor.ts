// Where the tail stands: the newest timestamp shown, and the rows shown inside the overlap window
// (the only ones a later poll can return again), so each row is shown exactly once.
import type { LogEntry } from '../api';
import type { LogBatch } from './logEntries';
import type { Micros } from '../common/microTime';

interface Seen {
  micros: Micros;
  count: number;
}

export class LogCursor {
  #newest: Micros | null = null;
  readonly #seen = new Map<string, Seen>();

  /** `overlapMicros`: how far back each poll looks again, for rows that arrive late. */
  constructor(private readonly overlapMicros: Micros) {}

  /** The `after` of the next poll (exclusive), or null while nothing has been seen. */
  after(): Micros | null {
    return this.#newest === null ? null : this.#newest - this.overlapMicros;
  }

  /** How many rows the cursor remembers (bounded by the rows inside the overlap window). */
  get remembered(): number {
    return this.#seen.size;
  }

  /** Records a poll's rows and returns those not returned before, oldest first. */
  advance(batch: LogBatch): LogEntry[] {
    const fresh: LogEntry[] = [];
    for (const { timed, count } of batch.inTimeOrder()) {
      const seen = this.#seen.get(timed.key);
      for (let i = seen?.count ?? 0; i < count; i++) fresh.push(timed.entry);
      if (!seen || count > seen.count) this.#seen.set(timed.key, { micros: timed.micros, count });
    }
    if (batch.newest !== null) this.#newest = Math.max(this.#newest ?? batch.newest, batch.newest);
    this.#forgetBeforeWindow();
    return fresh;
  }

  /** Rows at or before `after` can never be returned again (the server's `after` is strict). */
  #forgetBeforeWindow(): void {
    const after = this.after();
    if (after === null) return;
    for (const [key, seen] of this.#seen) {
      if (seen.micros <= after) this.#seen.delete(key);
    }
  }
}
