// How large an answer the client reads. PostHog's largest regular answers (a page of full functions,
// a flow with its actions) are a few megabytes; far beyond that is a misbehaving server or proxy, and
// reading it whole would take the editor's memory with it.

export const DEFAULT_MAX_RESPONSE_MEGABYTES = 50;

/** Bytes for a limit given in megabytes (a setting); anything not a positive number means the default. */
export function responseLimitBytes(megabytes: unknown): number {
  const value = typeof megabytes === 'number' && Number.isFinite(megabytes) && megabytes > 0 ? megabytes : DEFAULT_MAX_RESPONSE_MEGABYTES;
  return Math.round(value * 1024 * 1024);
}
