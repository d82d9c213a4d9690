// Runs the plain-Node tests (api, emulator, hog) with Node's test runner; TypeScript via tsx.
//   node test/run-unit.mjs [filter]   only files whose path contains `filter`
// Without ../shared beside the checkout, the tests that read it skip (and fail under CI=true); the
// run then ends by saying how many were skipped, so a partial run never looks like a full one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function findTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const filter = process.argv[2] ?? '';
const files = findTests('test/unit').filter((f) => f.includes(filter)).sort();
const countDir = mkdtempSync(join(tmpdir(), 'posthog-hog-unit-'));
const countFile = join(countDir, 'shared-skips');
const reporters = [
  '--test-reporter', process.stdout.isTTY ? 'spec' : 'tap', '--test-reporter-destination', 'stdout',
  '--test-reporter', './test/unit/support/sharedSkips.mjs', '--test-reporter-destination', countFile,
];
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...reporters, ...files], { stdio: 'inherit' });
reportSharedSkips(existsSync(countFile) ? Number(readFileSync(countFile, 'utf8').trim()) : 0);
rmSync(countDir, { recursive: true, force: true });
process.exit(result.status ?? 1);

function reportSharedSkips(count) {
  if (count === 0) return;
  const shared = resolve('..', 'shared');
  console.error(
    `\nWARNING: ${count} tests and test groups did not run because ${shared} is missing ` +
      `(the groups hold one case per corpus file or sample, so more cases than that were not even generated). ` +
      `Put the shared corpus and reference there for a full run; CI fails without it.`,
  );
}
