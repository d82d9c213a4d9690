// Who owns the key and what it can reach: users/@me, projects, organizations' projects.
import { PagedList } from './pagination';
import { apiPath, organizationPath } from './paths';
import { project, userMe } from './shape/discovery';
import type { CallOptions, Transport } from './transport';
import type { OrganizationId } from './types/common';
import type { Project, UserMe } from './types/discovery';

export class DiscoveryApi {
  constructor(private readonly transport: Transport) {}

  /** The key's user, with the current organization/project and the list of all organizations. */
  async me(options: CallOptions = {}): Promise<UserMe> {
    return this.transport.send({ method: 'GET', path: apiPath('users', '@me'), expect: 'object', shape: userMe, ...options });
  }

  /** Projects of the user's current organization. */
  projects(options: CallOptions = {}): PagedList<Project> {
    return new PagedList(this.transport, () => apiPath('projects'), project, {}, options);
  }

  /** Projects of any organization the user belongs to ('@current' allowed). Expect 403 outside a scoped key. */
  organizationProjects(organizationId: OrganizationId, options: CallOptions = {}): PagedList<Project> {
    return new PagedList(this.transport, () => organizationPath(organizationId, 'projects'), project, {}, options);
  }
}
