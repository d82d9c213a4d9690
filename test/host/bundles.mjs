// The built files a test run needs, and whether they are current. `npm test` builds right before the
// extension tests; a run started on its own should not silently test yesterday's bundle.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const SUITE_INDEX = join(REPO_ROOT, 'out', 'suite', 'index.js');
export const EXTENSION_BUNDLE = join(REPO_ROOT, 'dist', 'extension.js');

/** Why the bundles cannot be used (missing, or older than a source file), or null. */
export function buildProblem() {
  for (const bundle of [EXTENSION_BUNDLE, SUITE_INDEX]) {
    if (!existsSync(bundle)) return `${bundle} is missing: run \`npm run build\` first`;
  }
  const built = Math.min(statSync(EXTENSION_BUNDLE).mtimeMs, statSync(SUITE_INDEX).mtimeMs);
  const newer = ['src', 'test/suite'].flatMap((dir) => sourcesNewerThan(join(REPO_ROOT, dir), built));
  if (newer.length > 0) return `the bundles are older than ${newer[0]}: run \`npm run build\` first`;
  return null;
}

function sourcesNewerThan(dir, time) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => path.endsWith('.ts') && statSync(path).mtimeMs > time);
}
