// Schedules of a Hog flow: /api/projects/{project_id}/hog_flows/{flow_id}/schedules/.
import { checkId } from './ids';
import { projectPath } from './paths';
import { schedule } from './shape/hogFlow';
import type { CallOptions, Transport } from './transport';
import type { ProjectId } from './types/common';
import type { Schedule, ScheduleCreate, ScheduleUpdate } from './types/schedule';

export class FlowSchedulesApi {
  constructor(private readonly transport: Transport) {}

  /** Newest first; a bare array, not paginated. */
  async list(projectId: ProjectId, flowId: string, options: CallOptions = {}): Promise<Schedule[]> {
    return this.transport.send({ method: 'GET', path: path(projectId, flowId), expect: 'array', shape: schedule, ...options });
  }

  async create(projectId: ProjectId, flowId: string, body: ScheduleCreate, options: CallOptions = {}): Promise<Schedule> {
    return this.transport.send({ method: 'POST', path: path(projectId, flowId), body, expect: 'object', shape: schedule, ...options });
  }

  /** Changing rrule, starts_at or timezone resets next_run_at. */
  async update(projectId: ProjectId, flowId: string, scheduleId: string, patch: ScheduleUpdate, options: CallOptions = {}): Promise<Schedule> {
    return this.transport.send({
      method: 'PATCH', path: path(projectId, flowId, scheduleId), body: patch, expect: 'object', shape: schedule, expectId: scheduleId, ...options,
    });
  }

  async delete(projectId: ProjectId, flowId: string, scheduleId: string, options: CallOptions = {}): Promise<void> {
    return this.transport.send({ method: 'DELETE', path: path(projectId, flowId, scheduleId), expect: 'empty', ...options });
  }
}

function path(projectId: ProjectId, flowId: string, scheduleId?: string): string {
  const flow = checkId('hog flow', flowId);
  return scheduleId === undefined
    ? projectPath(projectId, 'hog_flows', flow, 'schedules')
    : projectPath(projectId, 'hog_flows', flow, 'schedules', checkId('schedule', scheduleId));
}
