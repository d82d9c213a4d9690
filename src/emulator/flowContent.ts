// A flow's content (PostHog's DRAFT_CONTENT_FIELDS in products/workflows/backend/api/hog_flow.py:
// actions, edges, trigger, trigger_masking, conversion, exit_condition, email_sending_rate_limit,
// abort_action, variables): snapshots for drafts and revisions and their wire form. `trigger` is
// derived from the trigger action, as on the flow itself.
import { serializeAction } from './hogFlowActions';
import { isRecord, jsonEqual, type JsonObject } from './json';
import type { FlowAction, FlowContent } from './model';
import { findTemplate } from './templates';

/** Request keys that carry content: a PATCH staging a draft must send one of them. */
export const FLOW_CONTENT_KEYS = [
  'actions', 'edges', 'trigger', 'trigger_masking', 'conversion', 'exit_condition', 'email_sending_rate_limit',
  'abort_action', 'variables',
] as const;

const CONTENT_FIELDS = [
  'actions', 'edges', 'triggerMasking', 'conversion', 'exitCondition', 'emailSendingRateLimit', 'abortAction', 'variables',
] as const;

export function flowContentOf(flow: FlowContent): FlowContent {
  return structuredClone({
    actions: flow.actions,
    edges: flow.edges,
    triggerMasking: flow.triggerMasking,
    conversion: flow.conversion,
    exitCondition: flow.exitCondition,
    emailSendingRateLimit: flow.emailSendingRateLimit,
    abortAction: flow.abortAction,
    variables: flow.variables,
  });
}

export function flowContentChanged(before: FlowContent, after: FlowContent): boolean {
  return CONTENT_FIELDS.some((key) => !jsonEqual(before[key], after[key]));
}

/** A revision never holds secrets: step inputs the step's template marks secret are removed. */
export function withoutFlowSecrets(content: FlowContent): FlowContent {
  const actions = content.actions.map((action) => {
    const copy = structuredClone(action);
    const inputs = copy.config.inputs;
    if (isRecord(inputs)) for (const key of secretKeys(action)) delete inputs[key];
    return copy;
  });
  return { ...structuredClone(content), actions };
}

/** A revision restored into a draft takes each step's secrets from the live step with the same id. */
export function withLiveFlowSecrets(content: FlowContent, live: FlowAction[]): FlowContent {
  const liveById = new Map(live.map((action) => [action.id, action]));
  const actions = content.actions.map((action) => {
    const copy = structuredClone(action);
    const inputs = copy.config.inputs;
    const liveInputs = liveById.get(action.id)?.config.inputs;
    if (!isRecord(inputs) || !isRecord(liveInputs)) return copy;
    for (const key of secretKeys(action)) {
      const value = liveInputs[key];
      if (inputs[key] === undefined && value !== undefined) inputs[key] = structuredClone(value);
    }
    return copy;
  });
  return { ...structuredClone(content), actions };
}

/** The wire form; secrets still present come out as `{"secret": true}`. */
export function serializeFlowContent(content: FlowContent): JsonObject {
  const actions = content.actions.map(serializeAction);
  const trigger = actions.find((action) => action.type === 'trigger')?.config ?? null;
  return structuredClone({
    actions,
    edges: content.edges,
    trigger,
    trigger_masking: content.triggerMasking,
    conversion: content.conversion,
    exit_condition: content.exitCondition,
    email_sending_rate_limit: content.emailSendingRateLimit,
    abort_action: content.abortAction,
    variables: content.variables,
  });
}

/** The content as a PATCH body, to validate it again on publish or run it with use_draft. */
export function flowContentBody(content: FlowContent): JsonObject {
  return structuredClone({
    actions: content.actions,
    edges: content.edges,
    trigger_masking: content.triggerMasking,
    conversion: content.conversion,
    exit_condition: content.exitCondition,
    email_sending_rate_limit: content.emailSendingRateLimit,
    variables: content.variables,
  });
}

function secretKeys(action: FlowAction): string[] {
  const templateId = action.config.template_id;
  const template = typeof templateId === 'string' ? findTemplate(templateId) : undefined;
  return (template?.inputs_schema ?? []).filter((item) => item.secret === true).map((item) => item.key);
}
