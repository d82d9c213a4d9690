// Starts code-server (a real VS Code server + web workbench) under Node 24 with fresh per-run state:
// user data, extensions, XDG dirs and config all live in `stateDir`, so runs never share anything.
import { mkdirSync, openSync, closeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { delay, isRunning, spawnGroup, stopGroup } from './processes.mjs';

/** Settings that cut noise and background work in a run nobody is watching. */
const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'git.enabled': false,
  // Without this the extension host scans /proc for sockets to forward.
  'remote.autoForwardPorts': false,
  'workbench.tips.enabled': false,
  'update.mode': 'none',
};

/** Variables of the harness's own environment that code-server (and so the extension host) gets. */
const INHERITED = ['PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'TERM'];

/**
 * The environment for code-server: a small inherited base (so a VS Code terminal's VSCODE_* variables
 * do not leak into the run), every POSTHOG_TEST_* variable, then `extraEnv`.
 */
export function codeServerEnv(stateDir, extraEnv) {
  const env = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && (INHERITED.includes(name) || name.startsWith('POSTHOG_TEST_'))) env[name] = value;
  }
  return {
    ...env,
    XDG_CONFIG_HOME: join(stateDir, 'xdg-config'),
    XDG_DATA_HOME: join(stateDir, 'xdg-data'),
    XDG_CACHE_HOME: join(stateDir, 'xdg-cache'),
    EXTENSIONS_GALLERY: '{}',
    ...extraEnv,
  };
}

/**
 * Starts code-server on 127.0.0.1:`port` (no auth) and waits until /healthz answers.
 * stdout/stderr go to `<stateDir>/code-server.log`. Returns `{ url, child, dirs, stop }`.
 */
export async function startCodeServer({ toolchain, stateDir, port, env = {}, settings = {}, args = [] }) {
  const dirs = {
    userData: join(stateDir, 'user-data'),
    extensions: join(stateDir, 'extensions'),
    log: join(stateDir, 'code-server.log'),
  };
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const config = join(stateDir, 'code-server.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const logFd = openSync(dirs.log, 'a');
  const child = spawnGroup(
    toolchain.nodeBin,
    [
      toolchain.codeServerEntry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened',
      '--user-data-dir', dirs.userData,
      '--extensions-dir', dirs.extensions,
      '--config', config,
      ...args,
    ],
    { env: codeServerEnv(stateDir, env), stdout: logFd, stderr: logFd },
  );
  closeSync(logFd);
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);
  try {
    await waitHealthy(url, child, 60_000, dirs.log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, child, dirs, stop };
}

async function waitHealthy(url, child, timeoutMs, logPath) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(child)) throw new Error(`code-server exited (code ${child.exitCode}); see ${logPath}`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await delay(100);
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms; see ${logPath}`);
}
