// Optimistic concurrency: the `base_updated_at` guard shared by functions and flows.
import { staleUpdate, validationError } from './errors';
import { parseTimestamp } from './time';

/** 409 when the stored stamp is strictly newer than `base` (microsecond-exact, naive = UTC). */
export function assertNotStale(storedUpdatedAt: string, base: unknown, detail: string): void {
  if (base === undefined || base === null) return;
  const baseMicros = typeof base === 'string' ? parseTimestamp(base) : null;
  if (baseMicros === null) {
    throw validationError(
      'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
      'base_updated_at',
      'invalid',
    );
  }
  const storedMicros = parseTimestamp(storedUpdatedAt) ?? 0;
  if (storedMicros > baseMicros) throw staleUpdate(detail);
}
