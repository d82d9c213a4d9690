// Schedules of a flow: `posthog.flowSchedules` lists them in a quick pick to create, edit or delete
// one; `posthog.createFlowSchedule` / `editFlowSchedule` / `deleteFlowSchedule` do one each, with
// the fields the command was given (`scheduleId`, `rrule`, `startsAt`, `timezone`, `variables`).
import type { Schedule, ScheduleCreate, ScheduleUpdate } from '../api/types/schedule';
import type { LifecycleDeps } from '../lifecycle/deps';
import type { Target } from '../targets/resolveTarget';
import { askFields, checkFields } from './scheduleFields';

type FlowTarget = Target<'flow'>;
type Choice = { action: 'new' } | { action: 'open'; schedule: Schedule };

/** One GET of the schedules, then whatever the user picks. */
export async function manageSchedules(deps: LifecycleDeps, target: FlowTarget, signal: AbortSignal): Promise<unknown> {
  const { client } = await deps.clients.get(target.ref.authority);
  const schedules = client.hogFlows.schedules.list(target.ref.projectId, target.ref.id, { signal });
  const items = schedules.then((list) => [
    { label: '$(add) New schedule…', value: { action: 'new' } as Choice },
    ...list.map((s) => ({ label: s.rrule, description: `${s.status} · from ${s.starts_at} (${s.timezone})`, detail: nextRun(s), value: { action: 'open', schedule: s } as Choice })),
  ]);
  const choice = await deps.prompts.current.pick(items, { title: 'Flow schedules', placeholder: 'Pick a schedule to edit or delete' });
  if (!choice) return undefined;
  if (choice.action === 'new') return create(deps, target, undefined, signal);
  const action = await deps.prompts.current.pick(
    [{ label: 'Edit…', value: 'edit' as const }, { label: 'Delete…', value: 'delete' as const }],
    { title: `Schedule ${choice.schedule.rrule}` },
  );
  if (action === 'edit') return edit(deps, target, choice.schedule, undefined, signal);
  if (action === 'delete') return remove(deps, target, choice.schedule, signal);
  return undefined;
}

/** With `rrule` and `startsAt` given, nothing is asked. */
export function createSchedule(deps: LifecycleDeps, target: FlowTarget, fields: ScheduleUpdate, signal: AbortSignal): Promise<Schedule | undefined> {
  const complete = fields.rrule !== undefined && fields.starts_at !== undefined ? (fields as ScheduleCreate) : undefined;
  return create(deps, target, complete, signal);
}

/** Without any field given, the schedule is fetched (one GET) and its fields asked for. */
export async function editSchedule(deps: LifecycleDeps, target: FlowTarget, scheduleId: string | undefined, fields: ScheduleUpdate, signal: AbortSignal): Promise<Schedule | undefined> {
  const id = requiredScheduleId(scheduleId);
  if (Object.keys(fields).length > 0) return edit(deps, target, { id }, fields, signal);
  const { client } = await deps.clients.get(target.ref.authority);
  const list = await client.hogFlows.schedules.list(target.ref.projectId, target.ref.id, { signal });
  const schedule = list.find((s) => s.id === id);
  if (!schedule) throw new Error(`The flow has no schedule ${id}; it may have been deleted.`);
  return edit(deps, target, schedule, undefined, signal);
}

export function deleteSchedule(deps: LifecycleDeps, target: FlowTarget, scheduleId: string | undefined, signal: AbortSignal): Promise<boolean> {
  return remove(deps, target, { id: requiredScheduleId(scheduleId) }, signal);
}

async function create(deps: LifecycleDeps, target: FlowTarget, given: ScheduleCreate | undefined, signal: AbortSignal): Promise<Schedule | undefined> {
  if (given) checkFields(given);
  const fields = given ?? (await askFields(deps.prompts, 'New flow schedule'));
  if (!fields) return undefined;
  const { client } = await deps.clients.get(target.ref.authority);
  const schedule = await client.hogFlows.schedules.create(target.ref.projectId, target.ref.id, fields, { signal });
  void deps.prompts.current.info(`Schedule created: ${schedule.rrule} from ${schedule.starts_at} (${schedule.timezone}).${activeOnlyNote()}`, []);
  return schedule;
}

/** PATCHes only the fields that change; nothing is sent when none does. */
async function edit(
  deps: LifecycleDeps,
  target: FlowTarget,
  schedule: Pick<Schedule, 'id'> & Partial<Schedule>,
  given: ScheduleUpdate | undefined,
  signal: AbortSignal,
): Promise<Schedule | undefined> {
  if (given) checkFields(given);
  const fields = given ?? (await askFields(deps.prompts, 'Edit flow schedule', schedule as Schedule));
  if (!fields) return undefined;
  const patch = Object.fromEntries(Object.entries(fields).filter(([key, value]) => schedule[key as keyof Schedule] !== value)) as ScheduleUpdate;
  if (Object.keys(patch).length === 0) return undefined;
  const { client } = await deps.clients.get(target.ref.authority);
  return client.hogFlows.schedules.update(target.ref.projectId, target.ref.id, schedule.id, patch, { signal });
}

async function remove(deps: LifecycleDeps, target: FlowTarget, schedule: Pick<Schedule, 'id'> & Partial<Schedule>, signal: AbortSignal): Promise<boolean> {
  const what = schedule.rrule ? `“${schedule.rrule}”` : schedule.id;
  const confirmed = await deps.prompts.current.confirm(`Delete the schedule ${what}?`, 'The flow stops running on this schedule.', 'Delete');
  if (!confirmed) return false;
  const { client } = await deps.clients.get(target.ref.authority);
  await client.hogFlows.schedules.delete(target.ref.projectId, target.ref.id, schedule.id, { signal });
  return true;
}

function requiredScheduleId(id: string | undefined): string {
  if (!id) throw new Error('Pick the schedule through “PostHog: Flow Schedules…”.');
  return id;
}

function nextRun(schedule: Schedule): string {
  return schedule.next_run_at ? `Next run ${schedule.next_run_at}` : 'Next run not planned yet';
}

function activeOnlyNote(): string {
  return ' Schedules run only while the flow is active with a schedule or batch trigger.';
}
