// `pull`: brings PostHog's version into the files. Files changed since the lock are kept (a conflict
// when PostHog changed too) unless `force`; objects deleted on PostHog lose their files when those
// were unchanged. The lock then records what each file is based on.
import { compareWithServer, objectReport } from './compare';
import { contentHash } from './content';
import { removeObjectFiles, writeObjectFiles } from './files';
import { objectFiles } from './layout';
import { emptyReport, progress, reporting, type OperationContext } from './operation';
import type { ObjectState } from './reconcile';
import type { ObjectReport, OperationReport } from './reports';
import { carrySecretSources } from './secretSources';
import { ensureBinding, saveLock } from './workspace';

export interface PullOptions {
  /** Overwrite files changed since the last pull and restore deleted ones (files only here stay). */
  force?: boolean;
}

export async function pull(context: OperationContext, options: PullOptions = {}): Promise<OperationReport> {
  const report = emptyReport('pull', context);
  return reporting(report, context, async () => {
    const states = await compareWithServer(context);
    progress(context, `Writing files in ${context.workspace.dir}`);
    for (const state of states) report.objects.push(await pullObject(context, state, options.force ?? false));
    await saveLock(context.workspace.dir, context.workspace.lock);
    await ensureBinding(context.workspace, context.target);
  });
}

async function pullObject(context: OperationContext, state: ObjectState, force: boolean): Promise<ObjectReport> {
  switch (state.status) {
    case 'unchanged':
    case 'server-changed':
    case 'server-new':
      return takeServer(context, state, []);
    case 'modified':
      if (force) return takeServer(context, state, state.local?.files ?? []);
      return objectReport(state, 'keep', { message: 'changed in the files since the last pull: kept (push sends it, pull --force drops it)' });
    case 'both':
      if (force) return takeServer(context, state, state.local?.files ?? []);
      return objectReport(state, 'conflict', { message: 'changed in the files and on PostHog: compare with diff, then pull --force (take PostHog\'s) or push --force (keep yours)' });
    case 'deleted-locally':
      if (force) return takeServer(context, state, []);
      return objectReport(state, 'keep', { message: 'files deleted: kept deleted (pull --force restores them, push --prune deletes it on PostHog)' });
    case 'gone':
      return removeGone(context, state, force);
    case 'new':
      return objectReport(state, 'none', { message: 'only in the files: push creates it' });
  }
}

async function takeServer(context: OperationContext, state: ObjectState, overwrites: string[]): Promise<ObjectReport> {
  const remote = state.remote;
  if (!remote) throw new Error(`internal: no PostHog version of ${state.slug}`);
  const { dir, lock } = context.workspace;
  const fields = carrySecretSources(state.local?.content?.fields, remote.content.fields);
  const files = state.inSync ? [] : await writeObjectFiles(dir, state.kind, state.slug, { ...remote.content, fields });
  lock.set(context.target.project, state.kind, state.slug, { id: remote.id, updated_at: remote.updatedAt, sha256: contentHash(state.kind, remote.content) });
  const extra = overwrites.length > 0 ? { overwrites, message: 'overwrote changes in the files (--force)' } : {};
  return objectReport(state, files.length > 0 ? 'write' : 'none', { files, ...extra });
}

async function removeGone(context: OperationContext, state: ObjectState, force: boolean): Promise<ObjectReport> {
  const { dir, lock } = context.workspace;
  if (state.local && state.localChanged && !force) {
    return objectReport(state, 'conflict', { message: 'deleted on PostHog, changed in the files: pull --force removes the files, push --force creates it again' });
  }
  const files = state.local ? await removeObjectFiles(dir, state.kind, state.slug, state.local.files) : [];
  lock.delete(context.target.project, state.kind, state.slug);
  const overwrites = state.local && state.localChanged ? objectFiles(state.kind, state.slug) : undefined;
  return objectReport(state, 'remove', { files, message: 'deleted on PostHog', ...(overwrites ? { overwrites } : {}) });
}
