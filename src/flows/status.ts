// `posthog.changeFlowStatus`: draft / active / archived, one PATCH {status}. Before activating, the
// user sees how many persons the trigger's filters reach (user_blast_radius) and confirms.
import type { PostHogClient } from '../api';
import type { HogFlow, HogFlowStatus, HogFlowSummary } from '../api/types/hogFlow';
import { patchObject } from '../lifecycle/objectPatch';
import type { LifecycleDeps } from '../lifecycle/deps';
import type { ObjectRef } from '../objects/objectRef';
import type { Target } from '../targets/resolveTarget';
import { knownSummary } from '../targets/targetInfo';

const STATUSES: Record<HogFlowStatus, string> = {
  draft: 'Not running; editable',
  active: 'Running for its trigger',
  archived: 'Stopped and hidden from the active list',
};

/** `given` is the status the command was given, if any. Resolves with the updated flow, or undefined when nothing changed. */
export async function changeFlowStatus(deps: LifecycleDeps, target: Target<'flow'>, given: string | undefined, signal: AbortSignal): Promise<HogFlow | undefined> {
  const { ref } = target;
  const known = knownSummary(deps.explorer, target);
  const status = await chooseStatus(deps, given, known);
  if (!status || status === known?.status) return undefined;
  const { client } = await deps.clients.get(ref.authority);
  if (status === 'active') {
    const flow = known ?? (await client.hogFlows.get(ref.projectId, ref.id, { signal }));
    if (!(await confirmActivation(deps, client, ref, flow, signal))) return undefined;
  }
  return patchObject(deps, ref, { status }, `set the status ${status} on`, signal);
}

async function chooseStatus(deps: LifecycleDeps, given: string | undefined, known: HogFlowSummary | undefined): Promise<HogFlowStatus | undefined> {
  if (given !== undefined) {
    if (!Object.hasOwn(STATUSES, given)) throw new Error(`'${given}' is not a flow status (draft, active or archived).`);
    return given as HogFlowStatus;
  }
  const items = (Object.entries(STATUSES) as [HogFlowStatus, string][])
    .filter(([status]) => status !== known?.status)
    .map(([status, description]) => ({ label: status, description, value: status }));
  const title = known ? `Status of “${known.name ?? 'Untitled flow'}” (now ${known.status})` : 'Flow status';
  return deps.prompts.current.pick(items, { title, placeholder: 'Change the status to…' });
}

/** One blast-radius request when the trigger has filters, then a modal confirm with the counts. */
async function confirmActivation(
  deps: LifecycleDeps,
  client: PostHogClient,
  ref: ObjectRef,
  flow: HogFlowSummary,
  signal: AbortSignal,
): Promise<boolean> {
  const name = flow.name ?? 'Untitled flow';
  const filters = flow.trigger?.filters;
  let detail = `It starts running for its ${flow.trigger?.type ?? 'unknown'} trigger.`;
  if (filters && typeof filters === 'object') {
    const radius = await client.hogFlows.userBlastRadius(ref.projectId, { filters: withoutComputed(filters) }, { signal });
    detail = `Its trigger's filters affect ${count(radius.affected)} of ${count(radius.total)} persons. ${detail}`;
  }
  return deps.prompts.current.confirm(`Activate the flow “${name}”?`, detail, 'Activate');
}

function withoutComputed(filters: Record<string, unknown>): Record<string, unknown> {
  const { bytecode: _bytecode, transpiled: _transpiled, bytecode_error: _error, ...rest } = filters;
  return rest;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
