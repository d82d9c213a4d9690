// Schedules of a flow: `posthog.flowSchedules` lists them in a quick pick to create, edit or delete
// one; `posthog.createFlowSchedule` / `editFlowSchedule` / `deleteFlowSchedule` do one each, and
// take `{ projectId, flowId, scheduleId?, rrule?, startsAt?, timezone? }` for automation.
import type { Schedule, ScheduleCreate, ScheduleUpdate } from '../api/types/schedule';
import type { CommandRun } from '../ui/commands';
import { clientFor, type LifecycleDeps } from '../lifecycle/context';
import { objectTarget, recordArg, stringArg, type ObjectTarget } from '../lifecycle/target';
import { askFields, checkFields } from './scheduleFields';

type Choice = { action: 'new' } | { action: 'open'; schedule: Schedule };

/** One GET of the schedules, then whatever the user picks. */
export async function manageSchedules(deps: LifecycleDeps, run: CommandRun, arg: unknown): Promise<unknown> {
  const target = objectTarget(deps.store, arg, 'flow');
  const client = await clientFor(deps, target.project);
  const schedules = client.hogFlows.schedules.list(target.project.projectId, target.id, { signal: run.signal });
  const items = schedules.then((list) => [
    { label: '$(add) New schedule…', value: { action: 'new' } as Choice },
    ...list.map((s) => ({ label: s.rrule, description: `${s.status} · from ${s.starts_at} (${s.timezone})`, detail: nextRun(s), value: { action: 'open', schedule: s } as Choice })),
  ]);
  const choice = await deps.prompts.current.pick(items, { title: 'Flow schedules', placeholder: 'Pick a schedule to edit or delete' });
  if (!choice) return undefined;
  if (choice.action === 'new') return create(deps, run, target, undefined);
  const action = await deps.prompts.current.pick(
    [{ label: 'Edit…', value: 'edit' as const }, { label: 'Delete…', value: 'delete' as const }],
    { title: `Schedule ${choice.schedule.rrule}` },
  );
  if (action === 'edit') return edit(deps, run, target, choice.schedule, undefined);
  if (action === 'delete') return remove(deps, run, target, choice.schedule);
  return undefined;
}

export function createSchedule(deps: LifecycleDeps, run: CommandRun, arg: unknown): Promise<Schedule | undefined> {
  const fields = fieldsArg(arg);
  const complete = fields.rrule !== undefined && fields.starts_at !== undefined ? (fields as ScheduleCreate) : undefined;
  return create(deps, run, objectTarget(deps.store, arg, 'flow'), complete);
}

/** Without any field in the argument, the schedule is fetched (one GET) and its fields asked for. */
export async function editSchedule(deps: LifecycleDeps, run: CommandRun, arg: unknown): Promise<Schedule | undefined> {
  const target = objectTarget(deps.store, arg, 'flow');
  const scheduleId = requiredScheduleId(arg);
  const fields = fieldsArg(arg);
  if (Object.keys(fields).length > 0) return edit(deps, run, target, { id: scheduleId }, fields);
  const client = await clientFor(deps, target.project);
  const list = await client.hogFlows.schedules.list(target.project.projectId, target.id, { signal: run.signal });
  const schedule = list.find((s) => s.id === scheduleId);
  if (!schedule) throw new Error(`The flow has no schedule ${scheduleId}; it may have been deleted.`);
  return edit(deps, run, target, schedule, undefined);
}

export function deleteSchedule(deps: LifecycleDeps, run: CommandRun, arg: unknown): Promise<boolean> {
  return remove(deps, run, objectTarget(deps.store, arg, 'flow'), { id: requiredScheduleId(arg) });
}

async function create(deps: LifecycleDeps, run: CommandRun, target: ObjectTarget, given: ScheduleCreate | undefined): Promise<Schedule | undefined> {
  if (given) checkFields(given);
  const fields = given ?? (await askFields(deps.prompts, 'New flow schedule'));
  if (!fields) return undefined;
  const client = await clientFor(deps, target.project);
  const schedule = await client.hogFlows.schedules.create(target.project.projectId, target.id, fields, { signal: run.signal });
  void deps.prompts.current.info(`Schedule created: ${schedule.rrule} from ${schedule.starts_at} (${schedule.timezone}).${activeOnlyNote()}`, []);
  return schedule;
}

/** PATCHes only the fields that change; nothing is sent when none does. */
async function edit(
  deps: LifecycleDeps,
  run: CommandRun,
  target: ObjectTarget,
  schedule: Pick<Schedule, 'id'> & Partial<Schedule>,
  given: ScheduleUpdate | undefined,
): Promise<Schedule | undefined> {
  if (given) checkFields(given);
  const fields = given ?? (await askFields(deps.prompts, 'Edit flow schedule', schedule as Schedule));
  if (!fields) return undefined;
  const patch = Object.fromEntries(Object.entries(fields).filter(([key, value]) => schedule[key as keyof Schedule] !== value)) as ScheduleUpdate;
  if (Object.keys(patch).length === 0) return undefined;
  const client = await clientFor(deps, target.project);
  return client.hogFlows.schedules.update(target.project.projectId, target.id, schedule.id, patch, { signal: run.signal });
}

async function remove(deps: LifecycleDeps, run: CommandRun, target: ObjectTarget, schedule: Pick<Schedule, 'id'> & Partial<Schedule>): Promise<boolean> {
  const what = schedule.rrule ? `“${schedule.rrule}”` : schedule.id;
  const confirmed = await deps.prompts.current.confirm(`Delete the schedule ${what}?`, 'The flow stops running on this schedule.', 'Delete');
  if (!confirmed) return false;
  const client = await clientFor(deps, target.project);
  await client.hogFlows.schedules.delete(target.project.projectId, target.id, schedule.id, { signal: run.signal });
  return true;
}

function fieldsArg(arg: unknown): ScheduleUpdate {
  const fields: ScheduleUpdate = {};
  const rrule = stringArg(arg, 'rrule');
  const startsAt = stringArg(arg, 'startsAt');
  const timezone = stringArg(arg, 'timezone');
  const variables = recordArg(arg, 'variables');
  if (rrule !== undefined) fields.rrule = rrule;
  if (startsAt !== undefined) fields.starts_at = startsAt;
  if (timezone !== undefined) fields.timezone = timezone;
  if (variables !== undefined) fields.variables = variables;
  return fields;
}

function requiredScheduleId(arg: unknown): string {
  const id = stringArg(arg, 'scheduleId');
  if (!id) throw new Error('Pick the schedule through “PostHog: Flow Schedules…”.');
  return id;
}

function nextRun(schedule: Schedule): string {
  return schedule.next_run_at ? `Next run ${schedule.next_run_at}` : 'Next run not planned yet';
}

function activeOnlyNote(): string {
  return ' Schedules run only while the flow is active with a schedule or batch trigger.';
}
