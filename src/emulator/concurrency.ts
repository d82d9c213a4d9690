// Optimistic concurrency: the `base_updated_at` guard shared by functions and flows.
import { staleUpdate, validationError } from './errors';
import { parseTimestamp } from './time';

/** PostHog reuses its publish wording for a stale function PATCH. */
export const FUNCTION_STALE_DETAIL =
  'This function changed since you previewed the publish, either the draft or the live config. Preview again to see where things stand now.';
export const FLOW_STALE_DETAIL =
  'This workflow was updated elsewhere since you loaded it. Reload to get the latest version before saving.';

export const DATETIME_FORMAT =
  'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].';

/** 409 when the stored stamp is strictly newer than `base` (microsecond-exact, naive = UTC). */
export function assertNotStale(storedUpdatedAt: string, base: unknown, detail: string): void {
  if (base === undefined || base === null) return;
  const baseMicros = typeof base === 'string' ? parseTimestamp(base) : null;
  if (baseMicros === null) {
    throw validationError(DATETIME_FORMAT, 'base_updated_at', 'invalid');
  }
  const storedMicros = parseTimestamp(storedUpdatedAt) ?? 0;
  if (storedMicros > baseMicros) throw staleUpdate(detail);
}
