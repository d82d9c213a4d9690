// The production FetchLogPage: the logs endpoint of one function or flow, through the API client.
import type { PostHogClient } from '../api';
import { objectApi } from '../objects/objectApi';
import type { ObjectRef } from '../objects/objectRef';
import type { FetchLogPage } from './logWindow';

/** `object`'s connection is the client's. */
export function logPageFetcher(client: PostHogClient, object: Pick<ObjectRef, 'kind' | 'projectId' | 'id'>): FetchLogPage {
  const api = objectApi(client, object.kind);
  return (query, signal) => api.logs(object.projectId, object.id, query, { signal });
}
