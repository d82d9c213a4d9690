// Starts the local PostHog emulator (dist/emulator.js, built by `npm run build`) as a child process.
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './bundles.mjs';
import { spawnGroup, stopGroup, waitForLine } from './processes.mjs';

const READY_LINE = /^PostHog emulator listening on (http:\/\/127\.0\.0\.1:\d+)/;

export function emulatorScript(repoRoot) {
  return join(repoRoot, 'dist', 'emulator.js');
}

export function hasEmulator(repoRoot) {
  return existsSync(emulatorScript(repoRoot));
}

/**
 * Starts `node dist/emulator.js --port 0 ...args` and waits for its first line
 * `PostHog emulator listening on http://127.0.0.1:<port>`. Output after that goes to `onOutput`.
 * Returns `{ url, stop }`.
 */
export async function startEmulator(repoRoot, args, onOutput) {
  const child = spawnGroup(process.execPath, [emulatorScript(repoRoot), '--port', '0', ...args], { cwd: repoRoot });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', onOutput);
  try {
    const match = await waitForLine(child, READY_LINE, 30_000, 'the PostHog emulator');
    child.stdout.on('data', onOutput);
    return { url: match[1], child, stop: () => stopGroup(child, 2000) };
  } catch (error) {
    await stopGroup(child, 500);
    throw error;
  }
}

/**
 * For test runs: starts the emulator with its admin routes when it is built, logging to
 * `<runDir>/emulator.log`; returns the environment for the suites ({} when not built).
 */
export async function startTestEmulator(runDir, stops, say) {
  if (!hasEmulator(REPO_ROOT)) {
    say('dist/emulator.js not built: running without the emulator (POSTHOG_TEST_EMULATOR_URL unset)');
    return {};
  }
  const logPath = join(runDir, 'emulator.log');
  const emulator = await startEmulator(REPO_ROOT, ['--admin'], (text) => appendFileSync(logPath, text));
  stops.add(emulator.stop);
  say(`emulator at ${emulator.url}`);
  return { POSTHOG_TEST_EMULATOR_URL: emulator.url };
}
