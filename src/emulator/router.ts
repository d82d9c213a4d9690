// Route table: `GET /api/projects/:project/hog_functions/:id/` style patterns, each with the
// scopes a personal API key needs. Paths must end with a slash (PostHog has APPEND_SLASH off).
import { notFound } from './errors';
import type { JsonValue } from './json';
import type { Project } from './model';
import type { EmulatorState } from './state';

export interface RequestContext {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body; `{}` when the request had none. */
  body: unknown;
  params: Record<string, string>;
  /** Request headers, names in lower case (agent detection reads User-Agent and X-PostHog-Client). */
  headers: Record<string, string>;
  /** Origin used for absolute pagination URLs, e.g. `http://127.0.0.1:8010`. */
  baseUrl: string;
  state: EmulatorState;
  /** The request's key belongs to a user without projects (ApiKeyGrant.withoutProjects). */
  withoutProjects: boolean;
  /** The `:project` of the path (`@current` resolved); throws 404 for an unknown project. */
  project(): Project;
}

export interface Reply {
  status: number;
  body?: JsonValue;
  /** Non-JSON payloads (the icon endpoint). */
  raw?: { contentType: string; data: string };
}

export type Handler = (ctx: RequestContext) => Reply | Promise<Reply>;

/** Scopes required from a personal API key, or 'session-only' for actions on neither scope list. */
export type Access = string[] | 'session-only';

export interface Route {
  method: string;
  pattern: RegExp;
  paramNames: string[];
  access: Access;
  handler: Handler;
}

export function route(method: string, path: string, access: Access, handler: Handler): Route {
  const paramNames: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      paramNames.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { method, pattern: new RegExp(`^${source}$`), paramNames, access, handler };
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method' }
  | { kind: 'none' };

/** First route whose pattern and method match; routes are listed specific-first. */
export function matchRoute(routes: Route[], method: string, path: string): RouteMatch {
  let pathMatched = false;
  for (const r of routes) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (r.method !== method) continue;
    const params: Record<string, string> = {};
    r.paramNames.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')));
    return { kind: 'found', route: r, params };
  }
  return pathMatched ? { kind: 'wrong-method' } : { kind: 'none' };
}

export function resolveProject(state: EmulatorState, raw: string | undefined): Project {
  const id = raw === '@current' ? state.currentProjectId : Number(raw);
  const project = Number.isInteger(id) ? state.project(id) : undefined;
  if (!project) throw notFound();
  return project;
}

export function json(body: JsonValue, status = 200): Reply {
  return { status, body };
}
