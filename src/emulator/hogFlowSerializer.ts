// Wire shapes of a HogFlow: list (minimal) and full; `trigger` is derived from the trigger action.
import { serializeFlowContent } from './flowContent';
import { FUNCTION_ACTION_TYPES, serializeAction } from './hogFlowActions';
import type { JsonObject, JsonValue } from './json';
import type { StoredHogFlow } from './model';
import type { EmulatorState } from './state';

/** `trigger` is derived from the single trigger action's config (with secrets masked). */
function trigger(flow: StoredHogFlow): JsonValue {
  const action = flow.actions.find((a) => a.type === 'trigger');
  return action ? serializeAction(action).config ?? null : null;
}

function billableActionTypes(flow: StoredHogFlow): string[] {
  return FUNCTION_ACTION_TYPES.filter((t) => flow.actions.some((a) => a.type === t));
}

export function serializeFlowMinimal(flow: StoredHogFlow): JsonObject {
  return structuredClone({
    id: flow.id,
    name: flow.name,
    description: flow.description,
    version: flow.version,
    status: flow.status,
    origin_product: flow.originProduct,
    created_at: flow.createdAt,
    created_by: flow.createdBy,
    updated_at: flow.updatedAt,
    trigger: trigger(flow),
    trigger_masking: flow.triggerMasking,
    conversion: flow.conversion,
    exit_condition: flow.exitCondition,
    email_sending_rate_limit: flow.emailSendingRateLimit,
    edges: flow.edges,
    actions: flow.actions.map(serializeAction),
    abort_action: flow.abortAction,
    variables: flow.variables,
    billable_action_types: billableActionTypes(flow),
    user_access_level: 'editor',
  });
}

export function serializeFlowFull(state: EmulatorState, flow: StoredHogFlow): JsonObject {
  const schedules = [...(state.schedules.get(flow.id) ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at));
  return {
    ...serializeFlowMinimal(flow),
    schedules: structuredClone(schedules),
    draft: flow.draft ? serializeFlowContent(flow.draft) : null,
    draft_updated_at: flow.draftUpdatedAt,
    action_redirects: null,
  };
}
