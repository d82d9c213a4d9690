// Error responses. Every DRF-style error uses PostHog's envelope {type, code, detail, attr};
// a few actions answer with their own bodies (a function's test invocation: the raw serializer
// errors; a flow's bulk delete: {"error": ...}).
import type { JsonValue } from './json';

export type ErrorType =
  | 'validation_error'
  | 'authentication_error'
  | 'invalid_request'
  | 'throttled_error'
  | 'server_error';

export interface ErrorEnvelope {
  [key: string]: string | null;
  type: ErrorType;
  code: string;
  detail: string;
  attr: string | null;
}

/** Thrown by handlers; the server turns it into a response with exactly `body`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonValue,
  ) {
    super(typeof body === 'object' && body !== null && 'detail' in body ? String(body.detail) : `HTTP ${status}`);
  }
}

export function envelope(type: ErrorType, code: string, detail: string, attr: string | null = null): ErrorEnvelope {
  return { type, code, detail, attr };
}

export function validationError(detail: string, attr: string | null = null, code = 'invalid_input'): ApiError {
  return new ApiError(400, envelope('validation_error', code, detail, attr));
}

export function requiredError(attr: string, detail = 'This field is required.'): ApiError {
  return validationError(detail, attr, 'required');
}

export function notFound(detail = 'Not found.'): ApiError {
  return new ApiError(404, envelope('invalid_request', 'not_found', detail));
}

export function notAuthenticated(): ApiError {
  return new ApiError(
    401,
    envelope('authentication_error', 'not_authenticated', 'Authentication credentials were not provided.'),
  );
}

export function invalidKey(): ApiError {
  return new ApiError(
    401,
    envelope(
      'authentication_error',
      'authentication_failed',
      'Personal API key found in request Authorization header is invalid.',
    ),
  );
}

export function permissionDenied(detail: string): ApiError {
  return new ApiError(403, envelope('authentication_error', 'permission_denied', detail));
}

export function methodNotAllowed(method: string): ApiError {
  return new ApiError(405, envelope('invalid_request', 'method_not_allowed', `Method "${method}" not allowed.`));
}

export function parseError(message: string): ApiError {
  return new ApiError(400, envelope('invalid_request', 'parse_error', `JSON parse error - ${message}`));
}

export function staleUpdate(detail: string): ApiError {
  return new ApiError(409, envelope('server_error', 'stale_update', detail));
}

/** Restoring a revision while a draft is open, without `overwrite`. */
export function draftExists(detail: string): ApiError {
  return new ApiError(409, envelope('server_error', 'draft_exists', detail));
}

/**
 * Turns a field path like `inputs__url` into DRF's raw serializer error dict
 * (`{"inputs": {"url": ["..."]}}`), nested under `prefix` when given.
 */
export function rawSerializerErrors(error: ApiError, prefix?: string): JsonValue {
  const body = error.body;
  const isEnvelope = typeof body === 'object' && body !== null && !Array.isArray(body) && 'detail' in body;
  const detail = isEnvelope ? String(body.detail) : 'Invalid input.';
  const attr = isEnvelope && typeof body.attr === 'string' ? body.attr : 'non_field_errors';
  const path = [...(prefix ? [prefix] : []), ...attr.split('__')];
  let nested: JsonValue = [detail];
  for (const key of path.reverse()) nested = { [key]: nested };
  return nested;
}
