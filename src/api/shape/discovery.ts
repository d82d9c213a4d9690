// Who the key belongs to and what it can reach (reference §3): users/@me and project lists.
// `organization` inside users/@me is UNCONFIRMED beyond id, name, slug: the rest is checked when present.
import type { Organization, OrganizationBasic, Project, TeamBasic, UserMe } from '../types/discovery';
import { boolean, type Check, fieldsOf, integer, listOf, nullable, object, optional, string } from './check';
import { nullableObject, projectId, timestamp, uuid } from './common';
import { shape } from './shape';

const projectFields = {
  id: projectId,
  uuid: string,
  organization: string,
  api_token: string,
  name: string,
  completed_snippet_onboarding: optional(boolean),
  has_completed_onboarding_for: optional(nullableObject),
  ingested_event: optional(boolean),
  is_demo: optional(boolean),
  timezone: optional(string),
  access_control: optional(boolean),
};

export const project = shape<Project>('project', fieldsOf<Project>(projectFields));

const teamBasic: Check = fieldsOf<TeamBasic>({ ...projectFields, project_id: projectId });

const organizationBasic: Check = fieldsOf<OrganizationBasic>({
  id: uuid,
  name: string,
  slug: string,
  logo_media_id: optional(nullable(string)),
  membership_level: nullable(integer),
  members_can_use_personal_api_keys: optional(boolean),
  is_active: optional(nullable(boolean)),
  is_not_active_reason: optional(nullable(string)),
  is_pending_deletion: optional(nullable(boolean)),
});

const organization: Check = fieldsOf<Organization>({
  id: uuid,
  name: string,
  slug: string,
  membership_level: optional(nullable(integer)),
  teams: optional(listOf(object)),
  projects: optional(listOf(object)),
});

export const userMe = shape<UserMe>('the signed-in user (users/@me)', fieldsOf<UserMe>({
  id: integer,
  uuid: string,
  distinct_id: nullable(string),
  first_name: string,
  last_name: string,
  email: string,
  is_email_verified: optional(nullable(boolean)),
  hedgehog_config: optional(nullable(object)),
  role_at_organization: optional(nullable(string)),
  date_joined: optional(timestamp),
  team: nullable(teamBasic),
  organization: nullable(organization),
  organizations: listOf(organizationBasic),
}));
