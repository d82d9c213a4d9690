// The seeded user, organization and projects (ids 1 and 2; the current team is 1).
import type { Organization, Project } from '../model';
import type { UserProfile } from '../state';

export const ORGANIZATION_ID = '0190a3c2-0000-7000-8000-00000000a001';

export function seedUser(dateJoined: string): UserProfile {
  return {
    id: 1,
    uuid: '0190a3c2-7d1e-7b8a-9f2e-3c4d5e6f7a81',
    distinct_id: 'd1a5e7c0-5b3d-4e8f-a1c2-d3e4f5a6b7c8',
    first_name: 'Hedy',
    last_name: 'Hogsworth',
    email: 'hedy@hogdev.example',
    is_email_verified: true,
    hedgehog_config: null,
    role_at_organization: 'engineering',
    date_joined: dateJoined,
  };
}

export function seedOrganizations(createdAt: string): Organization[] {
  return [{ id: ORGANIZATION_ID, name: 'Hogdev Inc.', slug: 'hogdev', createdAt, membershipLevel: 8 }];
}

export function seedProjects(): Project[] {
  return [
    {
      id: 1,
      uuid: '0190a3c2-1111-7000-8000-000000000001',
      organizationId: ORGANIZATION_ID,
      apiToken: 'phc_LocalEmulatorProjectToken0001',
      name: 'Web app (production)',
      timezone: 'UTC',
    },
    {
      id: 2,
      uuid: '0190a3c2-1111-7000-8000-000000000002',
      organizationId: ORGANIZATION_ID,
      apiToken: 'phc_LocalEmulatorProjectToken0002',
      name: 'Web app (staging)',
      timezone: 'Europe/Berlin',
    },
  ];
}
