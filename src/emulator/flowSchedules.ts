// Flow schedules sub-resource (`…/hog_flows/{id}/schedules/`): bare-array list, 201 create,
// partial update, 204 delete. next_run_at is left to PostHog's scheduler, so it starts null.
import { randomUUID } from 'node:crypto';
import { notFound, requiredError, validationError } from './errors';
import { findFlow } from './objectLookup';
import { isRecord, type JsonObject } from './json';
import type { FlowSchedule } from './model';
import { requireObject } from './request';
import { json, type Reply, type RequestContext } from './router';
import { formatDrf, parseTimestamp } from './time';

const FREQUENCIES = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY'];

export function listSchedules(ctx: RequestContext): Reply {
  const flow = findFlow(ctx);
  const schedules = [...(ctx.state.schedules.get(flow.id) ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at));
  return json(structuredClone(schedules));
}

export function createSchedule(ctx: RequestContext): Reply {
  const flow = findFlow(ctx);
  const body = requireObject(ctx.body);
  if (body.rrule === undefined) throw requiredError('rrule', 'RRULE string is required.');
  if (body.starts_at === undefined) throw requiredError('starts_at');
  const now = ctx.state.clock.nowIso();
  const schedule: FlowSchedule = {
    id: randomUUID(),
    rrule: '',
    starts_at: '',
    timezone: 'UTC',
    variables: {},
    status: 'active',
    next_run_at: null,
    created_at: now,
    updated_at: now,
    ...scheduleFields(body),
  };
  ctx.state.schedules.set(flow.id, [...(ctx.state.schedules.get(flow.id) ?? []), schedule]);
  return json(structuredClone(schedule), 201);
}

export function updateSchedule(ctx: RequestContext): Reply {
  const flow = findFlow(ctx);
  const schedule = findSchedule(ctx, flow.id);
  const changes = scheduleFields(requireObject(ctx.body));
  const timing = (['rrule', 'starts_at', 'timezone'] as const).some(
    (k) => changes[k] !== undefined && changes[k] !== schedule[k],
  );
  Object.assign(schedule, changes, { updated_at: ctx.state.clock.nowIso() });
  if (timing) {
    schedule.next_run_at = null;
    if (schedule.status === 'completed') schedule.status = 'active';
  }
  return json(structuredClone(schedule));
}

export function deleteSchedule(ctx: RequestContext): Reply {
  const flow = findFlow(ctx);
  const schedule = findSchedule(ctx, flow.id);
  ctx.state.schedules.set(flow.id, (ctx.state.schedules.get(flow.id) ?? []).filter((s) => s !== schedule));
  return { status: 204 };
}

function findSchedule(ctx: RequestContext, flowId: string): FlowSchedule {
  const schedule = ctx.state.schedules.get(flowId)?.find((s) => s.id === ctx.params.scheduleId);
  if (!schedule) throw notFound('Schedule not found');
  return schedule;
}

type ScheduleFields = Partial<Pick<FlowSchedule, 'rrule' | 'starts_at' | 'timezone' | 'variables'>>;

function scheduleFields(body: JsonObject): ScheduleFields {
  const fields: ScheduleFields = {};
  if (body.rrule !== undefined) fields.rrule = checkRrule(body.rrule);
  if (body.starts_at !== undefined) {
    const micros = typeof body.starts_at === 'string' ? parseTimestamp(body.starts_at) : null;
    if (micros === null) throw validationError('Datetime has wrong format.', 'starts_at', 'invalid');
    fields.starts_at = formatDrf(micros);
  }
  if (body.timezone !== undefined) fields.timezone = checkTimezone(body.timezone);
  if (body.variables !== undefined) {
    if (!isRecord(body.variables)) throw validationError('Expected a dictionary of items.', 'variables');
    fields.variables = structuredClone(body.variables);
  }
  return fields;
}

/** Enough RRULE parsing to enforce PostHog's rules: FREQ required, at most hourly. */
function checkRrule(raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw validationError('RRULE string is required.', 'rrule');
  const rule = new Map<string, string>();
  for (const part of raw.trim().replace(/^RRULE:/i, '').split(';').filter(Boolean)) {
    const [key, value] = part.split('=');
    if (!key || value === undefined || value === '') throw validationError('Invalid RRULE.', 'rrule');
    rule.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = rule.get('FREQ');
  if (!freq || !FREQUENCIES.includes(freq)) throw validationError('Invalid RRULE.', 'rrule');
  const interval = Number(rule.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) throw validationError('Invalid RRULE.', 'rrule');
  const manyMinutes = (rule.get('BYMINUTE') ?? '').split(',').length > 1;
  if (freq === 'MINUTELY' || freq === 'SECONDLY' || (freq === 'HOURLY' && manyMinutes)) {
    throw validationError('Schedules must run at most once per hour.', 'rrule');
  }
  if (rule.get('COUNT') === '0') throw validationError('Schedule produces no future occurrences.', 'rrule');
  return raw.trim();
}

function checkTimezone(raw: unknown): string {
  if (typeof raw !== 'string' || raw === '') throw validationError('Invalid or unknown timezone.', 'timezone');
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: raw });
    return raw;
  } catch {
    throw validationError('Invalid or unknown timezone.', 'timezone');
  }
}
