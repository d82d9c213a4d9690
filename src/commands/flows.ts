// Flow commands: status, schedules, batch jobs, bulk delete of archived flows.
import type { ScheduleUpdate } from '../api/types/schedule';
import { listBatchJobs, startBatchJob } from '../flows/batchJobs';
import { bulkDeleteArchivedFlows } from '../flows/bulkDelete';
import { createSchedule, deleteSchedule, editSchedule, manageSchedules } from '../flows/schedules';
import { changeFlowStatus } from '../flows/status';
import { recordArg, stringArg } from '../targets/commandArgs';
import { resolveProject, resolveTarget } from '../targets/resolveTarget';
import type { CommandRegistry } from '../ui/commands';
import type { CommandContext } from './context';

export function registerFlowCommands(registry: CommandRegistry, ctx: CommandContext): void {
  const flow = (arg: unknown) => resolveTarget(ctx, arg, 'flow');
  const scheduleId = (arg: unknown) => stringArg(arg, 'scheduleId');
  registry.registerCommand('posthog.changeFlowStatus', async (run, arg) => changeFlowStatus(ctx, await flow(arg), stringArg(arg, 'status'), run.signal), {
    progress: 'Changing the flow status…',
  });
  registry.registerCommand('posthog.flowSchedules', async (run, arg) => manageSchedules(ctx, await flow(arg), run.signal), { progress: 'Loading schedules…' });
  registry.registerCommand('posthog.createFlowSchedule', async (run, arg) => createSchedule(ctx, await flow(arg), scheduleFields(arg), run.signal), {
    progress: 'Creating a schedule…',
  });
  registry.registerCommand('posthog.editFlowSchedule', async (run, arg) => editSchedule(ctx, await flow(arg), scheduleId(arg), scheduleFields(arg), run.signal), {
    progress: 'Updating the schedule…',
  });
  registry.registerCommand('posthog.deleteFlowSchedule', async (run, arg) => deleteSchedule(ctx, await flow(arg), scheduleId(arg), run.signal), {
    progress: 'Deleting the schedule…',
  });
  registry.registerCommand('posthog.flowBatchJobs', async (run, arg) => listBatchJobs(ctx, await flow(arg), run.signal), { progress: 'Loading batch jobs…' });
  registry.registerCommand('posthog.startFlowBatchJob', async (run, arg) => startBatchJob(ctx, await flow(arg), recordArg(arg, 'variables'), run.signal), {
    progress: 'Starting a batch job…',
  });
  registry.registerCommand('posthog.bulkDeleteArchivedFlows', async (run, arg) => bulkDeleteArchivedFlows(ctx, await resolveProject(ctx, arg), run.signal), {
    progress: 'Deleting archived flows…',
  });
}

/** `{ rrule?, startsAt?, timezone?, variables? }` in PostHog's field names. */
function scheduleFields(arg: unknown): ScheduleUpdate {
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
