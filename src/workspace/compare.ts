// The steps every operation shares: local checks, fetching the project, pairing it with the files.
import { checkObject, type CheckOptions } from './checks';
import { OBJECT_KINDS, type ObjectKind } from './model';
import { progress, type OperationContext } from './operation';
import { sortProblems, type Problem } from './problems';
import { reconcile, type ObjectState } from './reconcile';
import { fetchRemote } from './remote';
import type { ObjectAction, ObjectReport } from './reports';

/** Every problem of the local files: reading, schema, Hog checks, secrets. */
export function localProblems(context: OperationContext, sendsSecrets: CheckOptions['sendsSecrets']): Problem[] {
  const { local } = context.workspace;
  const options: CheckOptions = { env: context.env ?? process.env, sendsSecrets };
  const problems = [...local.problems];
  for (const objects of local.objects.values()) {
    for (const object of objects.values()) problems.push(...checkObject(object, options));
  }
  return sortProblems(problems);
}

/** The objects of the target project on PostHog, paired with the files through the lock. */
export async function compareWithServer(context: OperationContext): Promise<ObjectState[]> {
  const { workspace, target } = context;
  const lockedIds = new Map<ObjectKind, string[]>(
    OBJECT_KINDS.map((kind) => [kind, [...workspace.lock.entries(target.project, kind).values()].map((entry) => entry.id)]),
  );
  progress(context, `Fetching functions and flows of project ${target.project} from ${target.host}`);
  const remote = await fetchRemote({ client: context.client, project: target.project, lockedIds, signal: context.signal });
  return OBJECT_KINDS.flatMap((kind) => reconcile({
    kind,
    locals: workspace.local.objects.get(kind) ?? new Map(),
    lock: workspace.lock.entries(target.project, kind),
    remotes: remote.get(kind) ?? new Map(),
  }));
}

export function objectReport(state: ObjectState, action: ObjectAction, extra: Partial<ObjectReport> = {}): ObjectReport {
  const name = state.remote?.name ?? nameOf(state);
  return { kind: state.kind, slug: state.slug, id: state.remote?.id ?? state.lock?.id ?? null, name, status: state.status, action, ...extra };
}

function nameOf(state: ObjectState): string | null {
  const name = state.local?.content?.fields.name;
  return typeof name === 'string' ? name : null;
}
