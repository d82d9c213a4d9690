// Batch jobs of a flow: `posthog.flowBatchJobs` lists them (one GET) and offers to start one;
// `posthog.startFlowBatchJob` starts one (with the argument's `variables`, if any) after a confirm,
// only for active flows.
import type { BatchJob, HogFlowSummary } from '../api/types/hogFlow';
import type { LifecycleDeps } from '../lifecycle/deps';
import type { Target } from '../targets/resolveTarget';
import { knownSummary } from '../targets/targetInfo';
import type { PickItem } from '../ui/prompter';

export async function listBatchJobs(deps: LifecycleDeps, target: Target<'flow'>, signal: AbortSignal): Promise<BatchJob | undefined> {
  const { client } = await deps.clients.get(target.ref.authority);
  const flow = knownSummary(deps.explorer, target);
  const jobs = client.hogFlows.batchJobs(target.ref.projectId, target.ref.id, { signal });
  const canStart = flow?.status === 'active';
  const items = jobs.then((list): PickItem<BatchJob | 'start'>[] => [
    ...(canStart ? [{ label: '$(play) Start a batch job…', value: 'start' as const }] : []),
    ...list.map((job) => ({
      label: `${job.status} · ${job.created_at}`,
      description: job.created_by?.email,
      detail: Object.keys(job.variables ?? {}).length > 0 ? `Variables ${JSON.stringify(job.variables)}` : undefined,
      value: job,
    })),
  ]);
  const placeholder = canStart ? 'Start a job, or look at past ones' : 'Past jobs (only active flows can start one)';
  const choice = await deps.prompts.current.pick(items, { title: `Batch jobs of “${flowName(flow)}”`, placeholder });
  if (choice === 'start') return start(deps, target, flow, undefined, signal);
  return choice;
}

export async function startBatchJob(deps: LifecycleDeps, target: Target<'flow'>, variables: Record<string, unknown> | undefined, signal: AbortSignal): Promise<BatchJob | undefined> {
  return start(deps, target, knownSummary(deps.explorer, target), variables, signal);
}

async function start(
  deps: LifecycleDeps,
  target: Target<'flow'>,
  known: HogFlowSummary | undefined,
  variables: Record<string, unknown> | undefined,
  signal: AbortSignal,
): Promise<BatchJob | undefined> {
  const { ref } = target;
  const { client } = await deps.clients.get(ref.authority);
  const flow = known ?? (await client.hogFlows.get(ref.projectId, ref.id, { signal }));
  if (flow.status !== 'active') {
    throw new Error(`“${flowName(flow)}” is ${flow.status}: only active flows run batch jobs. Change its status to active first.`);
  }
  const confirmed = await deps.prompts.current.confirm(
    `Start a batch job for “${flowName(flow)}”?`,
    'The flow runs now for every person its trigger matches. This cannot be undone.',
    'Start',
  );
  if (!confirmed) return undefined;
  const job = await client.hogFlows.createBatchJob(ref.projectId, ref.id, variables ? { variables } : {}, { signal });
  void deps.prompts.current.info(`Batch job started for “${flowName(flow)}” (${job.status}).`, []);
  return job;
}

function flowName(flow: Pick<HogFlowSummary, 'name'> | undefined): string {
  return flow?.name ?? 'Untitled flow';
}
