// The production FetchLogPage: the logs endpoint of one function or flow, through the API client.
import type { PostHogClient, ProjectId } from '../api';
import type { FetchLogPage } from './logWindow';

export interface LogSubject {
  kind: 'hog_function' | 'hog_flow';
  projectId: ProjectId;
  id: string;
}

export function logPageFetcher(client: PostHogClient, subject: LogSubject): FetchLogPage {
  const api = subject.kind === 'hog_function' ? client.hogFunctions : client.hogFlows;
  return (query, signal) => api.logs(subject.projectId, subject.id, query, { signal });
}
