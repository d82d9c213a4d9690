// Personal API key authentication and scope checks: each action needs its viewset's read or write
// scope (`:write` implies `:read`); an action on neither list refuses personal keys.
import { invalidKey, notAuthenticated, permissionDenied } from './errors';
import type { Access } from './router';

export interface ApiKeyGrant {
  key: string;
  /** e.g. ['hog_function:read'], or ['*'] for every scope. */
  scopes: string[];
  /** The key of a user who belongs to no organization yet: @me has no team, every project list is empty. */
  withoutProjects?: boolean;
}

/** Returns the grant for the request's bearer key, or throws the 401 envelope. */
export function authenticate(header: string | undefined, grants: ApiKeyGrant[]): ApiKeyGrant {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) throw notAuthenticated();
  const grant = grants.find((g) => g.key === m[1]);
  if (!grant) throw invalidKey();
  return grant;
}

/** Throws PostHog's 403 when the grant lacks a required scope (`:write` implies `:read`). */
export function authorize(grant: ApiKeyGrant, access: Access): void {
  const everything = grant.scopes.includes('*');
  if (access === 'session-only') {
    // Not confirmed against a live PostHog, whose source refuses personal keys here;
    // the emulator lets '*' keys through so the client's icon code can be exercised.
    if (!everything) throw permissionDenied('This action does not support Personal API Key access');
    return;
  }
  if (everything) return;
  const missing = access.find((scope) => !hasScope(grant.scopes, scope));
  if (missing) throw permissionDenied(`API key missing required scope '${missing}'`);
}

function hasScope(held: string[], required: string): boolean {
  if (held.includes(required)) return true;
  const [object, action] = required.split(':');
  return action === 'read' && held.includes(`${object}:write`);
}
