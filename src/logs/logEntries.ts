// Log rows as the tail handles them: checked at the boundary, stamped with exact microseconds and
// a de-duplication key (PostHog log entries have no id).
import type { LogEntry } from '../api';
import { parseMicros, type Micros } from '../common/microTime';

export interface TimedEntry {
  entry: LogEntry;
  micros: Micros;
  /** Same timestamp, instance, level and message: the same row, whichever page it came in. */
  key: string;
}

/** Null when the row has no usable timestamp (it could not be placed in time). */
export function toTimedEntry(raw: unknown): TimedEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const row = raw as Record<string, unknown>;
  const micros = typeof row.timestamp === 'string' ? parseMicros(row.timestamp) : null;
  if (micros === null) return null;
  const entry: LogEntry = {
    log_source_id: text(row.log_source_id),
    instance_id: text(row.instance_id),
    timestamp: row.timestamp as string,
    level: text(row.level).toUpperCase(),
    message: text(row.message),
  };
  return { entry, micros, key: JSON.stringify([micros, entry.instance_id, entry.level, entry.message]) };
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

interface Slot {
  timed: TimedEntry;
  /** How many identical rows exist, as far as any single page showed. */
  count: number;
  /** First-seen position; PostHog lists newest first, so a higher number is older among equals. */
  order: number;
}

export interface CountedEntry {
  timed: TimedEntry;
  count: number;
}

/**
 * The rows gathered by one poll, possibly from several overlapping pages. A row repeated in two
 * pages counts once; two identical rows within one page (same microsecond, instance, level and
 * message) count twice, since one page never holds the same row twice.
 */
export class LogBatch {
  readonly #slots = new Map<string, Slot>();
  #total = 0;
  #newest: Micros | null = null;
  #oldest: Micros | null = null;

  addPage(entries: readonly TimedEntry[]): void {
    const counts = new Map<string, number>();
    for (const timed of entries) {
      counts.set(timed.key, (counts.get(timed.key) ?? 0) + 1);
      if (!this.#slots.has(timed.key)) this.#slots.set(timed.key, { timed, count: 0, order: this.#slots.size });
      this.#newest = Math.max(this.#newest ?? timed.micros, timed.micros);
      this.#oldest = Math.min(this.#oldest ?? timed.micros, timed.micros);
    }
    for (const [key, count] of counts) {
      const slot = this.#slots.get(key);
      if (slot && count > slot.count) {
        this.#total += count - slot.count;
        slot.count = count;
      }
    }
  }

  /** Number of rows, identical rows counted separately. */
  get size(): number {
    return this.#total;
  }

  get newest(): Micros | null {
    return this.#newest;
  }

  get oldest(): Micros | null {
    return this.#oldest;
  }

  /** Oldest first; rows sharing a timestamp keep PostHog's order, reversed. */
  inTimeOrder(): CountedEntry[] {
    return [...this.#slots.values()]
      .sort((a, b) => a.timed.micros - b.timed.micros || b.order - a.order)
      .map(({ timed, count }) => ({ timed, count }));
  }
}
