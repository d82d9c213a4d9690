// Every failure the client reports is one of these classes. All extend PostHogError, whose `message`
// is a sentence fit for a notification. None of them ever holds the API key: they carry no headers,
// response text is scrubbed of the key before it gets here, and network errors keep only the
// underlying error's code and message (never the undici error object itself).
//
// Cancellation is reported as CancelledError (not the platform AbortError), so callers can tell
// "the user stopped it" apart from every other failure with one instanceof check.

/** Which request failed; enough to locate it in logs, never the key or headers. */
export interface RequestInfo {
  method: string;
  /** Path and query as sent, without the origin. */
  path: string;
}

export class PostHogError extends Error {
  readonly method: string;
  readonly path: string;

  constructor(message: string, request: RequestInfo) {
    super(message);
    this.name = new.target.name;
    this.method = request.method;
    this.path = request.path;
  }
}

/** Fields PostHog puts in its error envelope `{type, code, detail, attr}`. */
export interface ApiErrorFields {
  status: number;
  type: string | null;
  code: string | null;
  detail: string;
  attr: string | null;
  /** Seconds to wait before trying again (Retry-After header, or a throttling message). */
  retryAfter: number | null;
  /** The response body: parsed JSON, or a short text excerpt when it was not JSON. */
  body: unknown;
}

/** PostHog answered with a non-2xx status. */
export class ApiError extends PostHogError {
  readonly status: number;
  readonly type: string | null;
  readonly code: string | null;
  readonly detail: string;
  readonly attr: string | null;
  readonly retryAfter: number | null;
  readonly body: unknown;

  constructor(fields: ApiErrorFields, request: RequestInfo) {
    super(describeApiError(fields), request);
    this.status = fields.status;
    this.type = fields.type;
    this.code = fields.code;
    this.detail = fields.detail;
    this.attr = fields.attr;
    this.retryAfter = fields.retryAfter;
    this.body = fields.body;
  }
}

/** 409 `stale_update`: someone saved the object after `base_updated_at`. Reload, then save again. */
export class StaleUpdateError extends ApiError {}

/** 409 `draft_exists`: restoring a revision while a draft is open. Publish or discard it, or restore with `overwrite`. */
export class DraftExistsError extends ApiError {}

/** The connection failed (refused, reset, DNS, TLS...) before a complete response arrived. */
export class NetworkError extends PostHogError {
  /** The system or undici error code, e.g. ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET. */
  readonly causeCode: string | null;

  constructor(message: string, causeCode: string | null, request: RequestInfo) {
    super(message, request);
    this.causeCode = causeCode;
  }
}

/** No complete response within the time limit. */
export class TimeoutError extends PostHogError {
  readonly timeoutMs: number;

  constructor(timeoutMs: number, request: RequestInfo) {
    super(`PostHog did not answer within ${formatSeconds(timeoutMs)} (${request.method} ${request.path}).`, request);
    this.timeoutMs = timeoutMs;
  }
}

/** What was wrong with a successful response's body. */
export type MalformedKind = 'html' | 'truncated-json' | 'invalid-json' | 'empty' | 'unexpected-shape';

/** A 2xx response whose body is not what the endpoint returns (a proxy's HTML page, cut-off JSON...). */
export class MalformedResponseError extends PostHogError {
  readonly kind: MalformedKind;
  readonly status: number;
  /** The first few hundred characters of the body, scrubbed of the key. */
  readonly excerpt: string;

  constructor(kind: MalformedKind, status: number, excerpt: string, request: RequestInfo) {
    super(`${MALFORMED_TEXT[kind]} (HTTP ${status}, ${request.method} ${request.path}).`, request);
    this.kind = kind;
    this.status = status;
    this.excerpt = excerpt;
  }
}

/** The answer was larger than the client's size limit; it was cut off rather than read into memory. */
export class ResponseTooLargeError extends PostHogError {
  constructor(readonly limitBytes: number, readonly status: number, request: RequestInfo) {
    super(
      `PostHog's answer is larger than the ${formatMegabytes(limitBytes)} limit, so it was not read (HTTP ${status}, ${request.method} ${request.path}). ` +
        'If an answer this large is expected, raise the response size limit.',
      request,
    );
  }
}

/** The API key holds characters no header can carry (see apiKey.ts); nothing was sent. */
export class InvalidApiKeyError extends PostHogError {
  constructor(readonly reason: string, request: RequestInfo) {
    super(`${reason} Nothing was sent (${request.method} ${request.path}).`, request);
  }
}

/**
 * A 2xx JSON answer whose content is not what its type says: a function whose `name` is a number,
 * whose `hog` is null. Names the object and the field, so one broken item reads as one clear error.
 */
export class UnexpectedShapeError extends MalformedResponseError {
  /** What the answer was about, e.g. `hog function 0197e2a1-…` or `hog function (item 3 of the list)`. */
  readonly subject: string;
  /** Where in it, e.g. `name` or `inputs.url`; '' for the answer as a whole. */
  readonly field: string;

  constructor(subject: string, field: string, problem: string, status: number, excerpt: string, request: RequestInfo) {
    super('unexpected-shape', status, excerpt, request);
    this.subject = subject;
    this.field = field;
    this.message = `PostHog returned an unexpected shape for ${subject}: ${problem} (HTTP ${status}, ${request.method} ${request.path}).`;
  }
}

/** The caller's AbortSignal fired, during a request or while waiting to retry. */
export class CancelledError extends PostHogError {
  constructor(request: RequestInfo) {
    super(`Request cancelled (${request.method} ${request.path}).`, request);
  }
}

const MALFORMED_TEXT: Record<MalformedKind, string> = {
  html: 'PostHog answered with an HTML page instead of JSON; a proxy or login page may be in the way',
  'truncated-json': 'PostHog sent an incomplete JSON response (it was cut off)',
  'invalid-json': 'PostHog sent a response that is not valid JSON',
  empty: 'PostHog sent an empty response where data was expected',
  'unexpected-shape': 'PostHog sent JSON of an unexpected shape',
};

function describeApiError(fields: ApiErrorFields): string {
  const where = fields.attr ? ` (field: ${fields.attr})` : '';
  const wait = fields.retryAfter !== null ? ` Try again in ${fields.retryAfter} s.` : '';
  return `PostHog error ${fields.status}: ${fields.detail}${where}${wait}`;
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return Number.isInteger(megabytes) ? `${megabytes} MB` : `${megabytes.toFixed(2)} MB`;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
