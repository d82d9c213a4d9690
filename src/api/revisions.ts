// Version history of a Hog function or flow: /api/projects/{project_id}/{collection}/{id}/revisions/.
// PostHog writes a revision on each live content change (none before the first one), pages the list
// newest first, and restores a revision into the draft, never live: publish it afterwards.
import { checkId } from './ids';
import { PagedList } from './pagination';
import { projectPath } from './paths';
import { revision, revisionDetail } from './shape/revisions';
import type { Shape } from './shape/shape';
import type { CallOptions, Transport } from './transport';
import type { PageParams, ProjectId } from './types/common';
import type { HogFlowRestoreOptions, RestoreOptions, Revision, RevisionDetail } from './types/revisions';

export class RevisionsApi<Content, Full, Options extends RestoreOptions = RestoreOptions> {
  constructor(
    private readonly transport: Transport,
    private readonly collection: 'hog_functions' | 'hog_flows',
    private readonly full: Shape<Full>,
  ) {}

  /** `{version, created_at, created_by}` items without content, newest first. */
  list(projectId: ProjectId, id: string, params: PageParams = {}, options: CallOptions = {}): PagedList<Revision> {
    return new PagedList(this.transport, () => this.path(projectId, id), revision, { ...params }, options);
  }

  /** One revision with its content; an unknown version is a 404 ApiError, a version that is no integer a RangeError. */
  async get(projectId: ProjectId, id: string, version: number, options: CallOptions = {}): Promise<RevisionDetail<Content>> {
    const shape = revisionDetail as Shape<RevisionDetail<Content>>;
    return this.transport.send({ method: 'GET', path: this.path(projectId, id, version), expect: 'object', shape, ...options });
  }

  /**
   * Copies the revision into the draft; returns the object with its new draft. An open draft needs
   * `overwrite`. Repeating it leaves the same draft (or answers draft_exists): idempotent.
   */
  async restore(projectId: ProjectId, id: string, version: number, restore?: Options, options: CallOptions = {}): Promise<Full> {
    const path = this.path(projectId, id, version, 'restore');
    return this.transport.send({
      method: 'POST', path, body: restoreBody(restore ?? {}), expect: 'object', shape: this.full, expectId: id, repeat: 'idempotent', ...options,
    });
  }

  private path(projectId: ProjectId, id: string, version?: number, ...rest: string[]): string {
    const object = checkId(this.collection === 'hog_functions' ? 'hog function' : 'hog flow', id);
    if (version === undefined) return projectPath(projectId, this.collection, object, 'revisions');
    if (!Number.isSafeInteger(version) || version < 0) throw new RangeError(`Not a revision version: ${version}`);
    return projectPath(projectId, this.collection, object, 'revisions', version, ...rest);
  }
}

function restoreBody(options: HogFlowRestoreOptions): Record<string, unknown> {
  const body: Record<string, unknown> = { overwrite: options.overwrite ?? false };
  if (options.expectedDraftUpdatedAt !== undefined) body.expected_draft_updated_at = options.expectedDraftUpdatedAt;
  return body;
}
