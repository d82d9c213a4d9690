// Shared set-up for the log tail tests: a local PostHog emulator, a fresh function per test (so its
// log starts empty), the admin routes that append log rows, inject faults and list requests, and a
// scheduler whose timers only fire when a test says so.
import assert from 'node:assert/strict';
import { PostHogClient, type LogEntry } from '../../../src/api';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { EmulatorAdmin, type AdminObjectKind, type Fault, type LoggedRequest, type NewLogEntry } from '../../support/emulatorAdmin';
import type { Scheduler } from '../../../src/logs';

export const KEY = 'phx_tail_test_key';

export function startTailEmulator(): Promise<RunningEmulator> {
  return startEmulator({ admin: true, seed: 'empty', apiKeys: [{ key: KEY, scopes: ['*'] }] });
}

/** No client-side retries: a 503 reaches the tail, which is what the tests observe. */
export function makeClient(emulator: RunningEmulator): PostHogClient {
  return new PostHogClient({ baseUrl: emulator.url, apiKey: KEY, env: {}, retry: { maxAttempts: 1 }, timeoutMs: 10_000 });
}

/** The admin routes, with what the tail tests ask of them in short. */
export class Admin extends EmulatorAdmin {
  addLogs(id: string, entries: NewLogEntry[], kind: AdminObjectKind = 'hog_function'): Promise<unknown> {
    return this.appendLogs(kind, id, entries);
  }

  /** The next GET whose path matches fails with `status` (503 with a 1 s Retry-After by default). */
  fault(pathPattern: string, status = 503, extra: Partial<Fault['response']> = {}): Promise<void> {
    return this.addFault({ match: { method: 'GET', path: pathPattern }, response: { status, headers: { 'retry-after': '1' }, ...extra }, times: 1 });
  }

  /** The logged GETs of an object's logs. */
  logRequests(id: string): Promise<LoggedRequest[]> {
    return this.requestsTo('GET', new RegExp(`/${id}/logs/`));
  }
}

/** A destination with an empty log. */
export async function createFunction(client: PostHogClient, name = 'Tail target'): Promise<string> {
  const fn = await client.hogFunctions.create(1, { type: 'destination', name, hog: "print('hi')" });
  return fn.id;
}

/** Timers that never fire (tests poll with pollNow()); remembers the delays asked for. */
export class ManualScheduler implements Scheduler {
  readonly delays: number[] = [];
  #pending = new Map<number, () => void>();
  #next = 1;

  setTimeout(callback: () => void, ms: number): unknown {
    this.delays.push(ms);
    const id = this.#next++;
    this.#pending.set(id, callback);
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#pending.delete(handle as number);
  }

  get pending(): number {
    return this.#pending.size;
  }

  get lastDelay(): number | undefined {
    return this.delays.at(-1);
  }
}

/** `2030-01-01T00:00:00.000000Z` moved by `micros` (exact, no Date rounding). */
export function stamp(micros: number): string {
  const seconds = Math.floor(micros / 1_000_000);
  const fraction = micros - seconds * 1_000_000;
  const base = Date.UTC(2030, 0, 1) + seconds * 1000;
  return `${new Date(base).toISOString().slice(0, 19)}.${String(fraction).padStart(6, '0')}Z`;
}

export function messages(entries: readonly LogEntry[]): string[] {
  return entries.map((e) => e.message);
}

/** Fails unless timestamps never go backwards. */
export function assertTimeOrder(entries: readonly LogEntry[]): void {
  for (let i = 1; i < entries.length; i++) {
    const previous = entries[i - 1]!.timestamp;
    const current = entries[i]!.timestamp;
    assert.ok(previous <= current, `entry ${i} (${current}) is older than entry ${i - 1} (${previous})`);
  }
}

export { until } from '../support/wait';
