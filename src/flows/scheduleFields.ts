// The fields of a flow schedule as the user types them: checked before anything is sent (PostHog
// re-checks: at most hourly, has future occurrences), and asked for through input boxes.
import type { Schedule, ScheduleCreate } from '../api/types/schedule';
import type { PrompterSlot } from '../ui/prompter';

const FREQUENCIES = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY'];

export function rruleProblem(text: string): string | undefined {
  const parts = text.trim().replace(/^RRULE:/i, '').split(';').filter(Boolean);
  if (parts.length === 0) return 'Enter an RRULE, e.g. FREQ=DAILY;BYHOUR=9;BYMINUTE=0';
  const rule = new Map<string, string>();
  for (const part of parts) {
    const [key, value] = part.split('=');
    if (!key || !value) return `'${part}' is not KEY=VALUE.`;
    rule.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = rule.get('FREQ');
  if (!freq || !FREQUENCIES.includes(freq)) return 'An RRULE needs FREQ=YEARLY, MONTHLY, WEEKLY, DAILY or HOURLY.';
  if (freq === 'MINUTELY' || freq === 'SECONDLY') return 'Schedules run at most once per hour.';
  return undefined;
}

export function startsAtProblem(text: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(text.trim()) || Number.isNaN(Date.parse(text.trim()))) {
    return 'Enter an ISO 8601 date and time, e.g. 2025-07-01T09:00:00Z';
  }
  return undefined;
}

export function timezoneProblem(text: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: text.trim() });
    return text.trim() === '' ? 'Enter an IANA time zone, e.g. UTC or Europe/Berlin' : undefined;
  } catch {
    return `'${text}' is not a known time zone (IANA names, e.g. Europe/Berlin).`;
  }
}

/** Throws the first problem of the given fields (argument form). */
export function checkFields(fields: Partial<ScheduleCreate>): void {
  const problem =
    (fields.rrule !== undefined ? rruleProblem(fields.rrule) : undefined) ??
    (fields.starts_at !== undefined ? startsAtProblem(fields.starts_at) : undefined) ??
    (fields.timezone !== undefined ? timezoneProblem(fields.timezone) : undefined);
  if (problem) throw new Error(problem);
}

/** Asks for rrule, starts_at and timezone in turn, pre-filled from `current`; undefined when dismissed. */
export async function askFields(prompts: PrompterSlot, title: string, current?: Schedule): Promise<ScheduleCreate | undefined> {
  const rrule = await prompts.current.input({
    title,
    prompt: 'Recurrence rule (RRULE)',
    value: current?.rrule ?? 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0',
    validate: rruleProblem,
  });
  if (rrule === undefined) return undefined;
  const startsAt = await prompts.current.input({
    title,
    prompt: 'Starts at (ISO 8601)',
    value: current?.starts_at ?? nextHour(),
    validate: startsAtProblem,
  });
  if (startsAt === undefined) return undefined;
  const timezone = await prompts.current.input({
    title,
    prompt: 'Time zone',
    value: current?.timezone ?? 'UTC',
    validate: timezoneProblem,
  });
  if (timezone === undefined) return undefined;
  return { rrule: rrule.trim(), starts_at: startsAt.trim(), timezone: timezone.trim() };
}

function nextHour(): string {
  const date = new Date(Date.now() + 3_600_000);
  date.setUTCMinutes(0, 0, 0);
  return date.toISOString().replace('.000Z', 'Z');
}
