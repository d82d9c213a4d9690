// The `impact` of a flow publish preview: what applying the draft does to runs already in the flow.
// Follows PostHog's products/workflows/backend/api/publish_impact.py (build_publish_impact) and
// action_redirects.py (the first `continue` edge out of a deleted step, skipping other deleted
// steps, leads to where its runs move). The emulator runs nothing, so every count is 0.
import { isRecord, type JsonObject, type JsonValue } from './json';
import type { FlowAction, StoredHogFlow } from './model';
import type { EmulatorState } from './state';

const DOT_REFERENCE = /\bvariables\.([A-Za-z_$][A-Za-z0-9_$]*)/g;
const BRACKET_REFERENCE = /\bvariables\s*\[\s*['"]([^'"\]]+)['"]\s*\]/g;
/** Compiled output is never scanned for references. */
const SKIPPED_KEYS = new Set(['bytecode', 'transpiled']);

export function publishImpact(state: EmulatorState, flow: StoredHogFlow): JsonObject {
  const draft = flow.draft;
  if (!draft) return { deleted_steps: [], position_unknown: 0, empty_variables: [], schedule_conflicts: [] };
  return {
    deleted_steps: deletedSteps(flow.actions, flow.edges, draft.actions),
    position_unknown: 0,
    empty_variables: emptyVariables(flow, draft.actions, draft.variables),
    schedule_conflicts: scheduleConflicts(state, flow.id, draft.variables),
  };
}

function deletedSteps(live: FlowAction[], edges: JsonValue[], draft: FlowAction[]): JsonObject[] {
  const draftNames = new Map(draft.map((a) => [a.id, a.name || a.id]));
  const next = firstContinueTargets(edges);
  return live
    .filter((action) => !draftNames.has(action.id))
    .map((action) => {
      const target = survivor(action.id, next, draftNames);
      return {
        action_id: action.id,
        name: action.name || action.id,
        runs: 0,
        moves_to: target === null ? null : { action_id: target, name: draftNames.get(target) ?? target },
        exits: target === null,
      };
    });
}

function firstContinueTargets(edges: JsonValue[]): Map<string, string> {
  const next = new Map<string, string>();
  for (const edge of edges) {
    if (!isRecord(edge) || edge.type !== 'continue') continue;
    if (typeof edge.from === 'string' && typeof edge.to === 'string' && !next.has(edge.from)) next.set(edge.from, edge.to);
  }
  return next;
}

function survivor(deleted: string, next: Map<string, string>, kept: Map<string, string>): string | null {
  const visited = new Set([deleted]);
  let cursor = next.get(deleted);
  while (cursor !== undefined && !kept.has(cursor) && !visited.has(cursor)) {
    visited.add(cursor);
    cursor = next.get(cursor);
  }
  return cursor !== undefined && kept.has(cursor) ? cursor : null;
}

/** Variables only something new in the draft produces render empty for runs already past that point. */
function emptyVariables(flow: StoredHogFlow, draftActions: FlowAction[], draftVariables: JsonObject[]): JsonObject[] {
  const producers = new Map<string, string | null>();
  const liveKeys = new Set(flow.variables.map((v) => v.key));
  for (const variable of draftVariables) {
    if (typeof variable.key === 'string' && !liveKeys.has(variable.key)) producers.set(variable.key, null);
  }
  const liveIds = new Set(flow.actions.map((a) => a.id));
  for (const action of draftActions) {
    if (!liveIds.has(action.id)) for (const key of outputKeys(action)) producers.set(key, action.id);
  }
  return [...producers.keys()]
    .sort()
    .map((key) => ({
      variable: key,
      set_by: producers.get(key) ?? null,
      referenced_by: draftActions
        .filter((a) => a.id !== producers.get(key) && references(a.config).has(key))
        .map((a) => a.id),
    }))
    .filter((item) => item.referenced_by.length > 0);
}

function outputKeys(action: FlowAction): string[] {
  const raw = action.output_variable;
  const entries = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return entries.flatMap((entry) => (isRecord(entry) && typeof entry.key === 'string' && entry.key ? [entry.key] : []));
}

function references(value: JsonValue | undefined, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    for (const pattern of [DOT_REFERENCE, BRACKET_REFERENCE]) {
      for (const match of value.matchAll(pattern)) if (match[1]) into.add(match[1]);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) references(item, into);
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) if (!SKIPPED_KEYS.has(key)) references(item, into);
  }
  return into;
}

function scheduleConflicts(state: EmulatorState, flowId: string, draftVariables: JsonObject[]): JsonObject[] {
  const declared = new Set(draftVariables.map((v) => v.key));
  return (state.schedules.get(flowId) ?? [])
    .filter((schedule) => schedule.status !== 'completed')
    .map((schedule) => ({ schedule_id: schedule.id, variables: Object.keys(schedule.variables).filter((k) => !declared.has(k)).sort() }))
    .filter((conflict) => conflict.variables.length > 0);
}
