// ../shared (the Hog corpus and PostHog's API reference) sits beside the checkout; tests read it in
// place. Every test that needs it skips through `sharedSkip`, so a run without it is never quietly
// green: in CI (CI set) the missing directory fails the test file; locally the skip reason carries
// SHARED_MARK, which test/run-unit.mjs counts and reports at the end of the run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED_DIR = join(process.cwd(), '..', 'shared');
export const SHARED_MARK = 'needs ../shared:';

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/** For `describe/test(name, { skip: sharedSkip('corpus/programs') }, …)`: false when the path exists. */
export function sharedSkip(relativePath: string): false | string {
  const path = sharedPath(relativePath);
  if (existsSync(path)) return false;
  const reason = `${SHARED_MARK} ${relativePath} not found at ${path}`;
  if (inCi()) throw new Error(`${reason}. CI runs every test: check out ../shared beside the clone.`);
  return reason;
}

function inCi(): boolean {
  const value = process.env.CI;
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}
