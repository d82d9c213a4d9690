// Flow commands: status, schedules, batch jobs, bulk delete of archived flows.
import type { CommandRegistry } from '../ui/commands';
import type { LifecycleDeps } from '../lifecycle/context';
import { listBatchJobs, startBatchJob } from '../flows/batchJobs';
import { bulkDeleteArchivedFlows } from '../flows/bulkDelete';
import { createSchedule, deleteSchedule, editSchedule, manageSchedules } from '../flows/schedules';
import { changeFlowStatus } from '../flows/status';

export function registerFlowCommands(registry: CommandRegistry, deps: LifecycleDeps): void {
  registry.registerCommand('posthog.changeFlowStatus', (run, arg) => changeFlowStatus(deps, run, arg), { progress: 'Changing the flow status…' });
  registry.registerCommand('posthog.flowSchedules', (run, arg) => manageSchedules(deps, run, arg), { progress: 'Loading schedules…' });
  registry.registerCommand('posthog.createFlowSchedule', (run, arg) => createSchedule(deps, run, arg), { progress: 'Creating a schedule…' });
  registry.registerCommand('posthog.editFlowSchedule', (run, arg) => editSchedule(deps, run, arg), { progress: 'Updating the schedule…' });
  registry.registerCommand('posthog.deleteFlowSchedule', (run, arg) => deleteSchedule(deps, run, arg), { progress: 'Deleting the schedule…' });
  registry.registerCommand('posthog.flowBatchJobs', (run, arg) => listBatchJobs(deps, run, arg), { progress: 'Loading batch jobs…' });
  registry.registerCommand('posthog.startFlowBatchJob', (run, arg) => startBatchJob(deps, run, arg), { progress: 'Starting a batch job…' });
  registry.registerCommand('posthog.bulkDeleteArchivedFlows', (run, arg) => bulkDeleteArchivedFlows(deps, run, arg), { progress: 'Deleting archived flows…' });
}
