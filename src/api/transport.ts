// The one request core every endpoint goes through: builds the URL on the configured origin, adds the
// auth header, applies the time limit and the retry policy, turns statuses into errors and checks the
// body against the shape its endpoint declares (validate.ts). Endpoint modules describe requests;
// they never touch HTTP themselves.
import type { Dispatcher } from 'undici';
import { excerpt, isRecord, toApiError, tryParseJson } from './errorBody';
import { apiKeyProblem } from './apiKey';
import { InvalidApiKeyError, MalformedResponseError, type MalformedKind, type RequestInfo } from './errors';
import { exchange, type RawResponse } from './http';
import { type Repeat, repeatOf, type RetryOptions, retryDelay, sleep } from './retry';
import type { Shape } from './shape/shape';
import { type AnswerContext, checkEach, checkOne, checkPage } from './validate';

/** Per-call options accepted by every endpoint function. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides the client's default time limit for this call (each attempt). */
  timeoutMs?: number;
}

export type QueryValue = string | number | boolean | readonly unknown[] | Record<string, unknown> | null | undefined;
export type Query = Record<string, QueryValue>;

/** The body's outer form; `shape` then says what each object in it must hold. */
export type Expect = 'object' | 'array' | 'page' | 'empty' | 'bytes';

export interface ApiRequest extends CallOptions {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path on the PostHog origin, with trailing slash; may carry a query string already. */
  path: string;
  query?: Query;
  body?: unknown;
  expect: Expect;
  /** What a second copy of the request could do; decides which failures are retried. Default by method (retry.ts). */
  repeat?: Repeat;
  /** The object (or each list item) the answer must hold; without it only `expect` is checked. */
  shape?: Shape<unknown>;
  /** With `expect: 'object'`: the id the answer must carry (the object the request names). */
  expectId?: string;
}

/** One line for an output channel. Never carries headers or bodies. */
export interface RequestLogEvent {
  method: string;
  path: string;
  /** HTTP status, or null when no response arrived. */
  status: number | null;
  durationMs: number;
  /** 1 for the first try. */
  attempt: number;
  /** Error class name when the attempt failed. */
  error?: string;
}

export interface TransportSettings {
  origin: string;
  apiKey: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
  retry: RetryOptions;
  userAgent: string;
  onRequest?: (event: RequestLogEvent) => void;
  /** Largest response body read, in bytes. */
  maxResponseBytes: number;
}

export class Transport {
  readonly origin: string;
  // Private fields keep the key out of util.inspect / JSON.stringify of the client.
  readonly #settings: TransportSettings;

  constructor(settings: TransportSettings) {
    this.origin = settings.origin;
    this.#settings = settings;
  }

  async send<T>(request: ApiRequest): Promise<T> {
    const info: RequestInfo = { method: request.method, path: withQuery(request.path, request.query) };
    const repeat = request.repeat ?? repeatOf(request.method);
    const keyProblem = apiKeyProblem(this.#settings.apiKey);
    if (keyProblem) throw new InvalidApiKeyError(keyProblem, info);
    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      try {
        const { status, value } = await this.#attempt(request, info);
        this.#log(info, status, started, attempt);
        return value as T;
      } catch (error) {
        this.#log(info, statusOf(error), started, attempt, error);
        const delay = retryDelay(error, repeat, attempt, this.#settings.retry);
        if (delay === null) throw error;
        await sleep(delay, request.signal, info);
      }
    }
  }

  /** Path and query of an absolute `next`/`previous` URL, to be requested on our own origin. */
  relativeToOrigin(url: string): string {
    const parsed = new URL(url, this.origin);
    return parsed.pathname + parsed.search;
  }

  close(): Promise<void> {
    return this.#settings.dispatcher.close();
  }

  async #attempt(request: ApiRequest, info: RequestInfo): Promise<{ status: number; value: unknown }> {
    const settings = this.#settings;
    const headers: Record<string, string> = {
      authorization: `Bearer ${settings.apiKey}`,
      accept: request.expect === 'bytes' ? '*/*' : 'application/json',
      'user-agent': settings.userAgent,
    };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    const response = await exchange(settings.dispatcher, {
      method: request.method,
      url: settings.origin + info.path,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      timeoutMs: request.timeoutMs ?? settings.timeoutMs,
      signal: request.signal,
      maxBytes: settings.maxResponseBytes,
    }, info);
    if (response.status < 200 || response.status >= 300) throw this.#apiError(response, info);
    return { status: response.status, value: this.#decode(response, request, info) };
  }

  #apiError(response: RawResponse, info: RequestInfo): Error {
    return toApiError({
      status: response.status,
      text: this.#redact(response.body.toString('utf8')),
      contentType: response.headers['content-type'] ?? '',
      retryAfterHeader: response.headers['retry-after'] ?? null,
    }, info);
  }

  #decode(response: RawResponse, request: ApiRequest, info: RequestInfo): unknown {
    const expect = request.expect;
    if (expect === 'empty') return undefined;
    if (expect === 'bytes') return new Uint8Array(response.body);
    const text = response.body.toString('utf8');
    const malformed = (kind: MalformedKind): MalformedResponseError =>
      new MalformedResponseError(kind, response.status, excerpt(this.#redact(text)), info);
    if (text.trim() === '') throw malformed('empty');
    const parsed = tryParseJson(text);
    if (!parsed.ok) throw malformed(classifyUnparsable(text, response.headers['content-type'] ?? ''));
    if (!hasShape(parsed.value, expect)) throw malformed('unexpected-shape');
    if (!request.shape) return parsed.value;
    const context: AnswerContext = { status: response.status, info, redact: (t) => this.#redact(t) };
    if (expect === 'array') return checkEach(request.shape, parsed.value as unknown[], context);
    if (expect === 'page') return checkPage(request.shape, parsed.value, context);
    return checkOne(request.shape, parsed.value, context, request.expectId);
  }

  #redact(text: string): string {
    const key = this.#settings.apiKey;
    return key ? text.split(key).join('[redacted]') : text;
  }

  #log(info: RequestInfo, status: number | null, started: number, attempt: number, error?: unknown): void {
    const onRequest = this.#settings.onRequest;
    if (!onRequest) return;
    const event: RequestLogEvent = { method: info.method, path: info.path, status, durationMs: Date.now() - started, attempt };
    if (error instanceof Error) event.error = error.name;
    try {
      onRequest(event);
    } catch {
      // A broken logger must not break requests.
    }
  }
}

function hasShape(value: unknown, expect: 'object' | 'array' | 'page'): boolean {
  if (expect === 'array') return Array.isArray(value);
  if (!isRecord(value)) return false;
  return expect === 'object' || Array.isArray(value.results);
}

/** Judged by the content first: a cut-off JSON body is that, whatever Content-Type claims. */
function classifyUnparsable(text: string, contentType: string): MalformedKind {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return isCutOff(text) ? 'truncated-json' : 'invalid-json';
  if (start.startsWith('<') || contentType.includes('html')) return 'html';
  return 'invalid-json';
}

/** True when the text ends while a string, object or array is still open. */
function isCutOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return inString || depth > 0;
}

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

export function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    params.append(name, queryText(value));
  }
  // Commas are legal in a query; leaving them readable keeps `type=a,b` legible in logs.
  const search = params.toString().replace(/%2C/gi, ',');
  if (!search) return path;
  return path + (path.includes('?') ? '&' : '?') + search;
}

/** Lists of names are comma-separated on the wire (`type=destination,site_destination`); objects are JSON. */
function queryText(value: Exclude<QueryValue, null | undefined>): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.join(',');
  }
  return JSON.stringify(value);
}
