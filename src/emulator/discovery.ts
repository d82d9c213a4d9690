// Who am I and what can I reach: /api/users/@me/, /api/projects/, organization projects.
import { notFound } from './errors';
import type { JsonObject } from './json';
import type { Organization, Project } from './model';
import { paginate } from './pagination';
import { json, type Reply, type RequestContext } from './router';

function projectBasic(p: Project): JsonObject {
  return {
    id: p.id,
    uuid: p.uuid,
    organization: p.organizationId,
    api_token: p.apiToken,
    name: p.name,
    completed_snippet_onboarding: true,
    has_completed_onboarding_for: {},
    ingested_event: true,
    is_demo: false,
    timezone: p.timezone,
    access_control: false,
  };
}

function organizationBasic(o: Organization): JsonObject {
  return {
    id: o.id,
    name: o.name,
    slug: o.slug,
    logo_media_id: null,
    membership_level: o.membershipLevel,
    members_can_use_personal_api_keys: true,
    is_active: true,
    is_not_active_reason: null,
    is_pending_deletion: false,
  };
}

export function currentUser(ctx: RequestContext): Reply {
  const { state } = ctx;
  if (ctx.withoutProjects) return json(userWithoutProjects(ctx));
  const org = state.currentOrganization();
  const team = state.project(state.currentProjectId);
  if (!team) throw notFound();
  const projects = state.projectsOf(org.id);
  return json({
    ...structuredClone(state.user),
    pending_email: null,
    is_staff: false,
    has_password: true,
    team: { ...projectBasic(team), project_id: team.id },
    organization: {
      id: org.id,
      name: org.name,
      slug: org.slug,
      membership_level: org.membershipLevel,
      created_at: org.createdAt,
      teams: projects.map((p) => ({ id: p.id, uuid: p.uuid, organization: org.id, project_id: p.id, name: p.name })),
      projects: projects.map((p) => ({ id: p.id, organization_id: org.id, name: p.name })),
    },
    organizations: state.organizations.map(organizationBasic),
    is_2fa_enabled: false,
    theme_mode: 'system',
  });
}

/** A new account's user: no organization, so no current project either. */
function userWithoutProjects(ctx: RequestContext): JsonObject {
  return { ...structuredClone(ctx.state.user), team: null, organization: null, organizations: [], is_2fa_enabled: false, theme_mode: 'system' };
}

export function listProjects(ctx: RequestContext): Reply {
  const org = ctx.state.currentOrganization();
  const projects = ctx.withoutProjects ? [] : ctx.state.projectsOf(org.id);
  return json(paginate(ctx, projects.map(projectBasic), { defaultLimit: 100 }));
}

export function retrieveProject(ctx: RequestContext): Reply {
  return json(projectBasic(ctx.project()));
}

export function listOrganizationProjects(ctx: RequestContext): Reply {
  const raw = ctx.params.org;
  const org = raw === '@current' ? ctx.state.currentOrganization() : ctx.state.organizations.find((o) => o.id === raw);
  if (!org || ctx.withoutProjects) throw notFound();
  return json(paginate(ctx, ctx.state.projectsOf(org.id).map(projectBasic), { defaultLimit: 100 }));
}
