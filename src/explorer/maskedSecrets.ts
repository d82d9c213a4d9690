// Which functions of a project store the secret mask instead of a value (PostHog's masked_secrets),
// so the tree can mark them: one request per project, sent beside its first function list and kept
// until one of its lists reloads. A failure (a key without the scope, an unreadable answer) marks
// nothing: the tree works without it. No vscode here.
import type { HogFunctionSummary } from '../api/types/hogFunction';
import type { MaskedSecret } from '../api/types/revisions';
import type { ObjectRef, ProjectRef } from '../objects/objectRef';
import { describeError } from '../ui/errorMessages';
import type { LoaderDeps } from './children';
import { nodeIds } from './nodes';

interface Entry {
  loading: Promise<void>;
  found?: ReadonlyMap<string, MaskedSecret>;
}

export class MaskedSecrets {
  private readonly projects = new Map<string, Entry>();

  constructor(private readonly deps: LoaderDeps) {}

  /** Sends the project's request unless its answer is here or on its way. Never rejects. */
  load(project: ProjectRef): Promise<void> {
    return (this.projects.get(nodeIds.project(project)) ?? this.start(project)).loading;
  }

  /**
   * Asks PostHog again (one request), e.g. after a marked function's secrets were saved. The marks
   * shown stay until the answer replaces them, so none flickers off and back on.
   */
  reload(project: ProjectRef): Promise<void> {
    return this.start(project, this.projects.get(nodeIds.project(project))?.found).loading;
  }

  /** Whether the project's answer is here or on its way. */
  has(project: ProjectRef): boolean {
    return this.projects.has(nodeIds.project(project));
  }

  /** What the function must have entered again; undefined when nothing, or not known (yet). */
  of(ref: ObjectRef): MaskedSecret | undefined {
    return ref.kind === 'function' ? this.projects.get(nodeIds.project(ref))?.found?.get(ref.id) : undefined;
  }

  forget(project: ProjectRef): void {
    this.projects.delete(nodeIds.project(project));
  }

  clear(): void {
    this.projects.clear();
  }

  private start(project: ProjectRef, shown?: ReadonlyMap<string, MaskedSecret>): Entry {
    const entry: Entry = { loading: Promise.resolve(), found: shown };
    // An entry forgotten or replaced while its request is on its way is filled unseen.
    entry.loading = this.fetch(project).then((found) => {
      entry.found = found;
    });
    this.projects.set(nodeIds.project(project), entry);
    return entry;
  }

  private async fetch(project: ProjectRef): Promise<ReadonlyMap<string, MaskedSecret>> {
    try {
      const client = await this.deps.client(project.authority);
      const masked = await client.hogFunctions.maskedSecrets(project.projectId);
      return new Map(masked.map((fn) => [fn.id, fn]));
    } catch (error) {
      this.deps.warn?.(`Functions with masked secrets of project ${project.projectId}: ${describeError(error)?.message ?? 'cancelled'}`);
      return new Map();
    }
  }
}

/** Whether a function's new state may have changed its secrets: a new live or draft version. */
export function versionMoved(before: HogFunctionSummary, after: HogFunctionSummary): boolean {
  return before.updated_at !== after.updated_at || (before.draft_updated_at ?? null) !== (after.draft_updated_at ?? null);
}
