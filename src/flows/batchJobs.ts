// Batch jobs of a flow: `posthog.flowBatchJobs` lists them (one GET) and offers to start one;
// `posthog.startFlowBatchJob` starts one (`{ projectId, flowId, variables? }`) after a confirm,
// only for active flows.
import type { BatchJob, HogFlowSummary } from '../api/types/hogFlow';
import type { CommandRun } from '../ui/commands';
import type { PickItem } from '../ui/prompter';
import { clientFor, type LifecycleDeps } from '../lifecycle/context';
import { objectTarget, recordArg, type ObjectTarget } from '../lifecycle/target';
import { knownFlow } from '../lifecycle/known';

export async function listBatchJobs(deps: LifecycleDeps, run: CommandRun, arg: unknown): Promise<BatchJob | undefined> {
  const target = objectTarget(deps.store, arg, 'flow');
  const client = await clientFor(deps, target.project);
  const flow = knownFlow(deps, target);
  const jobs = client.hogFlows.batchJobs(target.project.projectId, target.id, { signal: run.signal });
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
  if (choice === 'start') return start(deps, run, target, flow, undefined);
  return choice;
}

export async function startBatchJob(deps: LifecycleDeps, run: CommandRun, arg: unknown): Promise<BatchJob | undefined> {
  const target = objectTarget(deps.store, arg, 'flow');
  return start(deps, run, target, knownFlow(deps, target), recordArg(arg, 'variables'));
}

async function start(
  deps: LifecycleDeps,
  run: CommandRun,
  target: ObjectTarget,
  known: HogFlowSummary | undefined,
  variables: Record<string, unknown> | undefined,
): Promise<BatchJob | undefined> {
  const client = await clientFor(deps, target.project);
  const flow = known ?? (await client.hogFlows.get(target.project.projectId, target.id, { signal: run.signal }));
  if (flow.status !== 'active') {
    throw new Error(`“${flowName(flow)}” is ${flow.status}: only active flows run batch jobs. Change its status to active first.`);
  }
  const confirmed = await deps.prompts.current.confirm(
    `Start a batch job for “${flowName(flow)}”?`,
    'The flow runs now for every person its trigger matches. This cannot be undone.',
    'Start',
  );
  if (!confirmed) return undefined;
  const job = await client.hogFlows.createBatchJob(target.project.projectId, target.id, variables ? { variables } : {}, { signal: run.signal });
  void deps.prompts.current.info(`Batch job started for “${flowName(flow)}” (${job.status}).`, []);
  return job;
}

function flowName(flow: Pick<HogFlowSummary, 'name'> | undefined): string {
  return flow?.name ?? 'Untitled flow';
}
