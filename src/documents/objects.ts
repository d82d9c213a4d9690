// Reading and writing the PostHog object behind a document. No vscode here.
import type { PostHogClient } from '../api';
import type { HogFlow, HogFlowPatch } from '../api/types/hogFlow';
import type { HogFunction, HogFunctionPatch } from '../api/types/hogFunction';
import type { DocumentAddress } from './address';

export type PostHogObject = HogFunction | HogFlow;

/** Project ids in URIs are PostHog's numeric ids. */
export function numericProjectId(address: Pick<DocumentAddress, 'projectId'>): number | undefined {
  return /^\d+$/.test(address.projectId) ? Number(address.projectId) : undefined;
}

/** One GET of the full object. */
export function fetchObject(client: PostHogClient, address: DocumentAddress, projectId: number, signal?: AbortSignal): Promise<PostHogObject> {
  return address.kind === 'flow'
    ? client.hogFlows.get(projectId, address.objectId, { signal })
    : client.hogFunctions.get(projectId, address.objectId, { signal });
}

/** One PATCH with exactly `fields` and `base_updated_at` = `base`, verbatim. */
export function patchObject(
  client: PostHogClient,
  address: DocumentAddress,
  projectId: number,
  fields: Record<string, unknown>,
  base: string,
): Promise<PostHogObject> {
  return address.kind === 'flow'
    ? client.hogFlows.update(projectId, address.objectId, fields as HogFlowPatch, { baseUpdatedAt: base })
    : client.hogFunctions.update(projectId, address.objectId, fields as HogFunctionPatch, { baseUpdatedAt: base });
}
