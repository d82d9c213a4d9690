// `npm run test:fresh`: the README's test command as a newcomer meets it. Clones the committed HEAD
// into a temp dir (with ../shared beside it when this checkout has one), gives it an empty HOME, so
// no npm cache and no VS Code test toolchain, and runs `npm ci && npm test` there. Takes 5-8 minutes;
// the temp dir is removed after a pass and kept (its path printed) after a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outsideNpmEnv } from './install.mjs';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const README_TEST_COMMAND = 'npm ci && npm test';
const say = (message) => console.error(`[test:fresh] ${message}`);

function main() {
  const dir = mkdtempSync(join(tmpdir(), 'posthog-hog-fresh-'));
  const clone = join(dir, 'posthog-hog');
  const home = join(dir, 'home');
  mkdirSync(home);
  const cloned = spawnSync('git', ['clone', '--quiet', REPO_ROOT, clone], { stdio: 'inherit' });
  if (cloned.status !== 0) throw new Error(`git clone failed (exit ${cloned.status})`);
  const shared = resolve(REPO_ROOT, '..', 'shared');
  if (existsSync(shared)) symlinkSync(shared, join(dir, 'shared'));
  else say(`no ${shared}: the tests that read it will say so`);

  const env = { ...outsideNpmEnv(), HOME: home };
  for (const name of ['XDG_CACHE_HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'POSTHOG_HOG_TEST_CACHE']) delete env[name];
  say(`${README_TEST_COMMAND} in ${clone} with HOME=${home}`);
  const started = Date.now();
  const result = spawnSync('bash', ['-c', README_TEST_COMMAND], { cwd: clone, env, stdio: 'inherit' });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (result.status === 0) {
    say(`passed in ${seconds} s`);
    rmSync(dir, { recursive: true, force: true });
    return 0;
  }
  say(`FAILED (exit ${result.status}) after ${seconds} s; kept ${dir}`);
  return result.status ?? 1;
}

process.exit(main());
