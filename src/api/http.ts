// One HTTP exchange through undici: send, read the body up to a size limit, enforce the time limit,
// honour the caller's AbortSignal. Failures come out as NetworkError, TimeoutError, CancelledError or
// ResponseTooLargeError; HTTP statuses are not judged here. The response body is always read to the
// end or destroyed.
import type { Dispatcher } from 'undici';
import { CancelledError, NetworkError, type RequestInfo, ResponseTooLargeError, TimeoutError } from './errors';
import { undici } from './undici';

export interface Exchange {
  method: Dispatcher.HttpMethod;
  /** Absolute URL. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Largest body accepted; a larger one is cut off (never held whole in memory). */
  maxBytes: number;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export async function exchange(dispatcher: Dispatcher, ex: Exchange, info: RequestInfo): Promise<RawResponse> {
  if (ex.signal?.aborted) throw new CancelledError(info);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ex.timeoutMs);
  const onCallerAbort = (): void => controller.abort();
  ex.signal?.addEventListener('abort', onCallerAbort, { once: true });
  let response: Dispatcher.ResponseData | undefined;
  try {
    response = await undici().request(ex.url, {
      method: ex.method,
      headers: ex.headers,
      body: ex.body,
      dispatcher,
      signal: controller.signal,
    });
    const headers = flattenHeaders(response.headers);
    const body = await readLimited(response, headers, ex.maxBytes, info);
    return { status: response.statusCode, headers, body };
  } catch (error) {
    if (response) discard(response.body);
    if (error instanceof ResponseTooLargeError) throw error;
    if (ex.signal?.aborted) throw new CancelledError(info);
    if (timedOut) throw new TimeoutError(ex.timeoutMs, info);
    throw toNetworkError(error, info);
  } finally {
    clearTimeout(timer);
    ex.signal?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * The body, counted as it arrives: refused at once when Content-Length already says it is too large,
 * cut off as soon as the count passes `maxBytes` (a chunked body names no length in advance).
 */
async function readLimited(response: Dispatcher.ResponseData, headers: Record<string, string>, maxBytes: number, info: RequestInfo): Promise<Buffer> {
  const declared = Number(headers['content-length']);
  const tooLarge = (): ResponseTooLargeError => new ResponseTooLargeError(maxBytes, response.statusCode, info);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** Stops a body that will not be read; the error its destruction emits is expected and ignored. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

function toNetworkError(error: unknown, info: RequestInfo): NetworkError {
  const code = errorCode(error);
  const reason = NETWORK_REASONS[code ?? ''] ?? 'the connection failed';
  const detail = error instanceof Error && error.message ? `: ${error.message}` : '';
  return new NetworkError(`Could not reach PostHog, ${reason} (${info.method} ${info.path})${detail}.`, code, info);
}

/** undici's generic UND_ERR_SOCKET often wraps a more precise system code further down the chain. */
function errorCode(error: unknown): string | null {
  const codes: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth++, current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
  }
  return codes.find((code) => code !== 'UND_ERR_SOCKET') ?? codes[0] ?? null;
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
  ENOTFOUND: 'the host name was not found',
  EAI_AGAIN: 'the host name could not be resolved',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed (add the CA certificate)',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is not trusted (add the CA certificate)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate is not trusted (add the CA certificate)',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate does not match the host name',
};

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
