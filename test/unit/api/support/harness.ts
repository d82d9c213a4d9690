// Shared set-up for the API client tests: a local PostHog emulator with known keys, a client with
// fast retry delays, the emulator's admin routes (test/support/emulatorAdmin.ts), and the check that
// an error never contains the API key.
import assert from 'node:assert/strict';
import { after, before, beforeEach } from 'node:test';
import { inspect } from 'node:util';
import { PostHogClient, type PostHogClientOptions } from '../../../../src/api';
import { startEmulator } from '../../../../src/emulator';
import { EmulatorAdmin } from '../../../support/emulatorAdmin';

export type { Fault, LoggedRequest } from '../../../support/emulatorAdmin';

export const ALL_KEY = 'phx_test_all';
export const READONLY_KEY = 'phx_test_readonly';

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

export function startTestEmulator(): Promise<Emulator> {
  return startEmulator({
    admin: true,
    apiKeys: [{ key: ALL_KEY, scopes: ['*'] }, { key: READONLY_KEY, scopes: ['hog_function:read'] }],
  });
}

/** Retries are fast (10 ms base) so tests that exercise backoff stay quick. */
export const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 50, maxRetryAfterSeconds: 5, throttleDelayMs: 20 };

export function makeClient(emu: Emulator, overrides: Partial<PostHogClientOptions> = {}): PostHogClient {
  return new PostHogClient({ baseUrl: emu.url, apiKey: ALL_KEY, retry: FAST_RETRY, env: {}, ...overrides });
}

/** What the tests of one describe block share. */
export interface ClientFixture {
  emu: Emulator;
  client: PostHogClient;
  admin: EmulatorAdmin;
  /** The key's current project (users/@me → team). */
  projectId: number;
}

/**
 * Registers the hooks of the calling describe block: start an emulator and a client before its tests,
 * reset the emulator before each test (which also empties its request log and faults), close both after.
 * The returned object is filled in by `before`: read its fields in tests and hooks, not at describe time.
 */
export function useClientFixture(clientOptions: Partial<PostHogClientOptions> = {}): ClientFixture {
  const fx = {} as ClientFixture;
  before(async () => {
    fx.emu = await startTestEmulator();
    fx.client = makeClient(fx.emu, clientOptions);
    fx.admin = new EmulatorAdmin(fx.emu.url);
    fx.projectId = (await fx.client.discovery.me()).team!.id;
  });
  beforeEach(async () => {
    await fx.admin.reset();
  });
  after(async () => {
    await fx.client.close();
    await fx.emu.close();
  });
  return fx;
}

/** Every way an error can be shown or serialised: none may contain the key. */
export function assertNoKey(error: unknown, keys: readonly string[] = [ALL_KEY, READONLY_KEY]): void {
  const renderings = [
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
    error instanceof Error ? (error.stack ?? '') : '',
  ];
  for (const key of keys) {
    for (const text of renderings) assert.ok(!text.includes(key), `API key leaked into the error: ${text.slice(0, 500)}`);
  }
}

/** Runs `fn`, asserts it rejects, and returns the error (already checked for the key). */
export async function rejection(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    assertNoKey(error);
    return error;
  }
  assert.fail('expected the call to fail');
}
