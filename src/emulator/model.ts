// What the emulator stores. Stored records keep secrets in clear; serializers decide what leaves.
import type { UserBasic as WireUserBasic } from '../api/types/common';
import type { JsonObject, JsonValue } from './json';

/** `created_by` as the emulator stores and returns it: PostHog's wire shape with every field present. */
export interface UserBasic extends Required<Omit<WireUserBasic, 'hedgehog_config'>>, JsonObject {
  hedgehog_config: null;
}

export interface Organization {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
  membershipLevel: number;
}

export interface Project {
  id: number;
  uuid: string;
  organizationId: string;
  apiToken: string;
  name: string;
  timezone: string;
}

export const HOG_FUNCTION_TYPES = [
  'destination',
  'site_destination',
  'internal_destination',
  'source_webhook',
  'warehouse_source_webhook',
  'site_app',
  'transformation',
  'transformation_log',
] as const;
export type HogFunctionType = (typeof HOG_FUNCTION_TYPES)[number];

export function isHogFunctionType(value: unknown): value is HogFunctionType {
  return typeof value === 'string' && (HOG_FUNCTION_TYPES as readonly string[]).includes(value);
}

/** Site functions hold TypeScript, not Hog. */
export function isSiteType(type: HogFunctionType): boolean {
  return type === 'site_destination' || type === 'site_app';
}

export function isTransformationType(type: HogFunctionType): boolean {
  return type === 'transformation' || type === 'transformation_log';
}

export interface InputSchemaItem extends JsonObject {
  key: string;
  type: string;
}

export interface StoredInput {
  value: JsonValue;
  templating?: 'hog' | 'liquid';
}

export type StoredInputs = Record<string, StoredInput>;

/** HogFunctionState: 1 healthy, 2 degraded, 3 disabled by the watcher, 11/12 forced. */
export type HealthState = 0 | 1 | 2 | 3 | 11 | 12;

export interface StoredHogFunction {
  id: string;
  projectId: number;
  type: HogFunctionType;
  name: string;
  description: string;
  createdAt: string;
  createdBy: UserBasic | null;
  updatedAt: string;
  enabled: boolean;
  deleted: boolean;
  hog: string;
  inputsSchema: InputSchemaItem[];
  inputs: StoredInputs;
  filters: JsonObject;
  masking: JsonObject | null;
  mappings: JsonValue[] | null;
  iconUrl: string | null;
  templateId: string | null;
  health: HealthState;
  executionOrder: number | null;
  version: number;
  /** Content staged for review (reference §11), secrets in clear like `inputs`; null when none. */
  draft: FunctionContent | null;
  draftUpdatedAt: string | null;
}

/** What a function's draft stages, a publish promotes and a revision snapshots. */
export type FunctionContent = Pick<StoredHogFunction, 'hog' | 'inputsSchema' | 'inputs' | 'filters' | 'mappings' | 'masking'>;

export interface HogFunctionTemplate extends JsonObject {
  id: string;
  name: string;
  description: string;
  code: string;
  code_language: 'hog' | 'javascript';
  inputs_schema: InputSchemaItem[];
  type: HogFunctionType;
  status: 'alpha' | 'beta' | 'stable' | 'deprecated' | 'hidden';
  category: string[];
  free: boolean;
  icon_url: string;
  filters: JsonObject | null;
  masking: JsonObject | null;
  mapping_templates: JsonValue[] | null;
}

export const FLOW_STATUSES = ['draft', 'active', 'archived'] as const;
export type FlowStatus = (typeof FLOW_STATUSES)[number];

export interface FlowAction extends JsonObject {
  id: string;
  name: string;
  type: string;
  config: JsonObject;
}

export interface StoredHogFlow {
  id: string;
  projectId: number;
  name: string | null;
  description: string;
  version: number;
  status: FlowStatus;
  originProduct: string | null;
  createdAt: string;
  createdBy: UserBasic | null;
  updatedAt: string;
  triggerMasking: JsonObject | null;
  conversion: JsonObject | null;
  exitCondition: string;
  emailSendingRateLimit: JsonObject | null;
  edges: JsonValue[];
  actions: FlowAction[];
  abortAction: string | null;
  variables: JsonObject[];
  /** Content staged for review, secrets in clear like `actions`; null when none. */
  draft: FlowContent | null;
  draftUpdatedAt: string | null;
}

/** What a flow's draft stages, a publish promotes and a revision snapshots (`trigger` is derived from `actions`). */
export type FlowContent = Pick<
  StoredHogFlow,
  'actions' | 'edges' | 'triggerMasking' | 'conversion' | 'exitCondition' | 'emailSendingRateLimit' | 'abortAction' | 'variables'
>;

/** One row of an object's version history; `content` has its secret inputs removed. */
export interface StoredRevision<Content> {
  version: number;
  createdAt: string;
  /** Null for the snapshot of the state before the first tracked change. */
  createdBy: UserBasic | null;
  content: Content;
}

export interface FlowSchedule extends JsonObject {
  id: string;
  rrule: string;
  starts_at: string;
  timezone: string;
  variables: JsonObject;
  status: 'active' | 'paused' | 'completed';
  next_run_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface BatchJob extends JsonObject {
  id: string;
  status: 'waiting' | 'queued' | 'active' | 'completed' | 'failed' | 'cancelled';
  hog_flow: string;
  filters: JsonObject;
  variables: JsonObject;
  created_at: string;
  created_by: UserBasic | null;
  updated_at: string;
}

export type LogLevel = 'DEBUG' | 'LOG' | 'INFO' | 'WARN' | 'WARNING' | 'ERROR';

export interface LogEntry {
  sourceId: string;
  instanceId: string;
  micros: number;
  level: LogLevel;
  message: string;
}

/** One metric count in one hour bucket (the seed and the live timer write hourly points). */
export interface MetricPoint {
  micros: number;
  kind: string;
  name: string;
  count: number;
}

export type SourceKind = 'hog_function' | 'hog_flow';

/** An event seen in a project (event_definitions). */
export interface StoredEventDefinition {
  id: string;
  name: string;
  created_at: string;
  last_seen_at: string;
}

/** A property seen on events, persons, groups or sessions (property_definitions). */
export interface StoredPropertyDefinition {
  id: string;
  name: string;
  type: 'event' | 'person' | 'group' | 'session';
  property_type: string | null;
  group_type_index?: number;
}
