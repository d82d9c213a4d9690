// Schedules of a Hog flow: /api/projects/{project_id}/hog_flows/{flow_id}/schedules/.
import { projectPath } from './paths';
import type { CallOptions, Transport } from './transport';
import type { ProjectId } from './types/common';
import type { Schedule, ScheduleCreate, ScheduleUpdate } from './types/schedule';

export class FlowSchedulesApi {
  constructor(private readonly transport: Transport) {}

  /** Newest first; a bare array, not paginated. */
  list(projectId: ProjectId, flowId: string, options: CallOptions = {}): Promise<Schedule[]> {
    return this.transport.send({ method: 'GET', path: path(projectId, flowId), expect: 'array', ...options });
  }

  create(projectId: ProjectId, flowId: string, body: ScheduleCreate, options: CallOptions = {}): Promise<Schedule> {
    return this.transport.send({ method: 'POST', path: path(projectId, flowId), body, expect: 'object', ...options });
  }

  /** Changing rrule, starts_at or timezone resets next_run_at. */
  update(projectId: ProjectId, flowId: string, scheduleId: string, patch: ScheduleUpdate, options: CallOptions = {}): Promise<Schedule> {
    return this.transport.send({ method: 'PATCH', path: path(projectId, flowId, scheduleId), body: patch, expect: 'object', ...options });
  }

  delete(projectId: ProjectId, flowId: string, scheduleId: string, options: CallOptions = {}): Promise<void> {
    return this.transport.send({ method: 'DELETE', path: path(projectId, flowId, scheduleId), expect: 'empty', ...options });
  }
}

function path(projectId: ProjectId, flowId: string, ...segments: string[]): string {
  return projectPath(projectId, 'hog_flows', flowId, 'schedules', ...segments);
}
