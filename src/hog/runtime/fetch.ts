// `fetch(url, options)` from Hog: mocked as PostHog's test runs mock it (async-functions/
// fetch-handler.ts), or sent for real over undici as the worker's executeFetch sends it.
import { FetchMocks, type FetchResponse } from './fetchMocks';

export type { FetchResponse };
import { logMessage, type LogSink } from './logs';

/** The mock: two info lines (secrets redacted), then the answer of `mocks` (`{status: 200, body: {}}` by default). */
export function mockedFetch(logs: LogSink, secrets: readonly string[], mocks = new FetchMocks()): (url: unknown, options: unknown) => FetchResponse {
  return (url, options) => {
    logs.push('info', logMessage(["Async function 'fetch' was mocked with arguments:"], secrets));
    logs.push('info', logMessage([`fetch('${String(url)}', ${JSON.stringify(options, null, 2)})`], secrets));
    return mocks.answer(String(url), options);
  };
}

export interface RealFetchContext {
  readonly logs: LogSink;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Values never to write in a log line (secret inputs). */
  readonly secrets: readonly string[];
  /** Called with PostHog's message when the request fails or answers 400 or more. */
  readonly onFailure: (message: string) => void;
}

/** A real request; failures are logged and reported, and Hog still gets `{status, body}`. */
export async function realFetch(args: readonly unknown[], context: RealFetchContext): Promise<FetchResponse> {
  const [url, options] = args as [unknown, Record<string, unknown> | null | undefined];
  const request = requestOf(options);
  const signals = [AbortSignal.timeout(context.timeoutMs), ...(context.signal ? [context.signal] : [])];
  let status: number | undefined;
  let text: string | undefined;
  let failure: Error | undefined;
  // Imported here, not at the top: undici is loaded by the first real request, not with the extension.
  const { fetch } = await import('undici');
  try {
    const response = await fetch(String(url), { ...request, signal: AbortSignal.any(signals) });
    status = response.status;
    text = await response.text();
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
  }
  if (status === undefined || status >= 400) {
    const reason = `HTTP fetch failed on attempt 1 with status code ${status ?? '(none)'}.${failure ? ` Error: ${failure.message}.` : ''}`;
    const message = logMessage([reason], context.secrets);
    context.logs.push('error', message);
    context.onFailure(message);
  }
  return { status: status ?? 500, body: parseBody(text) };
}

function requestOf(options: Record<string, unknown> | null | undefined): { method: string; headers: Record<string, string>; body?: string } {
  const method = String(options?.method || 'POST').toUpperCase();
  const rawHeaders = (options?.headers || { 'Content-Type': 'application/json' }) as Record<string, unknown>;
  const headers = Object.fromEntries(Object.entries(rawHeaders).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const raw = options?.body;
  const body = raw ? (typeof raw === 'string' ? raw : JSON.stringify(raw)) : undefined;
  return method === 'GET' || method === 'HEAD' || body === undefined ? { method, headers } : { method, headers, body };
}

function parseBody(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
