// One test run of a workflow: the flow as the request sent it, the run's state as the actions move
// it along, and the walk along the flow's edges that every action uses to name the next one.
import { isRecord, type JsonObject, type JsonValue } from './json';
import type { FlowAction, Project } from './model';

export interface FlowUnderTest {
  readonly id: string;
  readonly name: string | null;
  readonly actions: FlowAction[];
  readonly edges: JsonValue[];
  readonly variables: JsonObject[];
}

export interface FlowRun {
  readonly flow: FlowUnderTest;
  readonly globals: JsonObject;
  readonly project: Project;
  readonly siteUrl: string;
  readonly mock: boolean;
  readonly variables: JsonObject;
  currentActionId: string | undefined;
  readonly logs: JsonObject[];
  /** Lines the mocked async functions write; the worker appends them after the run's own logs. */
  readonly asyncLogs: JsonObject[];
}

export interface StepOutcome {
  readonly next?: FlowAction;
  readonly scheduledAt?: Date;
  readonly result?: unknown;
  readonly error?: string;
  readonly finished?: boolean;
}

export function findAction(run: FlowRun, id: string): FlowAction {
  const action = run.flow.actions.find((a) => a.id === id);
  if (!action) throw new Error(`Action ${id} not found`);
  return action;
}

/** The action an edge from `from` leads to: the `continue` edge, or the `branch` edge with `index`. */
export function nextAction(run: FlowRun, from: string, index?: number): FlowAction {
  const edges = run.flow.edges.filter((edge): edge is JsonObject => isRecord(edge) && edge.from === from);
  const edge = index === undefined ? edges.find((e) => e.type === 'continue') : edges.find((e) => e.type === 'branch' && e.index === index);
  if (!edge || typeof edge.to !== 'string') throw new Error(`No next action found for action ${from}`);
  return findAction(run, edge.to);
}

export function label(action: { id: string }): string {
  return `[Action:${action.id}]`;
}

export function entry(level: string, message: string): JsonObject {
  return { level, timestamp: new Date().toISOString(), message };
}
