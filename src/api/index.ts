// Public surface of the PostHog API client.
export { PostHogClient, type PostHogClientOptions } from './client';
export { apiKeyProblem } from './apiKey';
export {
  ApiError, type ApiErrorFields, CancelledError, DraftExistsError, InvalidApiKeyError, type MalformedKind, MalformedResponseError,
  NetworkError, PostHogError, type RequestInfo, ResponseTooLargeError, StaleUpdateError, TimeoutError, UnexpectedShapeError,
} from './errors';
export type { ProxySettings } from './dispatcher';
export { displayName } from './displayName';
export { checkId, type IdKind, InvalidIdError, isId, isProjectId, isUuid } from './ids';
export { PagedList } from './pagination';
export type { Page } from './validate';
export { DEFAULT_MAX_RESPONSE_MEGABYTES, responseLimitBytes } from './responseLimit';
export type { Repeat, RetryOptions } from './retry';
export type { UpdateOptions } from './projectObjects';
export type { ApiRequest, CallOptions, Expect, Query, RequestLogEvent } from './transport';
export type { HogFunctionsApi } from './hogFunctions';
export type { HogFlowsApi } from './hogFlows';
export type { FlowSchedulesApi } from './flowSchedules';
export type { HogFlowDraftsApi, HogFunctionDraftsApi, StageDraftOptions } from './drafts';
export type { RevisionsApi } from './revisions';
export type { TemplatesApi } from './templates';
export type { DiscoveryApi } from './discovery';
export type { DefinitionsApi } from './definitions';
export * from './types/common';
export * from './types/definitions';
export * from './types/discovery';
export * from './types/hogFlow';
export * from './types/hogFunction';
export * from './types/inputs';
export * from './types/invocation';
export * from './types/observability';
export * from './types/revisions';
export * from './types/schedule';
export * from './types/template';
