// One poll's worth of rows. PostHog answers newest first and at most `limit` rows, so a full page
// may hide older rows: page back with `before` until a page comes back short.
import type { LogEntry, LogsQuery, Paginated } from '../api';
import { LogBatch, toTimedEntry, type TimedEntry } from './logEntries';
import { formatMicros, type Micros } from '../common/microTime';

/** One logs request (a function's or a flow's); `signal` cancels it. `invalid`: rows the client left out (Page). */
export type FetchLogPage = (query: LogsQuery, signal: AbortSignal) => Promise<Paginated<LogEntry> & { invalid?: readonly unknown[] }>;

export interface WindowQuery {
  /** Exclusive lower bound, or null for "from the newest row back". */
  after: Micros | null;
  limit: number;
  levels?: readonly string[];
  search?: string;
  /** Safety bound on requests per poll; reaching it leaves a reported gap. */
  maxPages: number;
  /** Stops paging back early once the rows gathered are enough (the first poll's history). */
  enough?: (batch: LogBatch) => boolean;
}

export interface WindowResult {
  batch: LogBatch;
  /** Human-readable notes about rows that could not be fetched. */
  gaps: string[];
}

export async function fetchWindow(fetchPage: FetchLogPage, query: WindowQuery, signal: AbortSignal): Promise<WindowResult> {
  const batch = new LogBatch();
  const gaps: string[] = [];
  let before: Micros | undefined;
  let previousOldest: Micros | undefined;
  for (let pages = 1; ; pages++) {
    const page = await fetchPage(logsQuery(query, before), signal);
    const rows = Array.isArray(page.results) ? page.results : [];
    // Rows in a shape the client could not read were on the page too: they count towards `limit`.
    const unreadable = page.invalid?.length ?? 0;
    const entries = rows.map(toTimedEntry).filter((e): e is TimedEntry => e !== null);
    if (entries.length < rows.length) gaps.push(`${rows.length - entries.length} log entries without a valid timestamp were skipped.`);
    if (unreadable > 0) gaps.push(`${unreadable} log entries PostHog sent in an unexpected shape were skipped.`);
    batch.addPage(entries);
    if (rows.length + unreadable < query.limit || query.enough?.(batch)) break;
    const oldest = Math.min(...entries.map((e) => e.micros));
    if (!Number.isFinite(oldest)) break;
    if (pages >= query.maxPages) {
      gaps.push(`Stopped after ${pages} requests: entries older than ${formatMicros(oldest)} in this poll were not fetched.`);
      break;
    }
    // `before` is strict, so ask for oldest + 1 µs: the page was cut by `limit`, and more rows may
    // share the oldest timestamp. If a whole page shares one timestamp, more than `limit` rows do,
    // and the surplus cannot be reached: step past that timestamp and say so.
    if (oldest === previousOldest) {
      gaps.push(`More than ${query.limit} entries share the timestamp ${formatMicros(oldest)}; some of them could not be fetched.`);
      before = oldest;
    } else {
      before = oldest + 1;
    }
    previousOldest = oldest;
  }
  return { batch, gaps };
}

function logsQuery(query: WindowQuery, before: Micros | undefined): LogsQuery {
  const result: LogsQuery = { limit: query.limit };
  if (query.after !== null) result.after = formatMicros(query.after);
  if (before !== undefined) result.before = formatMicros(before);
  if (query.levels?.length) result.level = query.levels;
  if (query.search) result.search = query.search;
  return result;
}
