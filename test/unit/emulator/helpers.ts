// Shared helpers for the emulator tests: a started emulator and a tiny JSON fetch wrapper.
import { after, before } from 'node:test';
import { DEMO_API_KEY, startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../src/emulator/index';
import type { LooseJson } from '../support/looseJson';

export interface ApiResponse {
  status: number;
  /** Parsed JSON (null when not JSON). */
  body: LooseJson;
  text: string;
  headers: Headers;
}

export interface Client {
  emulator: RunningEmulator;
  call(method: string, path: string, body?: unknown, key?: string | null): Promise<ApiResponse>;
  get(path: string, key?: string | null): Promise<ApiResponse>;
}

export async function request(
  url: string,
  method: string,
  body?: unknown,
  key: string | null = DEMO_API_KEY,
  raw = false,
): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (key !== null) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : raw ? String(body) : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: res.status, body: parsed, text, headers: res.headers };
}

/** Starts an emulator before the file's tests and closes it after. */
export function useEmulator(options: EmulatorOptions = {}): Client {
  const client = {} as Client;
  before(async () => {
    client.emulator = await startEmulator({ admin: true, ...options });
  });
  after(async () => {
    await client.emulator.close();
  });
  client.call = (method, path, body, key) => request(client.emulator.url + path, method, body, key === undefined ? DEMO_API_KEY : key);
  client.get = (path, key) => client.call('GET', path, undefined, key);
  return client;
}

export const FN = '/api/projects/1/hog_functions';
export const FLOWS = '/api/projects/1/hog_flows';

export const CHECKOUT_ID = '0197e2a1-5c3b-7d4e-8f90-000000000001';
export const SLACK_ID = '0197e2a1-5c3b-7d4e-8f90-000000000002';
export const SCRUB_ID = '0197e2a1-6d4c-7e5f-9a01-000000000006';
export const MASK_ID = '0197e2a1-6d4c-7e5f-9a01-000000000007';
export const DROP_ID = '0197e2a1-6d4c-7e5f-9a01-000000000008';
export const RENAME_ID = '0197e2a1-6d4c-7e5f-9a01-000000000009';
export const SOURCE_ID = '0197e2a1-7e5d-7f60-ab12-00000000000a';
export const SITE_APP_ID = '0197e2a1-8f6e-7071-bc23-00000000000b';
export const DELETED_ID = '0197e2a1-5c3b-7d4e-8f90-00000000000d';
export const STAGING_ID = '0197e2a1-5c3b-7d4e-8f90-0000000000e1';
export const ONBOARDING_FLOW = '0197d0c4-3a2b-7c1d-8e9f-000000000001';
export const DIGEST_FLOW = '0197d0c4-3a2b-7c1d-8e9f-000000000002';
export const REMINDER_FLOW = '0197d0c4-3a2b-7c1d-8e9f-000000000003';

export const VALID_HOG = "let res := fetch(inputs.url, {'method': 'POST'})\nprint(res.status)\n";

/** A microsecond ISO stamp (`...:SS.ffffffZ`) moved by `delta` microseconds. */
export function shiftMicros(stamp: string, delta: number): string {
  const micros = Date.parse(`${stamp.slice(0, 23)}Z`) * 1000 + Number(stamp.slice(23, 26)) + delta;
  const ms = Math.floor(micros / 1000);
  return `${new Date(ms).toISOString().slice(0, 23)}${String(micros - ms * 1000).padStart(3, '0')}Z`;
}
