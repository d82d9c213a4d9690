// A workspace folder as the operations see it: binding, lock and local objects, read once.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isHttpUrl, parseBinding, renderBinding, type Binding } from './binding';
import { writeIfChanged } from './files';
import { BINDING_FILE, LOCK_FILE } from './layout';
import { readLocalObjects, type LocalObjects } from './localFiles';
import { Lock } from './lock';
import { fileProblem, type Problem } from './problems';

export interface WorkspaceFiles {
  dir: string;
  /** posthog.yaml, when present and valid. */
  binding: Binding | undefined;
  lock: Lock;
  local: LocalObjects;
  /** Problems of posthog.yaml or posthog.lock.json: no operation runs while there are any. */
  fatal: Problem[];
}

/** Which PostHog project an operation works on. */
export interface WorkspaceTarget {
  /** Origin, e.g. https://us.posthog.com. */
  host: string;
  project: number;
}

export async function readWorkspace(dir: string): Promise<WorkspaceFiles> {
  const fatal: Problem[] = [];
  const bindingText = await readOptional(join(dir, BINDING_FILE));
  const parsed = bindingText === undefined ? { problems: [] } : parseBinding(bindingText);
  fatal.push(...parsed.problems);
  const lockText = await readOptional(join(dir, LOCK_FILE));
  let lock = new Lock();
  try {
    if (lockText !== undefined) lock = Lock.parse(lockText);
  } catch (error) {
    fatal.push(fileProblem(LOCK_FILE, `cannot be read: ${error instanceof Error ? error.message : String(error)}`));
  }
  return { dir, binding: parsed.binding, lock, local: await readLocalObjects(dir), fatal };
}

/** Host and project from the overrides, else from posthog.yaml; a sentence when neither says. */
export function resolveWorkspaceTarget(binding: Binding | undefined, overrides: Partial<WorkspaceTarget>): WorkspaceTarget | string {
  const host = overrides.host ?? binding?.host;
  const project = overrides.project ?? binding?.project;
  if (host === undefined || project === undefined) {
    return `no PostHog project: write ${BINDING_FILE} (host, project) or pass --host and --project`;
  }
  if (!isHttpUrl(host)) return `host must be an http(s) URL, got ${host}`;
  return { host: new URL(host).origin, project };
}

export async function saveLock(dir: string, lock: Lock): Promise<boolean> {
  return writeIfChanged(dir, LOCK_FILE, lock.toText());
}

/** Creates posthog.yaml for the target when the folder has none (a first pull). */
export async function ensureBinding(workspace: WorkspaceFiles, target: WorkspaceTarget): Promise<boolean> {
  if (workspace.binding || (await readOptional(join(workspace.dir, BINDING_FILE))) !== undefined) return false;
  return writeIfChanged(workspace.dir, BINDING_FILE, renderBinding({ host: target.host, project: target.project }));
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
