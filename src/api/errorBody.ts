// Turns a non-2xx response into ApiError fields. PostHog usually answers with the envelope
// {type, code, detail, attr}, but some actions build their own bodies (raw serializer dicts,
// {"error": ...}, {"detail": ...}, {"status": "error", "errors"|"message": ...}) and proxies send HTML.
// All of them still become an ApiError with a readable `detail`.
import { ApiError, type ApiErrorFields, DraftExistsError, type RequestInfo, StaleUpdateError } from './errors';

export interface ErrorResponse {
  status: number;
  /** Body text, already scrubbed of the API key. */
  text: string;
  contentType: string;
  retryAfterHeader: string | null;
}

const EXCERPT_LENGTH = 300;

export function toApiError(response: ErrorResponse, request: RequestInfo, now: number = Date.now()): ApiError {
  const parsed = tryParseJson(response.text);
  const body = parsed.ok ? parsed.value : excerpt(response.text);
  const described = parsed.ok ? describeJsonBody(parsed.value) : null;
  const fields: ApiErrorFields = {
    status: response.status,
    type: described?.type ?? null,
    code: described?.code ?? null,
    detail: described?.detail || describeNonJson(response),
    attr: described?.attr ?? null,
    retryAfter: null,
    body,
  };
  fields.retryAfter = parseRetryAfter(response.retryAfterHeader, now) ?? retryAfterFromDetail(fields);
  if (fields.status === 409 && fields.code === 'stale_update') return new StaleUpdateError(fields, request);
  if (fields.status === 409 && fields.code === 'draft_exists') return new DraftExistsError(fields, request);
  return new ApiError(fields, request);
}

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

type Described = Pick<ApiErrorFields, 'type' | 'code' | 'detail' | 'attr'>;

function describeJsonBody(value: unknown): Described | null {
  if (!isRecord(value)) return null;
  const type = stringOrNull(value.type);
  const code = stringOrNull(value.code);
  const attr = stringOrNull(value.attr);
  for (const key of ['detail', 'error', 'message'] as const) {
    if (key in value) return { type, code, attr, detail: textOf(value[key]) };
  }
  if (Array.isArray(value.errors)) return { type, code, attr, detail: value.errors.map(textOf).join('; ') };
  return describeSerializerErrors(value);
}

/** A raw DRF serializer dict, e.g. {"configuration": {"hog": ["Hog code has errors."]}}: report the first leaf. */
function describeSerializerErrors(value: Record<string, unknown>): Described | null {
  const path: string[] = [];
  let node: unknown = value;
  while (isRecord(node)) {
    const first = Object.entries(node)[0];
    if (!first) return null;
    path.push(first[0]);
    node = first[1];
  }
  const message = Array.isArray(node) ? node[0] : node;
  if (message === undefined) return null;
  const attr = path.join('__');
  return { type: 'validation_error', code: null, attr: attr === 'non_field_errors' ? null : attr, detail: textOf(message) };
}

function describeNonJson(response: ErrorResponse): string {
  const isHtml = response.contentType.includes('html') || response.text.trimStart().startsWith('<');
  if (isHtml) return `The server answered ${response.status} with an HTML page instead of JSON.`;
  if (response.text.trim() === '') return `The server answered ${response.status} with no details.`;
  return `The server answered ${response.status}: ${excerpt(response.text).slice(0, 120)}`;
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** PostHog's throttling handler may drop the header; its detail says "Expected available in N seconds." */
function retryAfterFromDetail(fields: ApiErrorFields): number | null {
  if (fields.status !== 429) return null;
  const match = /in (\d+) seconds?/.exec(fields.detail);
  return match ? Number(match[1]) : null;
}

export function tryParseJson(text: string): { ok: true; value: unknown } | { ok: false; error: Error } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length > 0) return textOf(value[0]);
  return excerpt(JSON.stringify(value) ?? String(value));
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
