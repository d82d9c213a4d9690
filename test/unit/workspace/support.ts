// Shared set-up for the workspace tests: a local PostHog with the demo data and admin routes, a fresh
// folder per test, and the `hog pull|status|diff|push` command run in-process over real sockets.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import { PostHogClient } from '../../../src/api';
import { runWorkspaceCommand } from '../../../src/cli';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import type { OperationReport } from '../../../src/workspace';
import { EmulatorAdmin } from '../../support/emulatorAdmin';
import { FAST_RETRY, type LoggedRequest } from '../api/support/harness';

/** A key unlike any other string in the data, so any appearance of it in output is a leak. */
export const KEY = 'phx_workspace_4c1d9e_never_printed';

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

export interface JsonResult {
  code: number;
  report: OperationReport & { exitCode: number };
  err: string;
}

export interface WorkspaceFixture {
  emu: RunningEmulator;
  admin: EmulatorAdmin;
  /** A client of the same emulator, for changes "someone else" makes. */
  api: PostHogClient;
  /** This test's workspace folder. */
  dir: string;
  run(args: string[], env?: Record<string, string>): Promise<RunResult>;
  runJson(args: string[], env?: Record<string, string>): Promise<JsonResult>;
  /** `hog pull` of project 1 into the fresh folder, then an empty request log. */
  pulled(): Promise<void>;
  /** Requests other than GET the emulator received since the log was last cleared. */
  writes(): Promise<LoggedRequest[]>;
  read(file: string): string;
  write(file: string, text: string): void;
  remove(file: string): void;
  exists(file: string): boolean;
  /** Every file of the folder with its bytes and mtime. */
  snapshot(): Map<string, { text: string; mtimeMs: number }>;
  lockEntry(project: number, section: 'functions' | 'flows', slug: string): { id: string; updated_at: string; sha256: string } | undefined;
}

export function useWorkspaceFixture(): WorkspaceFixture {
  const fx = {} as WorkspaceFixture;
  before(async () => {
    fx.emu = await startEmulator({ admin: true, seed: 'demo', apiKeys: [{ key: KEY, scopes: ['*'] }] });
    fx.admin = new EmulatorAdmin(fx.emu.url);
    fx.api = new PostHogClient({ baseUrl: fx.emu.url, apiKey: KEY, retry: FAST_RETRY, env: {} });
  });
  beforeEach(async () => {
    await fx.admin.reset();
    fx.dir = mkdtempSync(join(tmpdir(), 'hog-workspace-'));
  });
  afterEach(() => rmSync(fx.dir, { recursive: true, force: true }));
  after(async () => {
    await fx.api.close();
    await fx.emu.close();
  });
  fx.run = (args, env = {}) => run(fx, args, env);
  fx.runJson = async (args, env = {}) => {
    const result = await run(fx, [...args, '--json'], env);
    return { code: result.code, err: result.err, report: JSON.parse(result.out) as JsonResult['report'] };
  };
  fx.pulled = async () => {
    const result = await fx.run(['pull', '--host', fx.emu.url, '--project', '1']);
    assert.equal(result.code, 0, result.out + result.err);
    await fx.admin.clearRequests();
  };
  fx.writes = async () => (await fx.admin.requests()).filter((request) => request.method !== 'GET');
  fx.read = (file) => readFileSync(join(fx.dir, file), 'utf8');
  fx.write = (file, text) => {
    mkdirSync(dirname(join(fx.dir, file)), { recursive: true });
    writeFileSync(join(fx.dir, file), text);
  };
  fx.remove = (file) => rmSync(join(fx.dir, file));
  fx.exists = (file) => existsSync(join(fx.dir, file));
  fx.snapshot = () => snapshot(fx.dir);
  fx.lockEntry = (project, section, slug) => {
    const lock = JSON.parse(fx.read('posthog.lock.json')) as { projects: Record<string, Record<string, Record<string, { id: string; updated_at: string; sha256: string }>>> };
    return lock.projects[String(project)]?.[section]?.[slug];
  };
  return fx;
}

async function run(fx: WorkspaceFixture, args: string[], env: Record<string, string>): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runWorkspaceCommand(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { POSTHOG_PERSONAL_API_KEY: KEY, ...env },
    cwd: fx.dir,
    client: { retry: FAST_RETRY },
  });
  const result = { code, out: out.join('\n'), err: err.join('\n') };
  assert.ok(!result.out.includes(KEY) && !result.err.includes(KEY), 'the API key appeared in the output');
  return result;
}

function snapshot(dir: string): Map<string, { text: string; mtimeMs: number }> {
  const files = new Map<string, { text: string; mtimeMs: number }>();
  const walk = (relative: string): void => {
    for (const name of readdirSync(join(dir, relative))) {
      const path = relative ? `${relative}/${name}` : name;
      const stats = statSync(join(dir, path));
      if (stats.isDirectory()) walk(path);
      else files.set(path, { text: readFileSync(join(dir, path), 'utf8'), mtimeMs: stats.mtimeMs });
    }
  };
  walk('');
  return files;
}

/** Secret values in the demo data: none may ever reach a file or an output. */
export const SEEDED_SECRETS = [
  'sk_live_emulator_orders_3f9a', 'xoxb-emulator-0000-not-a-real-token', 'mk-emulator-7c1d-not-real', 'emulator-salt-5e2b',
  'whsec_emulator_9d8c7b6a', 'xoxb-emulator-digest-not-real', 'twilio-emulator-token-not-real', 'staging-salt-0000',
];

export const CHECKOUT = 'checkout-pageviews-to-webhook';
export const CHECKOUT_ID = '0197e2a1-5c3b-7d4e-8f90-000000000001';
export const SCRUB = 'scrub-pii';
export const SCRUB_ID = '0197e2a1-6d4c-7e5f-9a01-000000000006';
export const SLACK = 'signups-to-slack';
export const SLACK_ID = '0197e2a1-5c3b-7d4e-8f90-000000000002';
export const ONBOARDING = 'onboarding-welcome-email';
export const ONBOARDING_ID = '0197d0c4-3a2b-7c1d-8e9f-000000000001';
export const DIGEST = 'weekly-digest-batch';
export const DIGEST_ID = '0197d0c4-3a2b-7c1d-8e9f-000000000002';
