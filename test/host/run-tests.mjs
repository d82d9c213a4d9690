// `npm run test:vscode`: runs every extension-host suite (test/suite/**/*.test.ts, bundled by
// `npm run build` into out/suite/) inside a real VS Code extension host: code-server under Node 24,
// its web workbench in headless Chromium, all state fresh per run in a temp dir.
//
//   node test/host/run-tests.mjs [--grep PATTERN] [--timeout SECONDS] [--no-emulator] [--keep] [--verbose]
//
//   --grep        run only tests whose full title matches (mocha grep)
//   --timeout     overall limit after the toolchain check (default 600); exit 124 when reached
//   --no-emulator do not start dist/emulator.js (by default it is started when built, and its URL is
//                 passed to the suites as POSTHOG_TEST_EMULATOR_URL)
//   --keep        keep the run's temp dir (workspace, logs) even after a pass
//   --verbose     echo every workbench log line, not just the suite's output
// Every POSTHOG_TEST_* variable of this process reaches the extension host.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './browser.mjs';
import { REPO_ROOT, SUITE_INDEX, buildProblem } from './bundles.mjs';
import { startCodeServer } from './code-server.mjs';
import { startTestEmulator } from './emulator.mjs';
import { ensureToolchain } from './install.mjs';
import { createStopList, freePort } from './processes.mjs';
import { SUMMARY_ENV, expectedSuiteFiles, judgeSuite } from './summary.mjs';
import { runSuiteInWorkbench, testRunUrl } from './workbench.mjs';

const EXIT_TIMEOUT = 124;
/** test/suite/index.ts logs this first. */
const SUITE_START_LINE = 'posthog-hog suite:';
const WORKBENCH_CHATTER = [
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  /^\[AccountPolicyGate\]/,
  /^No search provider registered for scheme/,
  /^Timed out waiting for authentication provider 'github'/,
];

const say = (message) => console.log(`[vscode-test] ${message}`);

function parseOptions() {
  const { values } = parseArgs({
    options: {
      grep: { type: 'string' },
      timeout: { type: 'string', default: process.env.POSTHOG_HOG_TEST_TIMEOUT ?? '600' },
      'no-emulator': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) throw new Error(`--timeout must be a positive number of seconds, got ${values.timeout}`);
  return { grep: values.grep, timeoutMs: timeoutSeconds * 1000, emulator: !values['no-emulator'], keep: values.keep, verbose: values.verbose };
}

/** Starts everything, runs the suite; resolves with `{ code, logs }` from the workbench. */
async function runSuite({ toolchain, runDir, options, stops, workspace, summaryPath }) {
  const env = { [SUMMARY_ENV]: summaryPath };
  if (options.grep) env.POSTHOG_TEST_GREP = options.grep;
  if (options.emulator) Object.assign(env, await startTestEmulator(runDir, stops, say));

  const server = await startCodeServer({
    toolchain,
    stateDir: join(runDir, 'code-server'),
    port: await freePort(),
    env,
    args: ['--vscode-option', 'enable-smoke-test-driver'],
  });
  stops.add(server.stop);
  const browser = await launchChromium(toolchain, runDir);
  stops.add(() => browser.close());

  const consoleLog = join(runDir, 'workbench-console.log');
  const url = testRunUrl(server.url, { workspace, extensionDevelopmentPath: REPO_ROOT, extensionTestsPath: SUITE_INDEX });
  const echo = suiteOutputFilter(options.verbose);
  return runSuiteInWorkbench(browser, url, (level, text) => {
    appendFileSync(consoleLog, `[${level}] ${text}\n`);
    const shown = echo(level, text);
    if (shown !== null) console.log(shown);
  });
}

/**
 * What of a workbench log line reaches the terminal: everything from the suite's start line on (the
 * mocha reporter and console output of tests and extension) and the first line of each workbench
 * error, minus known workbench chatter. The extension host's console output arrives untagged, hence
 * the start line from index.ts. Returns null for lines to hold back.
 */
function suiteOutputFilter(verbose) {
  let suiteStarted = false;
  return (level, text) => {
    if (text.startsWith(SUITE_START_LINE)) suiteStarted = true;
    if (verbose) return text;
    if (WORKBENCH_CHATTER.some((pattern) => pattern.test(text))) return null;
    if (level === 'error') return text.split('\n')[0];
    return suiteStarted ? text : null;
  };
}

function saveWorkbenchLogs(runDir, logs) {
  for (const { relativePath, contents } of logs) {
    const path = join(runDir, 'workbench-logs', relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, contents);
  }
}

async function main() {
  // Output piped into e.g. `head` may close early; the run must still finish and clean up.
  process.stdout.on('error', () => {});
  const options = parseOptions();
  const toolchain = ensureToolchain();
  const problem = buildProblem();
  if (problem) {
    say(problem);
    return 1;
  }
  const started = Date.now();
  const runDir = mkdtempSync(join(tmpdir(), 'posthog-hog-vscode-test-'));
  const workspace = join(runDir, 'workspace');
  mkdirSync(workspace);
  const summaryPath = join(runDir, 'summary.json');
  const stops = createStopList();

  const interrupt = new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, resolve);
  });
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, options.timeoutMs);
  });

  let outcome;
  try {
    outcome = await Promise.race([
      runSuite({ toolchain, runDir, options, stops, workspace, summaryPath }).then((result) => ({ result })),
      timeout.then(() => ({ timedOut: true })),
      interrupt.then(() => ({ interrupted: true })),
    ]);
  } catch (error) {
    outcome = { error };
  }
  clearTimeout(timer);
  await stops.stopAll();

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const code = exitCodeFor(outcome, { summaryPath, options, seconds });
  if (outcome.result) saveWorkbenchLogs(runDir, outcome.result.logs);
  if (code === 0 && !options.keep) rmSync(runDir, { recursive: true, force: true });
  else say(`logs kept in ${runDir}`);
  return code;
}

/** Prints the outcome; returns the exit code. */
function exitCodeFor(outcome, { summaryPath, options, seconds }) {
  if (outcome.timedOut) {
    say(`TIMED OUT after ${options.timeoutMs / 1000} s`);
    return EXIT_TIMEOUT;
  }
  if (outcome.interrupted) {
    say('interrupted');
    return 130;
  }
  if (outcome.error) {
    say(`FAILED: ${outcome.error.message}`);
    return 1;
  }
  const expectedFiles = options.grep ? [] : expectedSuiteFiles(REPO_ROOT);
  return judgeSuite({ exitCode: outcome.result.code, summaryPath, expectedFiles, seconds, say });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    say(error?.message ?? String(error));
    process.exit(1);
  },
);
