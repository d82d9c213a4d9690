// `npm run test:electron`: the same extension-host suites in desktop VS Code through
// @vscode/test-electron, for machines with a desktop and internet (it downloads VS Code from
// update.code.visualstudio.com into .vscode-test/). Offline or headless, it stops at once with the
// reason; use `npm run test:vscode` (code-server + headless Chromium) there.
//   node test/host/run-electron.mjs [--no-emulator]
import { lookup } from 'node:dns/promises';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SUITE_INDEX, buildProblem } from './bundles.mjs';
import { startTestEmulator } from './emulator.mjs';
import { createStopList } from './processes.mjs';
import { SUMMARY_ENV, expectedSuiteFiles, judgeSuite } from './summary.mjs';

const DOWNLOAD_HOST = 'update.code.visualstudio.com';
const say = (message) => console.log(`[vscode-test electron] ${message}`);

/** Why this machine cannot run desktop VS Code tests, or null. */
async function environmentProblem() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no desktop (DISPLAY/WAYLAND_DISPLAY unset); run it under `xvfb-run -a npm run test:electron`, or use `npm run test:vscode`';
  }
  try {
    await Promise.race([lookup(DOWNLOAD_HOST), new Promise((_, reject) => setTimeout(() => reject(new Error('DNS timeout')), 5000))]);
  } catch (error) {
    return `cannot reach ${DOWNLOAD_HOST} to download VS Code (${error.code ?? error.message}); offline, use \`npm run test:vscode\``;
  }
  return null;
}

async function main() {
  const problem = buildProblem() ?? (await environmentProblem());
  if (problem) {
    say(problem);
    return 1;
  }
  const { runTests } = await import('@vscode/test-electron');
  const started = Date.now();
  const runDir = mkdtempSync(join(tmpdir(), 'posthog-hog-electron-test-'));
  const workspace = join(runDir, 'workspace');
  mkdirSync(workspace);
  const summaryPath = join(runDir, 'summary.json');
  const stops = createStopList();
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('POSTHOG_TEST_')));
  let exitCode;
  try {
    if (!process.argv.includes('--no-emulator')) Object.assign(env, await startTestEmulator(runDir, stops, say));
    exitCode = await runTests({
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: SUITE_INDEX,
      extensionTestsEnv: { ...env, [SUMMARY_ENV]: summaryPath },
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', join(runDir, 'user-data'), '--extensions-dir', join(runDir, 'extensions')],
    }).catch((error) => {
      say(`FAILED: ${error?.message ?? error}`);
      return 1;
    });
  } finally {
    await stops.stopAll();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const code = judgeSuite({ exitCode, summaryPath, expectedFiles: expectedSuiteFiles(REPO_ROOT), seconds, say });
  if (code === 0) rmSync(runDir, { recursive: true, force: true });
  else say(`logs kept in ${runDir}`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    say(error?.message ?? String(error));
    process.exit(1);
  },
);
