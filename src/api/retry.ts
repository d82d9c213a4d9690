// When to try a request again, and how long to wait first. What may be repeated depends on what a
// second copy of the request could do (`Repeat`), not only on its method:
//
// * 'safe' (reads: GET/HEAD, and POSTs that only compute an answer): retried after network
//   failures, any 5xx, and 429.
// * 'idempotent' (PATCH/PUT/DELETE): a second copy leaves the object as the first did, so a 429 or
//   503 is retried. A PATCH that carried `base_updated_at` and was in fact applied then answers 409
//   (a conflict with ourselves, which the user is shown), never a silent overwrite. Network failures
//   and other 5xx are not retried: the answer was lost after the server may have acted, and a PATCH
//   without a base could then overwrite a change someone made in between.
// * 'once' (a POST that creates or runs something: a function, a duplicate, a schedule, a batch
//   job, a test invocation): a second copy would create a second object or run it twice. It is
//   retried only after PostHog's own throttling answer (429 with code `throttled`): DRF checks
//   throttles in APIView.initial(), before the view runs, so that request did nothing (reference
//   §9). A 503 is not retried: PostHog or something in front of it may answer 503 after the view
//   has done its work (a worker that timed out, a proxy losing the upstream's answer), and a 429
//   without PostHog's envelope comes from something else whose rules we do not know.
//
// Waits: Retry-After (or the "in N seconds" of a throttling message), else exponential backoff
// (starting at `throttleDelayMs` for 429, since a quick retry would only be throttled again). If the
// server asks for longer than `maxRetryAfterSeconds`, we give up at once with that ApiError.
// Timeouts are never retried: the time limit is what the caller was willing to wait. Cancellation,
// other 4xx and malformed bodies are final.
import { ApiError, CancelledError, NetworkError, type RequestInfo } from './errors';

export interface RetryOptions {
  /** Total attempts including the first; 1 disables retries. */
  maxAttempts: number;
  /** First backoff delay; doubles on each further attempt. */
  baseDelayMs: number;
  /** Ceiling for one backoff delay. */
  maxDelayMs: number;
  /** Longest Retry-After we are willing to sit out. */
  maxRetryAfterSeconds: number;
  /** First wait after a 429 that names no delay; doubles on each further attempt. */
  throttleDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterSeconds: 30,
  throttleDelayMs: 5000,
};

/** What sending a request a second time could do (see the top of this file). */
export type Repeat = 'safe' | 'idempotent' | 'once';

/** The default for a method: reads are safe, POST creates or runs something, the rest are idempotent. */
export function repeatOf(method: string): Repeat {
  if (method === 'GET' || method === 'HEAD') return 'safe';
  return method === 'POST' ? 'once' : 'idempotent';
}

/** Milliseconds to wait before attempt `attempt + 1`, or null to give up and throw `error`. */
export function retryDelay(error: unknown, repeat: Repeat, attempt: number, options: RetryOptions): number | null {
  if (attempt >= options.maxAttempts || !mayRepeat(error, repeat)) return null;
  if (error instanceof ApiError && (error.status === 429 || error.status === 503)) return waitAfter(error, attempt, options);
  return backoff(attempt, options.baseDelayMs, options.maxDelayMs);
}

function mayRepeat(error: unknown, repeat: Repeat): boolean {
  if (error instanceof NetworkError) return repeat === 'safe';
  if (!(error instanceof ApiError)) return false;
  if (error.status === 429) return repeat !== 'once' || isPostHogThrottle(error);
  if (error.status === 503) return repeat !== 'once';
  return error.status >= 500 && repeat === 'safe';
}

/** PostHog's throttling answer (reference §4, §9): raised before the view runs. */
function isPostHogThrottle(error: ApiError): boolean {
  return error.code === 'throttled' || error.type === 'throttled_error';
}

function waitAfter(error: ApiError, attempt: number, options: RetryOptions): number | null {
  if (error.retryAfter === null && error.status === 429) {
    return backoff(attempt, options.throttleDelayMs, options.maxRetryAfterSeconds * 1000);
  }
  if (error.retryAfter === null) return backoff(attempt, options.baseDelayMs, options.maxDelayMs);
  if (error.retryAfter > options.maxRetryAfterSeconds) return null;
  return error.retryAfter * 1000;
}

function backoff(attempt: number, firstMs: number, maxMs: number): number {
  return Math.min(maxMs, firstMs * 2 ** (attempt - 1));
}

/** Waits `ms`, rejecting with CancelledError as soon as `signal` fires. */
export function sleep(ms: number, signal: AbortSignal | undefined, info: RequestInfo): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError(info));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new CancelledError(info));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
