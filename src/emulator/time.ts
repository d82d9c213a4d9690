// Timestamps at microsecond precision, as PostHog returns them (`2025-06-03T10:15:02.481223Z`).
// Internally a timestamp is a number of microseconds since the epoch (see common/microTime.ts).
import { formatMicros, zoneOffsetMicros } from '../common/microTime';

export { formatMicros };

const MICROS_PER_MS = 1000;
export const MICROS_PER_HOUR = 3_600_000_000;
export const MICROS_PER_DAY = 24 * MICROS_PER_HOUR;

/** A per-emulator clock whose readings strictly increase, so two saves never share an `updated_at`. */
export class Clock {
  private last = 0;

  nowMicros(): number {
    const reading = Math.floor((performance.timeOrigin + performance.now()) * MICROS_PER_MS);
    this.last = Math.max(reading, this.last + 1);
    return this.last;
  }

  nowIso(): string {
    return formatMicros(this.nowMicros());
  }
}

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Parses an ISO 8601 datetime; a naive one (no offset) is read as UTC, like Django does. */
export function parseTimestamp(text: string): number | null {
  const m = ISO_PATTERN.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(ms)) return null;
  const fraction = Number(frac.slice(0, 6).padEnd(6, '0'));
  return ms * MICROS_PER_MS + fraction - zoneOffsetMicros(zone);
}

const RELATIVE_UNITS: Record<string, number> = {
  M: 60_000_000, // minutes (PostHog's relative_date_parse uses upper-case M)
  h: MICROS_PER_HOUR,
  d: MICROS_PER_DAY,
  w: 7 * MICROS_PER_DAY,
  m: 30 * MICROS_PER_DAY,
  y: 365 * MICROS_PER_DAY,
};

/** `-7d`, `-24h`, `-2w`, `-30M` relative to `now`, or an ISO datetime. */
export function parseRelativeOrIso(text: string, nowMicros: number): number | null {
  const m = /^-(\d+)([Mhdwmy])$/.exec(text.trim());
  if (m) return nowMicros - Number(m[1]) * (RELATIVE_UNITS[m[2] ?? 'd'] ?? MICROS_PER_DAY);
  return parseTimestamp(text);
}

/** Django REST framework's datetime output: microseconds only when non-zero. */
export function formatDrf(micros: number): string {
  const full = formatMicros(micros);
  return micros % 1_000_000 === 0 ? `${full.slice(0, 19)}Z` : full;
}
