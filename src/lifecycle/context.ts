// What lifecycle and flow commands need from the extension, and the client for a target.
import type { PostHogClient } from '../api';
import type { CommandDeps } from '../commands';
import type { ProjectRef } from '../explorer/nodes';

export type LifecycleDeps = Pick<CommandDeps, 'store' | 'clients' | 'prompts' | 'explorer' | 'documents'>;

export async function clientFor(deps: LifecycleDeps, project: ProjectRef): Promise<PostHogClient> {
  return (await deps.clients.get(project.authority)).client;
}
