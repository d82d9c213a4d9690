// Shared by the revision and draft tests: requests with extra headers (an agent's), a fresh seed
// before each test, and the admin hooks that expire publish tokens or store a secret's mask.
import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import { DEMO_API_KEY } from '../../../src/emulator/index';
import { type ApiResponse, type Client, useEmulator } from './helpers';

/** PostHog's MCP server; an agent for functions and the header that stages flow drafts. */
export const MCP = { 'x-posthog-client': 'mcp' };

export interface DraftClient extends Client {
  /** A request with extra headers (the User-Agent replaced when given). */
  as(headers: Record<string, string>, method: string, path: string, body?: unknown): Promise<ApiResponse>;
  admin(path: string, body?: unknown): Promise<unknown>;
}

/** Starts an emulator for the file and resets it to the seed before each test. */
export function useDraftEmulator(): DraftClient {
  const client = useEmulator() as DraftClient;
  client.as = async (headers, method, path, body) => {
    const res = await fetch(client.emulator.url + path, {
      method,
      headers: { authorization: `Bearer ${DEMO_API_KEY}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, text, headers: res.headers };
  };
  client.admin = async (path, body) => {
    const res = await fetch(client.emulator.url + path, { method: 'POST', body: JSON.stringify(body ?? {}) });
    const text = await res.text();
    assert.ok(res.ok, `admin ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as unknown;
  };
  beforeEach(async () => {
    await client.admin('/_emulator/reset');
  });
  return client;
}

/** The error envelope PostHog sends for one error. */
export function envelope(type: string, code: string, detail: string | RegExp, attr: string | null, body: unknown): void {
  const actual = body as { type: string; code: string; detail: string; attr: string | null };
  assert.deepEqual({ type: actual.type, code: actual.code, attr: actual.attr }, { type, code, attr });
  if (typeof detail === 'string') assert.equal(actual.detail, detail);
  else assert.match(actual.detail, detail);
}
