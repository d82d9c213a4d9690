// The local PostHog emulator, started inside the extension host for one suite file, plus its
// admin routes (request log, faults, touch) used to check what the extension sent.
import { startEmulator, type RunningEmulator } from '../../../src/emulator';

export const TEST_KEY = 'phx_core_suite_key';
export const READ_ONLY_KEY = 'phx_core_suite_read_only';

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  headers: Record<string, string>;
}

export interface Fault {
  match: { method?: string; path?: string };
  response: { status?: number; headers?: Record<string, string>; body?: unknown; delayMs?: number; reset?: boolean; bodyBytes?: number };
  times?: number;
}

export class TestEmulator {
  private constructor(private readonly running: RunningEmulator) {}

  /** `host`: the address to listen on (default 127.0.0.1); its URL names that address. */
  static async start(host?: string): Promise<TestEmulator> {
    return new TestEmulator(
      await startEmulator({
        host,
        admin: true,
        seed: 'demo',
        apiKeys: [
          { key: TEST_KEY, scopes: ['*'] },
          { key: READ_ONLY_KEY, scopes: ['hog_function:read', 'hog_flow:read', 'user:read', 'organization:read', 'project:read'] },
        ],
      }),
    );
  }

  get url(): string {
    return this.running.url;
  }

  /** `host:port`, the authority of this emulator's posthog:// documents. */
  get authority(): string {
    return new URL(this.running.url).host;
  }

  close(): Promise<void> {
    return this.running.close();
  }

  async requests(): Promise<LoggedRequest[]> {
    return (await this.admin('GET', '/_emulator/requests')) as LoggedRequest[];
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

  async reset(): Promise<void> {
    await this.admin('POST', '/_emulator/reset');
  }

  /** Someone else edits the object: it gets a new updated_at. Returns the new object. */
  async touch(kind: 'hog_function' | 'hog_flow', id: string): Promise<Record<string, unknown>> {
    return (await this.admin('POST', '/_emulator/touch', { kind, id })) as Record<string, unknown>;
  }

  /** Reads through the API with the test key, bypassing the extension (the request is logged too). */
  async get(path: string): Promise<Record<string, unknown>> {
    const response = await fetch(this.url + path, { headers: { authorization: `Bearer ${TEST_KEY}` } });
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  }

  private async admin(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(this.url + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  }
}

/** Requests of the log that are API calls (method + path match). */
export function only(requests: LoggedRequest[], method: string, pathPattern: RegExp): LoggedRequest[] {
  return requests.filter((r) => r.method === method && pathPattern.test(r.path));
}
