// Injected faults (admin route): the next `times` requests matching method + path regex get a
// canned response, a delay, or a destroyed socket instead of the real answer. With `afterHandler`,
// the request is first handled for real (its change applied) and only its answer is replaced: the
// ambiguous failure where the server did the work but the client never heard. With `bodyBytes`,
// the answer is a JSON object that large, streamed as the client reads it (streamedBody.ts).
import { validationError } from './errors';
import { isInteger, isRecord, type JsonValue } from './json';
import { MIN_STREAMED_BYTES } from './streamedBody';

export interface Fault {
  method: string | null;
  path: RegExp;
  status: number;
  headers: Record<string, string>;
  /** A string is sent as-is (HTML, truncated JSON...); anything else as JSON; undefined = empty. */
  body: JsonValue | undefined;
  /** When > 0, the body is a streamed JSON object of exactly this many bytes (`body` is ignored). */
  bodyBytes: number;
  delayMs: number;
  reset: boolean;
  afterHandler: boolean;
  remaining: number;
}

export function parseFault(raw: unknown): Fault {
  if (!isRecord(raw)) throw validationError('Expected a JSON object.');
  const match = isRecord(raw.match) ? raw.match : {};
  const response = isRecord(raw.response) ? raw.response : {};
  let path: RegExp;
  try {
    path = new RegExp(typeof match.path === 'string' ? match.path : '.*');
  } catch {
    throw validationError('match.path is not a valid regular expression.', 'match__path');
  }
  const status = response.status ?? 500;
  if (!isInteger(status) || status < 100 || status > 599) {
    throw validationError('response.status must be an HTTP status code.', 'response__status');
  }
  const times = raw.times ?? 1;
  if (!isInteger(times) || times < 1) throw validationError('times must be a positive integer.', 'times');
  const bodyBytes = response.bodyBytes ?? 0;
  if (!isInteger(bodyBytes) || (bodyBytes !== 0 && bodyBytes < MIN_STREAMED_BYTES)) {
    throw validationError(`response.bodyBytes must be an integer of at least ${MIN_STREAMED_BYTES}.`, 'response__bodyBytes');
  }
  return {
    method: typeof match.method === 'string' ? match.method.toUpperCase() : null,
    path,
    status,
    headers: stringHeaders(response.headers),
    body: response.body,
    bodyBytes,
    delayMs: isInteger(response.delayMs) && response.delayMs > 0 ? response.delayMs : 0,
    reset: response.reset === true,
    afterHandler: response.afterHandler === true,
    remaining: times,
  };
}

function stringHeaders(raw: JsonValue | undefined): Record<string, string> {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

export class FaultList {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push(fault);
  }

  clear(): void {
    this.faults = [];
  }

  /** The first live fault matching the request, consuming one of its `times`. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.faults.find((f) => (f.method === null || f.method === method) && f.path.test(path));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }
}
