// Headless Debian Chromium driven by the toolchain's playwright-core (DevTools protocol, no WebDriver).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './toolchain.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches headless Chromium with its profile and crash-handler database under `stateDir`.
 * Playwright starts it as its own process group and kills that group on `browser.close()`.
 */
export async function launchChromium(toolchain, stateDir) {
  const { chromium } = createRequire(join(toolchain.codeServerPrefix, 'package.json'))('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    // Debian's Chromium keeps its crash-handler database in $XDG_CONFIG_HOME/chromium.
    env: { ...process.env, XDG_CONFIG_HOME: join(stateDir, 'chromium-xdg'), XDG_CACHE_HOME: join(stateDir, 'chromium-cache') },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
