// Hog flows and what hangs off them (reference §6; products/workflows/backend/api/hog_flow.py):
// list and full forms, schedules, batch jobs, blast radius, bulk delete.
import type { BatchJob, BlastRadius, HogFlow, HogFlowSummary } from '../types/hogFlow';
import type { Schedule } from '../types/schedule';
import {
  type Check, fields, fieldsOf, integer, isPlainObject, listOf, mapOf, nullable, object, optional, string,
} from './check';
import { nullableObject, timestamp, userBasic, uuid } from './common';
import { shape } from './shape';

/**
 * `edges` and `actions`: a list, or `{}`, the model's legacy default for a flow never saved with
 * them ("The model's legacy default for actions/edges is `{}`, but the API shape is a list",
 * hog_flow.py).
 */
function listOrLegacyEmpty(item: Check): Check {
  const list = listOf(item);
  return Object.assign<Check, { expected: string }>((value, path) => {
    if (isPlainObject(value) && Object.keys(value).length === 0) return;
    list(value, path);
  }, { expected: 'a list' });
}

function listOrEmpty(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Actions are stored JSON the flow document shows; their id and type are what the extension reads. */
const action = fields({ id: string, type: string });

const summaryFields = {
  id: uuid,
  name: nullable(string),
  description: string,
  version: integer,
  status: string,
  origin_product: optional(nullable(string)),
  created_at: timestamp,
  created_by: userBasic,
  updated_at: timestamp,
  trigger: nullableObject,
  trigger_masking: nullableObject,
  conversion: nullableObject,
  exit_condition: string,
  email_sending_rate_limit: optional(nullableObject),
  edges: listOrLegacyEmpty(object),
  actions: listOrLegacyEmpty(action),
  abort_action: nullable(string),
  variables: nullable(listOf(fields({ key: string }))),
  billable_action_types: optional(nullable(listOf(string))),
  user_access_level: optional(nullable(string)),
};

function withLists<T>(value: Record<string, unknown>): T {
  return { ...value, edges: listOrEmpty(value.edges), actions: listOrEmpty(value.actions) } as T;
}

export const hogFlowSummary = shape<HogFlowSummary>('hog flow', fieldsOf<HogFlowSummary>(summaryFields), withLists);

const scheduleFields = fieldsOf<Schedule>({
  id: uuid,
  rrule: string,
  starts_at: timestamp,
  timezone: string,
  variables: object,
  status: string,
  next_run_at: nullable(timestamp),
  created_at: timestamp,
  updated_at: timestamp,
});

export const schedule = shape<Schedule>('schedule', scheduleFields);

export const hogFlow = shape<HogFlow>(
  'hog flow',
  fieldsOf<HogFlow>({
    ...summaryFields,
    schedules: optional(listOf(scheduleFields)),
    draft: optional(nullableObject),
    draft_updated_at: optional(nullable(timestamp)),
    action_redirects: optional(nullable(mapOf(string))),
  }),
  withLists,
);

export const batchJob = shape<BatchJob>('batch job', fieldsOf<BatchJob>({
  id: uuid,
  status: string,
  hog_flow: uuid,
  filters: nullableObject,
  variables: nullableObject,
  created_at: timestamp,
  created_by: userBasic,
  updated_at: timestamp,
}));

export const blastRadius = shape<BlastRadius>('user blast radius', fieldsOf<BlastRadius>({
  affected: integer,
  total: integer,
  limit: optional(integer),
  dedupe_key: optional(nullable(string)),
  confirm_token: optional(string),
}));

export const bulkDeleteResult = shape<{ deleted: number }>('bulk delete', fields({ deleted: integer }));
