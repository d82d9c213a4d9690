// "PostHog: Pull Project into Workspace": a connection, a project and a folder (from the argument
// `{host?, projectId?, folder?}`, the folder's posthog.yaml, or picked), then `hog pull` into it.
import { mkdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { authorityOf } from '../connections/baseUrl';
import { connectionFor } from '../targets/resolveTarget';
import { DismissedError } from '../ui/errorMessages';
import { pull, readWorkspace, type OperationReport, type WorkspaceTarget } from '../workspace';
import type { SyncDeps } from './deps';
import { openOperation, withOperationProgress } from './operation';
import { folderToPullInto } from './pickFolder';
import { actionLines, conflictCount, failureLines } from './reportText';

export interface PullArgs {
  host?: string;
  projectId?: number;
}

export async function pullProject(deps: SyncDeps, args: PullArgs, folderArgument: unknown, signal: AbortSignal): Promise<OperationReport> {
  const dir = await folderToPullInto(deps, folderArgument);
  await mkdir(dir, { recursive: true });
  const overrides = await targetOf(deps, dir, args, signal);
  const report = await withOperationProgress(`Pulling into ${basename(dir)}…`, signal, async (cancel, onProgress) =>
    pull(await openOperation(deps, dir, { overrides, signal: cancel, onProgress })),
  );
  deps.sync.control(dir);
  await deps.sync.refresh(dir).catch(() => undefined);
  tell(deps, dir, report);
  return report;
}

/** Host and project: the argument's, else posthog.yaml's, else picked. */
async function targetOf(deps: SyncDeps, dir: string, args: PullArgs, signal: AbortSignal): Promise<Partial<WorkspaceTarget>> {
  const { binding } = await readWorkspace(dir);
  if (args.host === undefined && args.projectId === undefined && binding) return {};
  const authority = await connectionFor(deps, args.host ?? binding?.host);
  const { connection, client } = await deps.clients.get(authority);
  const host = new URL(connection.baseUrl).origin;
  if (args.projectId !== undefined) return { host, project: args.projectId };
  if (binding && authorityOf(binding.host) === authority) return { host, project: binding.project };
  const projects = client.discovery.projects({ signal }).all();
  const project = await deps.prompts.current.pick(
    projects.then((list) => list.map((p) => ({ label: p.name, description: String(p.id), value: p.id }))),
    { title: 'Pull which project?', matchOnDetails: true },
  );
  if (project === undefined) throw new DismissedError();
  return { host, project };
}

function tell(deps: SyncDeps, dir: string, report: OperationReport): void {
  const failures = failureLines(report);
  const lines = actionLines(report).filter((line) => !line.startsWith('write '));
  const written = report.objects.filter((object) => object.action === 'write').length;
  const summary = `Pulled project ${report.project} into ${basename(dir)}: ${written} object(s) written.`;
  if (failures.length > 0) void deps.prompts.current.error(`${summary} Failed: ${failures.join('; ')}`, []);
  else if (conflictCount(report) > 0 || lines.length > 0) void deps.prompts.current.warning(`${summary} ${lines.join('; ')}`, []);
  else void deps.prompts.current.info(summary, []);
}
