// One place that turns any failure into a sentence for a notification and the next steps to offer.
// No vscode import: the command wrapper and the save path attach the actual actions.
import { ApiError, CancelledError, MalformedResponseError, NetworkError, StaleUpdateError, TimeoutError } from '../api/errors';

/** `reveal` is offered for errors about a place in a document (see problemAt.ts). */
export type NextStep = 'retry' | 'signIn' | 'compare' | 'merge' | 'overwrite' | 'reveal';

/**
 * An error of a higher layer that says itself what helps (NotSignedInError: sign in), so this
 * module needs to know no such error class.
 */
export class ErrorWithSteps extends Error {
  constructor(
    message: string,
    readonly steps: readonly NextStep[],
  ) {
    super(message);
  }
}

export interface ErrorReport {
  message: string;
  steps: NextStep[];
}

/** The user dismissed a question a command could not go on without: nothing to report. */
export class DismissedError extends Error {
  constructor() {
    super('Dismissed.');
    this.name = 'DismissedError';
  }
}

/**
 * Describes an error for the user. `action` says what was being done ("Saving “x.hog”"),
 * so the message reads as one sentence about it. Returns undefined for cancellations, which the
 * user asked for and need no message.
 */
export function describeError(error: unknown, action?: string): ErrorReport | undefined {
  if (error instanceof CancelledError || error instanceof DismissedError || isAbort(error)) return undefined;
  const prefix = action ? `${action} failed: ` : '';
  if (error instanceof StaleUpdateError || (error instanceof ApiError && error.status === 409 && error.code === 'stale_update')) {
    return {
      message: `${prefix}someone changed it on PostHog after you opened it. Compare the versions, merge theirs into yours, overwrite theirs, or keep editing.`,
      steps: ['compare', 'merge', 'overwrite'],
    };
  }
  if (error instanceof ApiError) return describeApiError(error, prefix);
  if (error instanceof ErrorWithSteps) return { message: `${prefix}${error.message}`, steps: [...error.steps] };
  if (error instanceof NetworkError) return { message: `${prefix}PostHog could not be reached (${error.message}).`, steps: ['retry'] };
  if (error instanceof TimeoutError || error instanceof MalformedResponseError) {
    return { message: `${prefix}${error.message}`, steps: ['retry'] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message: `${prefix}${message}`, steps: [] };
}

function describeApiError(error: ApiError, prefix: string): ErrorReport {
  const detail = error.detail || `HTTP ${error.status}`;
  if (error.status === 401) {
    return { message: `${prefix}PostHog did not accept the API key (${detail}). Sign in again with a valid personal API key.`, steps: ['signIn'] };
  }
  if (error.status === 403) {
    const scope = missingScope(detail);
    const message = scope
      ? `${prefix}the API key is missing the scope '${scope}'. Create a personal API key with that scope and sign in again.`
      : `${prefix}PostHog refused access: ${detail}`;
    return { message, steps: ['signIn'] };
  }
  if (error.status === 404) return { message: `${prefix}not found on PostHog; it may have been deleted.`, steps: [] };
  if (error.status === 429) {
    const wait = error.retryAfter !== null ? ` Try again in ${error.retryAfter} s.` : '';
    return { message: `${prefix}PostHog is rate limiting requests.${wait}`, steps: ['retry'] };
  }
  if (error.status >= 500) return { message: `${prefix}PostHog had a problem (HTTP ${error.status}): ${detail}`, steps: ['retry'] };
  if (error.attr) return { message: `${prefix}PostHog rejected the field '${error.attr}': ${detail}`, steps: [] };
  return { message: `${prefix}PostHog rejected the request: ${detail}`, steps: [] };
}

/** The scope named in PostHog's 403 detail ("API key missing required scope 'hog_function:write'"). */
export function missingScope(detail: string): string | undefined {
  return /scope '([^']+)'/.exec(detail)?.[1] ?? /scope "([^"]+)"/.exec(detail)?.[1];
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
