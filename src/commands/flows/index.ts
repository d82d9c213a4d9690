// Flow commands: status, schedules, batch jobs, bulk delete of archived flows.
import type { CommandRegistry } from '../../ui/commands';
import type { LifecycleDeps } from '../lifecycle/context';
import { listBatchJobs, startBatchJob } from './batchJobs';
import { bulkDeleteArchivedFlows } from './bulkDelete';
import { createSchedule, deleteSchedule, editSchedule, manageSchedules } from './schedules';
import { changeFlowStatus } from './status';

export function registerFlowCommands(registry: CommandRegistry, deps: LifecycleDeps): void {
  registry.register('posthog.changeFlowStatus', (run, arg) => changeFlowStatus(deps, run, arg), { progress: 'Changing the flow status…' });
  registry.register('posthog.flowSchedules', (run, arg) => manageSchedules(deps, run, arg), { progress: 'Loading schedules…' });
  registry.register('posthog.createFlowSchedule', (run, arg) => createSchedule(deps, run, arg), { progress: 'Creating a schedule…' });
  registry.register('posthog.editFlowSchedule', (run, arg) => editSchedule(deps, run, arg), { progress: 'Updating the schedule…' });
  registry.register('posthog.deleteFlowSchedule', (run, arg) => deleteSchedule(deps, run, arg), { progress: 'Deleting the schedule…' });
  registry.register('posthog.flowBatchJobs', (run, arg) => listBatchJobs(deps, run, arg), { progress: 'Loading batch jobs…' });
  registry.register('posthog.startFlowBatchJob', (run, arg) => startBatchJob(deps, run, arg), { progress: 'Starting a batch job…' });
  registry.register('posthog.bulkDeleteArchivedFlows', (run, arg) => bulkDeleteArchivedFlows(deps, run, arg), { progress: 'Deleting archived flows…' });
}
