// The local PostHog emulator's test-only routes (/_emulator/*, on with `admin: true`), for the unit
// tests and the extension-host tests alike: the request log (what was sent), faults (PostHog
// failing), reset, touch (someone else edits an object) and log entries.
import type { RecordedRequest } from '../../src/emulator/runtime';

/** One request as the emulator logged it (without the authorization header). */
export type LoggedRequest = RecordedRequest;

export interface Fault {
  match: { method?: string; path?: string };
  response: {
    status?: number; headers?: Record<string, string>; body?: unknown; delayMs?: number; reset?: boolean; afterHandler?: boolean;
    /** A JSON object of exactly this many bytes, streamed as the client reads it. */
    bodyBytes?: number;
  };
  /** How many matching requests fail (1 when left out). */
  times?: number;
}

export interface NewLogEntry {
  level: string;
  message: string;
  timestamp?: string;
  instance_id?: string;
}

export type AdminObjectKind = 'hog_function' | 'hog_flow';

export class EmulatorAdmin {
  constructor(readonly url: string) {}

  async requests(): Promise<LoggedRequest[]> {
    return (await this.admin('GET', '/_emulator/requests')) as LoggedRequest[];
  }

  /** Logged requests with this method whose path matches. */
  async requestsTo(method: string, path: RegExp): Promise<LoggedRequest[]> {
    return only(await this.requests(), method, path);
  }

  async clearRequests(): Promise<void> {
    await this.admin('DELETE', '/_emulator/requests');
  }

  async addFault(fault: Fault): Promise<void> {
    await this.admin('POST', '/_emulator/faults', fault);
  }

  async clearFaults(): Promise<void> {
    await this.admin('DELETE', '/_emulator/faults');
  }

  /** Back to the seed data; also empties the request log and the faults. */
  async reset(): Promise<void> {
    await this.admin('POST', '/_emulator/reset');
  }

  /** Someone else edits the object: it gets a new updated_at. Returns the new object. */
  async touch(kind: AdminObjectKind, id: string): Promise<Record<string, unknown>> {
    return (await this.admin('POST', '/_emulator/touch', { kind, id })) as Record<string, unknown>;
  }

  /** Appends entries to an object's log; returns them as the logs endpoint shows them. */
  async appendLogs(kind: AdminObjectKind, id: string, entries: readonly NewLogEntry[]): Promise<unknown[]> {
    return (await this.admin('POST', '/_emulator/logs', { kind, id, entries })) as unknown[];
  }

  private async admin(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(this.url + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  }
}

/** Requests of the log that are API calls (method + path match). */
export function only(requests: readonly LoggedRequest[], method: string, pathPattern: RegExp): LoggedRequest[] {
  return requests.filter((r) => r.method === method && pathPattern.test(r.path));
}
