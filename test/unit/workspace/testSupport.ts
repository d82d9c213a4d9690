// Shared set-up for the `hog test` tests: the demo project pulled once over real HTTP from a local
// PostHog (which is then closed: tests run locally), copied into a fresh folder per test, and the
// command run in-process.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import { runTestCommand, runWorkspaceCommand } from '../../../src/cli';
import { startEmulator } from '../../../src/emulator';

const KEY = 'phx_tests_as_files_7e2b_never_printed';

export interface TestRun {
  code: number;
  out: string[];
  err: string[];
}

export interface TestsFixture {
  /** This test's copy of the pulled workspace. */
  dir: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** `hog test ARGS` in the folder. */
  test(args: string[], env?: Record<string, string>): Promise<TestRun>;
  /** 1-based line of the first line of `file` containing `text` (after `after`, when given). */
  lineOf(file: string, text: string, after?: string): number;
}

export function useTestsFixture(): TestsFixture {
  const fx = {} as TestsFixture;
  let pulled = '';
  before(async () => {
    pulled = mkdtempSync(join(tmpdir(), 'hog-tests-pulled-'));
    const emu = await startEmulator({ seed: 'demo', apiKeys: [{ key: KEY, scopes: ['*'] }] });
    try {
      const code = await runWorkspaceCommand(['pull', '--host', emu.url, '--project', '1'], {
        out: () => undefined, err: () => undefined, env: { POSTHOG_PERSONAL_API_KEY: KEY }, cwd: pulled,
      });
      assert.equal(code, 0);
    } finally {
      await emu.close();
    }
  });
  beforeEach(() => {
    fx.dir = mkdtempSync(join(tmpdir(), 'hog-tests-'));
    cpSync(pulled, fx.dir, { recursive: true });
  });
  afterEach(() => rmSync(fx.dir, { recursive: true, force: true }));
  after(() => rmSync(pulled, { recursive: true, force: true }));
  fx.read = (file) => readFileSync(join(fx.dir, file), 'utf8');
  fx.write = (file, text) => {
    mkdirSync(dirname(join(fx.dir, file)), { recursive: true });
    writeFileSync(join(fx.dir, file), text);
  };
  fx.test = async (args, env = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runTestCommand(args, { out: (line) => out.push(line), err: (line) => err.push(line), env, cwd: fx.dir });
    return { code, out, err };
  };
  fx.lineOf = (file, text, afterText) => {
    const lines = fx.read(file).split('\n');
    const start = afterText === undefined ? 0 : lines.findIndex((line) => line.includes(afterText));
    const index = lines.findIndex((line, i) => i >= start && line.includes(text));
    assert.ok(start >= 0 && index >= 0, `${text} is not in ${file}`);
    return index + 1;
  };
  return fx;
}

export const CHECKOUT = 'checkout-pageviews-to-webhook';
export const SCRUB = 'scrub-pii';
export const SIGNED = 'signed-order-webhooks';
