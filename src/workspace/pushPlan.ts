// What `push` would do with each object, decided from its state alone (pure): the plan that
// `--dry-run` prints and that `push` carries out.
import { changedFields } from './content';
import type { ObjectContent } from './model';
import type { ObjectState } from './reconcile';
import type { ObjectAction } from './reports';
import { hasEnvSecrets } from './secrets';

export interface PushOptions {
  /** Print the plan, send nothing. */
  dryRun?: boolean;
  /** Overwrite PostHog's changes (conflicts), delete changed objects with --prune, recreate gone ones. */
  force?: boolean;
  /** Delete (functions: soft delete; flows: delete) objects whose files were deleted. */
  prune?: boolean;
  /** Send secret values named by fromEnv for every object that has them, not only on create. */
  secrets?: boolean;
}

export interface PushStep {
  state: ObjectState;
  action: ObjectAction;
  /** update: the fields to send. */
  fields: string[];
  /** update and delete with force: what on PostHog gets overwritten. */
  overwrites: string[];
  /** update and delete: the `base_updated_at` to send. */
  base?: string;
  /** The environment values of fromEnv secrets go along (create, or --secrets). */
  sendSecrets: boolean;
  message?: string;
  /** A reason the step cannot be sent at all (reported as a failure). */
  refusal?: string;
}

export function planPush(state: ObjectState, options: PushOptions): PushStep {
  const step: PushStep = { state, action: 'unchanged', fields: [], overwrites: [], sendSecrets: false };
  switch (state.status) {
    case 'unchanged':
      return planUpdate(step, options, state.lock?.updated_at, false);
    case 'modified':
      return planUpdate(step, options, state.lock?.updated_at, true);
    case 'server-changed':
      return { ...step, message: 'changed on PostHog since the last pull: pull brings the change' };
    case 'both':
      return planConflict(step, options);
    case 'new':
      return { ...step, action: 'create', sendSecrets: true };
    case 'deleted-locally':
      return planDelete(step, options);
    case 'gone':
      return planGone(step, options);
    case 'server-new':
      return { ...step, action: 'skip', message: 'only on PostHog: pull adds it' };
  }
}

/**
 * Files changed since the lock, PostHog did not (`changed`): send what differs from PostHog's
 * version. Either way, with --secrets, the fields that carry secrets named by fromEnv.
 */
function planUpdate(step: PushStep, options: PushOptions, lockBase: string | undefined, changed: boolean): PushStep {
  const { state } = step;
  const local = state.local?.content as ObjectContent;
  const remote = state.remote?.content as ObjectContent;
  const rotate = options.secrets === true && hasEnvSecrets(local.fields);
  const fields = withSecretFields(changed ? changedFields(state.kind, local, remote) : [], state, rotate);
  // In sync with a stale lock (PostHog changed nothing we manage): its own updated_at is the base.
  const base = state.serverChanged ? state.remote?.updatedAt : lockBase;
  if (fields.length === 0) return step;
  if (fields.includes('type')) return { ...step, action: 'update', fields, refusal: 'type cannot change after create (PostHog refuses it): create a new function instead' };
  return { ...step, action: 'update', fields, base, sendSecrets: rotate };
}

function planConflict(step: PushStep, options: PushOptions): PushStep {
  const { state } = step;
  const differing = changedFields(state.kind, state.local?.content as ObjectContent, state.remote?.content as ObjectContent);
  const why = state.lock ? 'changed on PostHog since the last pull' : 'exists on PostHog but is not in posthog.lock.json';
  if (!options.force) {
    return { ...step, action: 'conflict', fields: differing, message: `${why} (${differing.join(', ')} differ): pull, or push --force to overwrite` };
  }
  const planned = planUpdate(step, options, state.remote?.updatedAt, true);
  return { ...planned, base: state.remote?.updatedAt, overwrites: differing, message: `${why}: --force overwrites PostHog's ${differing.join(', ')}` };
}

function planDelete(step: PushStep, options: PushOptions): PushStep {
  const { state } = step;
  if (!options.prune) return { ...step, action: 'skip', message: 'files deleted: push --prune deletes it on PostHog' };
  if (state.serverChanged && !options.force) {
    return { ...step, action: 'conflict', message: 'files deleted, but changed on PostHog since the last pull: push --prune --force deletes it anyway' };
  }
  const overwrites = state.serverChanged ? ['the changes made on PostHog since the last pull'] : [];
  return { ...step, action: 'delete', base: state.remote?.updatedAt, overwrites };
}

function planGone(step: PushStep, options: PushOptions): PushStep {
  if (!step.state.local) return { ...step, action: 'skip', message: 'deleted on PostHog and in the files' };
  if (!options.force) {
    return { ...step, action: 'conflict', message: 'deleted on PostHog since the last pull: pull removes the files, push --force creates it again' };
  }
  return { ...step, action: 'create', sendSecrets: true, message: 'deleted on PostHog: --force creates it again' };
}

/** With --secrets, the fields that carry fromEnv secrets go along even when nothing else changed. */
function withSecretFields(fields: string[], state: ObjectState, rotate: boolean): string[] {
  if (!rotate) return fields;
  const carriers = state.kind === 'function' ? ['inputs', 'mappings'] : ['actions'];
  const local = state.local?.content?.fields ?? {};
  const extra = carriers.filter((field) => !fields.includes(field) && local[field] !== undefined && hasEnvSecrets({ [field]: local[field] ?? null }));
  return [...fields, ...extra];
}
