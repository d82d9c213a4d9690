// `npm run demo` (after `npm run build`): the local PostHog emulator with demo data, and a VS Code with
// this extension loaded and signed in to it. Ctrl-C stops everything.
//   - desktop VS Code when `code` is on PATH (extension development window)
//   - otherwise code-server from the test toolchain cache (installed on demand): open the printed URL
//
//   node test/host/demo.mjs [--code-server] [--port N] [--screenshot FILE.png]
//
//   --code-server   use code-server even when `code` is on PATH
//   --port          code-server's port (default: a free one)
//   --screenshot    start, open the workbench in headless Chromium, save a screenshot, stop
//
// The extension signs in from POSTHOG_HOG_DEMO_HOST / POSTHOG_HOG_DEMO_API_KEY, given to VS Code only.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXTENSION_BUNDLE, REPO_ROOT } from './bundles.mjs';
import { startCodeServer } from './code-server.mjs';
import { hasEmulator, startEmulator } from './emulator.mjs';
import { ensureToolchain } from './install.mjs';
import { createStopList, freePort } from './processes.mjs';
import { screenshotWorkbench } from './screenshot.mjs';

const DEMO_API_KEY = 'phx_local_demo';
const SAMPLE_HOG = `// A Hog function to try the editor on.
fun greet(name) {
  return f'Hello, {name}!'
}

let event_name := event.event ?? 'unknown'
print(greet(event_name))
return { 'greeting': greet(event_name), 'at': now() }
`;

const say = (message) => console.log(`[demo] ${message}`);

function parseOptions() {
  const { values } = parseArgs({
    options: {
      'code-server': { type: 'boolean', default: false },
      port: { type: 'string' },
      screenshot: { type: 'string' },
    },
  });
  return { forceCodeServer: values['code-server'], port: values.port ? Number(values.port) : undefined, screenshot: values.screenshot };
}

function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return join(dir, command);
    } catch {
      // not in this directory
    }
  }
  return null;
}

function createWorkspace(demoDir) {
  const workspace = join(demoDir, 'workspace');
  mkdirSync(workspace);
  writeFileSync(join(workspace, 'hello.hog'), SAMPLE_HOG);
  return workspace;
}

/** Desktop VS Code: an extension development window on the workspace; resolves when it closes. */
function runDesktopCode(code, workspace, demoEnv) {
  say('opening desktop VS Code (close the window or press Ctrl-C to stop)');
  const child = spawn(code, [`--extensionDevelopmentPath=${REPO_ROOT}`, '--new-window', '--wait', workspace], {
    env: { ...process.env, ...demoEnv },
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.on('exit', resolve));
}

/**
 * code-server with the extension installed as a symlink named like an installed extension
 * (`hogdev.posthog-hog-<version>`) in the fresh extensions dir, so edits + `npm run build` show up
 * after a window reload.
 */
async function startCodeServerDemo({ demoDir, workspace, demoEnv, port, stops }) {
  const toolchain = ensureToolchain();
  const stateDir = join(demoDir, 'code-server');
  const { publisher, name, version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  mkdirSync(join(stateDir, 'extensions'), { recursive: true });
  symlinkSync(REPO_ROOT, join(stateDir, 'extensions', `${publisher}.${name}-${version}`), 'dir');
  const server = await startCodeServer({ toolchain, stateDir, port: port ?? (await freePort()), env: demoEnv });
  stops.add(server.stop);
  return { toolchain, url: `${server.url}/?folder=${encodeURIComponent(workspace)}` };
}

async function main() {
  const options = parseOptions();
  if (!hasEmulator(REPO_ROOT) || !accessibleFile(EXTENSION_BUNDLE)) {
    say('dist/extension.js or dist/emulator.js is missing: run `npm run build` first (npm run demo does)');
    return 1;
  }
  const stops = createStopList();
  const demoDir = mkdtempSync(join(tmpdir(), 'posthog-hog-demo-'));
  stops.add(async () => rmSync(demoDir, { recursive: true, force: true }));
  const stopped = new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, resolve);
  });
  try {
    const emulator = await startEmulator(REPO_ROOT, ['--seed', 'demo', '--api-key', DEMO_API_KEY], (text) => process.stdout.write(prefixLines('[posthog] ', text)));
    stops.add(emulator.stop);
    say(`local PostHog (demo data) at ${emulator.url}`);
    const demoEnv = { POSTHOG_HOG_DEMO_HOST: emulator.url, POSTHOG_HOG_DEMO_API_KEY: DEMO_API_KEY };
    const workspace = createWorkspace(demoDir);

    const code = options.forceCodeServer || options.screenshot ? null : findOnPath('code');
    if (code) {
      await Promise.race([runDesktopCode(code, workspace, demoEnv), stopped]);
      return 0;
    }
    const { toolchain, url } = await startCodeServerDemo({ demoDir, workspace, demoEnv, port: options.port, stops });
    if (options.screenshot) {
      const language = await screenshotWorkbench(toolchain, demoDir, url, options.screenshot);
      say(`screenshot saved to ${options.screenshot} (hello.hog opened as: ${language})`);
      return 0;
    }
    say(`VS Code with the extension, signed in to the local PostHog: open ${url}`);
    say('press Ctrl-C to stop');
    await stopped;
    return 0;
  } finally {
    say('stopping');
    await stops.stopAll();
  }
}

function accessibleFile(path) {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

function prefixLines(prefix, text) {
  return text.replace(/^(?=.)/gm, prefix);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    say(error?.message ?? String(error));
    process.exit(1);
  },
);
