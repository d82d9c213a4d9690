// When to try a request again, and how long to wait first.
//
// * 429 and 503 mean "not processed, come back later": any method is retried, after Retry-After
//   (or the "in N seconds" of a throttling message), else after exponential backoff (starting at
//   `throttleDelayMs` for 429, since a quick retry would only be throttled again). If the server
//   asks for longer than `maxRetryAfterSeconds`, we give up at once with that ApiError.
// * Network failures and other 5xx are retried only for reads (GET/HEAD): a POST or PATCH may have
//   been applied before the connection broke, so repeating it could apply it twice.
// * Timeouts are never retried: the time limit is what the caller was willing to wait.
// * Cancellation, 4xx and malformed bodies are final.
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

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** Milliseconds to wait before attempt `attempt + 1`, or null to give up and throw `error`. */
export function retryDelay(error: unknown, method: string, attempt: number, options: RetryOptions): number | null {
  if (attempt >= options.maxAttempts) return null;
  if (error instanceof ApiError && (error.status === 429 || error.status === 503)) {
    if (error.retryAfter === null && error.status === 429) {
      return backoff(attempt, options.throttleDelayMs, options.maxRetryAfterSeconds * 1000);
    }
    if (error.retryAfter === null) return backoff(attempt, options.baseDelayMs, options.maxDelayMs);
    if (error.retryAfter > options.maxRetryAfterSeconds) return null;
    return error.retryAfter * 1000;
  }
  if (!SAFE_METHODS.has(method)) return null;
  const transient = error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
  return transient ? backoff(attempt, options.baseDelayMs, options.maxDelayMs) : null;
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
