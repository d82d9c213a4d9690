// Who the key belongs to, and which organizations and projects it can see.
import type { Timestamp, UserBasic } from './common';

export interface TeamBasic {
  id: number;
  uuid: string;
  /** Organization UUID. */
  organization: string;
  project_id: number;
  api_token: string;
  name: string;
  completed_snippet_onboarding?: boolean;
  has_completed_onboarding_for?: Record<string, unknown> | null;
  ingested_event?: boolean;
  is_demo?: boolean;
  timezone?: string;
  access_control?: boolean;
}

/** An item of `/api/projects/` and `/api/organizations/{id}/projects/`. */
export type Project = Omit<TeamBasic, 'project_id'>;

/** An item of `UserMe.organizations`. */
export interface OrganizationBasic {
  id: string;
  name: string;
  slug: string;
  logo_media_id?: string | null;
  /** 1 member, 8 admin, 15 owner. */
  membership_level: number | null;
  members_can_use_personal_api_keys?: boolean;
  is_active?: boolean | null;
  is_not_active_reason?: string | null;
  is_pending_deletion?: boolean | null;
}

/** The current organization in `UserMe.organization` (only these fields are reliable; teams and projects UNCONFIRMED). */
export interface Organization {
  id: string;
  name: string;
  slug: string;
  membership_level?: number | null;
  teams?: { id: number; name: string; project_id?: number; [key: string]: unknown }[];
  projects?: { id: number; name: string; [key: string]: unknown }[];
  [key: string]: unknown;
}

export interface UserMe extends UserBasic {
  date_joined?: Timestamp;
  /** The current project; `@current` resolves to `team.id`. */
  team: TeamBasic | null;
  organization: Organization | null;
  organizations: OrganizationBasic[];
  [key: string]: unknown;
}
