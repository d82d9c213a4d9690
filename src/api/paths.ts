// URL paths. PostHog does not redirect missing trailing slashes (it answers 404), so every path ends
// in '/'. Project and organization ids are checked here (ids.ts); object ids by each endpoint.
import { checkId } from './ids';
import type { OrganizationId, ProjectId } from './types/common';

/** Encodes one path segment, keeping '@' readable for '@current' (it is legal in a path). */
export function segment(value: string | number): string {
  return encodeURIComponent(String(value)).replace(/%40/g, '@');
}

export function apiPath(...segments: (string | number)[]): string {
  return `/api/${segments.map(segment).join('/')}/`;
}

export function projectPath(projectId: ProjectId, ...segments: (string | number)[]): string {
  return apiPath('projects', checkId('project', projectId, { current: true }), ...segments);
}

export function organizationPath(organizationId: OrganizationId, ...segments: (string | number)[]): string {
  return apiPath('organizations', checkId('organization', organizationId, { current: true }), ...segments);
}
