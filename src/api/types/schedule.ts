// Schedules of a Hog flow (`…/hog_flows/{id}/schedules/`).
import type { Timestamp } from './common';

export interface Schedule {
  id: string;
  rrule: string;
  starts_at: Timestamp;
  timezone: string;
  variables: Record<string, unknown>;
  status: 'active' | 'paused' | 'completed';
  next_run_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ScheduleCreate {
  rrule: string;
  starts_at: Timestamp;
  /** Default "UTC". */
  timezone?: string;
  variables?: Record<string, unknown>;
}

export type ScheduleUpdate = Partial<ScheduleCreate>;
