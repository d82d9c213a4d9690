// PostHog's timestamps carry microseconds (`2025-06-03T10:15:02.481223Z`), more than a JS Date
// holds. Code that compares or steps them (the log tail's cursor, the emulator's clock) works on
// integer microseconds since the epoch instead, parsed straight from the string (exact as a double
// until the year 2255).

/** Microseconds since 1970-01-01T00:00:00Z. */
export type Micros = number;

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Parses an ISO 8601 datetime; digits past the sixth are dropped, a missing zone means UTC. */
export function parseMicros(text: string): Micros | null {
  const match = ISO.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const wholeMs = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5]);
  // Date.UTC rolls 2025-13-45 over into 2026; a real datetime survives the round trip unchanged.
  const back = new Date(wholeMs);
  const same = [back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate(), back.getUTCHours(), back.getUTCMinutes(), back.getUTCSeconds()];
  if (same.some((value, i) => value !== fields[i])) return null;
  return wholeMs * 1000 + Number(fraction.slice(0, 6).padEnd(6, '0')) - zoneOffsetMicros(zone);
}

/** Always six fraction digits and `Z`, e.g. `2025-06-03T10:15:02.000481Z`. */
export function formatMicros(micros: Micros): string {
  const seconds = Math.floor(micros / 1_000_000);
  const fraction = micros - seconds * 1_000_000;
  const whole = new Date(seconds * 1000).toISOString().slice(0, 19);
  return `${whole}.${String(fraction).padStart(6, '0')}Z`;
}

/** `Z`, `+02:00`, `-0530`, `+02` as microseconds east of UTC. */
export function zoneOffsetMicros(zone: string): Micros {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return sign * minutes * 60_000_000;
}
