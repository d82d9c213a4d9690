// `push`: local checks first (nothing is sent when they fail), then one request per object that
// needs one: POST for new files, PATCH with only the changed fields and the lock's
// `base_updated_at` for changed ones, deletes with --prune. Conflicts are reported, never overwritten
// without --force. The lock is saved after the run, whatever happened, so ids of created objects
// are never lost.
import {
  CancelledError, StaleUpdateError, type HogFlowCreate, type HogFlowPatch, type HogFunctionCreate, type HogFunctionPatch,
} from '../api';
import { locateAttr } from './attrLocation';
import { compareWithServer, localProblems, objectReport } from './compare';
import { contentHash, sameContent } from './content';
import { writeObjectFiles } from './files';
import { objectLabel } from './layout';
import type { ObjectContent } from './model';
import { emptyReport, progress, reporting, type OperationContext } from './operation';
import { hasErrors } from './problems';
import { planPush, type PushOptions, type PushStep } from './pushPlan';
import { toRemote } from './remote';
import { errorReport, type ObjectReport, type OperationReport } from './reports';
import { createBody, updateBody } from './requestBody';
import { carrySecretSources } from './secretSources';
import { saveLock } from './workspace';

export type { PushOptions } from './pushPlan';

/** What PostHog answers a create or update with: the full object. */
interface Written {
  id: string;
  updated_at: string;
  name: string | null;
}

export async function push(context: OperationContext, options: PushOptions = {}): Promise<OperationReport> {
  const report = emptyReport('push', context, options.dryRun ?? false);
  const { lock } = context.workspace;
  const project = context.target.project;
  return reporting(report, context, async () => {
    progress(context, 'Checking the files');
    report.problems = localProblems(context, (kind, slug) => options.secrets === true || !lock.get(project, kind, slug));
    if (hasErrors(report.problems)) return;
    const steps = (await compareWithServer(context)).map((state) => planPush(state, options));
    try {
      for (const step of steps) report.objects.push(await runStep(context, step, options));
    } finally {
      if (!options.dryRun) await saveLock(context.workspace.dir, lock);
    }
  });
}

async function runStep(context: OperationContext, step: PushStep, options: PushOptions): Promise<ObjectReport> {
  const report = stepReport(step);
  if (step.refusal) return { ...report, error: { message: step.refusal } };
  if (options.dryRun || step.action === 'conflict') return report;
  if (step.action === 'skip') {
    // Deleted on both sides: nothing left to track.
    if (step.state.status === 'gone') context.workspace.lock.delete(context.target.project, step.state.kind, step.state.slug);
    return report;
  }
  if (step.action === 'unchanged') {
    refreshLock(context, step);
    return report;
  }
  progress(context, `${capitalize(step.action)} ${objectLabel(step.state.kind, step.state.slug)}`);
  try {
    const files = await send(context, step);
    const done = { ...report, id: step.state.remote?.id ?? report.id, ...createdId(context, step) };
    if (files.length === 0) return done;
    const note = 'PostHog filled in what the files left out: the files now show what it stores';
    return { ...done, files, message: report.message ? `${report.message}; ${note}` : note };
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    if (error instanceof StaleUpdateError) {
      return { ...report, action: 'conflict', message: 'changed on PostHog while pushing: nothing overwritten; pull, or push --force' };
    }
    return { ...report, error: { ...errorReport(error), ...locateAttr(step.state, error) } };
  }
}

function stepReport(step: PushStep): ObjectReport {
  const extra: Partial<ObjectReport> = {};
  if (step.action === 'update' || step.action === 'conflict') extra.fields = step.fields;
  if (step.overwrites.length > 0) extra.overwrites = step.overwrites;
  if (step.message) extra.message = step.message;
  return objectReport(step.state, step.action, extra);
}

/** Sends the step's request and records the outcome in the lock; returns the files rewritten. */
async function send(context: OperationContext, step: PushStep): Promise<string[]> {
  const { state } = step;
  const content = state.local?.content as ObjectContent;
  if (step.action === 'create') return record(context, step, await create(context, content, step));
  if (step.action === 'update') return record(context, step, await update(context, content, step));
  if (step.action === 'delete') {
    await remove(context, step);
    context.workspace.lock.delete(context.target.project, state.kind, state.slug);
  }
  return [];
}

function create(context: OperationContext, content: ObjectContent, step: PushStep): Promise<Written> {
  const { client, target, signal } = context;
  const body = createBody(step.state.kind, content, context.env ?? process.env);
  if (step.state.kind === 'function') return client.hogFunctions.create(target.project, body as HogFunctionCreate, { signal });
  return client.hogFlows.create(target.project, body as unknown as HogFlowCreate, { signal });
}

function update(context: OperationContext, content: ObjectContent, step: PushStep): Promise<Written> {
  const { client, target, signal } = context;
  const id = step.state.remote?.id as string;
  const mode = step.sendSecrets ? 'rotate' : 'update';
  const body = updateBody(step.state.kind, content, step.fields, mode, context.env ?? process.env);
  const options = { signal, baseUpdatedAt: step.base };
  if (step.state.kind === 'function') return client.hogFunctions.update(target.project, id, body as HogFunctionPatch, options);
  return client.hogFlows.update(target.project, id, body as HogFlowPatch, options);
}

/**
 * Functions: PostHog's soft delete, guarded by base_updated_at. Flows: a DELETE, which takes no
 * precondition; the plan compared the flow with the listing fetched for this push, but a change
 * made on PostHog between that listing and the DELETE is lost (a race PostHog leaves open).
 */
async function remove(context: OperationContext, step: PushStep): Promise<void> {
  const { client, target, signal } = context;
  const id = step.state.remote?.id as string;
  if (step.state.kind === 'flow') return client.hogFlows.delete(target.project, id, { signal });
  await client.hogFunctions.softDelete(target.project, id, { signal, baseUpdatedAt: step.base });
}

/**
 * The lock now holds PostHog's new version. When PostHog stores more than the files said (defaults
 * it fills in, like `required: false` or an input's templating), the files are rewritten to match,
 * as a pull would, so they never look changed afterwards and later PATCHes stay minimal.
 */
async function record(context: OperationContext, step: PushStep, written: Written): Promise<string[]> {
  const { kind, slug } = step.state;
  const local = step.state.local?.content as ObjectContent;
  const remote = toRemote(kind, written);
  const fields = carrySecretSources(local.fields, remote.content.fields);
  const files = sameContent(kind, local, remote.content) ? [] : await writeObjectFiles(context.workspace.dir, kind, slug, { ...remote.content, fields });
  context.workspace.lock.set(context.target.project, kind, slug, { id: remote.id, updated_at: remote.updatedAt, sha256: contentHash(kind, remote.content) });
  return files;
}

/** Files and PostHog agree but the lock is older (e.g. deployed from another clone): catch it up. */
function refreshLock(context: OperationContext, step: PushStep): void {
  const { state } = step;
  if (!state.inSync || !state.remote || !state.local?.content) return;
  context.workspace.lock.set(context.target.project, state.kind, state.slug, {
    id: state.remote.id, updated_at: state.remote.updatedAt, sha256: contentHash(state.kind, state.local.content),
  });
}

function createdId(context: OperationContext, step: PushStep): Partial<ObjectReport> {
  if (step.action !== 'create') return {};
  const entry = context.workspace.lock.get(context.target.project, step.state.kind, step.state.slug);
  return entry ? { id: entry.id } : {};
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
