// The extension-host side of the test harness: VS Code loads this bundled file (out/suite/index.js)
// through `extensionTestsPath` and awaits `run()`. It runs every bundled `*.test.js` beside it with
// mocha (BDD: describe/it) and writes a summary to $POSTHOG_TEST_SUMMARY_FILE, which the runner
// checks (test/host/summary.mjs) because an exit code alone can report a pass for tests that never ran.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Mocha from 'mocha';

/** What the runner reads back. `files` maps each bundled suite file to the number of tests it ran. */
export interface SuiteSummary {
  passes: number;
  failures: number;
  pending: number;
  total: number;
  failedTitles: string[];
  files: Record<string, number>;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 20_000, color: false });
  const grep = process.env.POSTHOG_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = findSuiteFiles(__dirname);
  for (const file of files) mocha.addFile(file);
  // The runner (test/host/run-tests.mjs) echoes the extension host's output from this line on.
  console.log(`posthog-hog suite: ${files.length} test file(s)${grep ? `, grep ${grep}` : ''}`);

  return new Promise((resolve, reject) => {
    const summary: SuiteSummary = { passes: 0, failures: 0, pending: 0, total: 0, failedTitles: [], files: {} };
    for (const file of files) summary.files[relative(__dirname, file)] = 0;
    const runner = mocha.run(() => {
      writeSummary(summary);
      if (summary.failures > 0) reject(new Error(`${summary.failures} of ${summary.total} tests failed`));
      else if (summary.total === 0) reject(new Error(`no tests ran (suite files: ${files.length})`));
      else resolve();
    });
    summary.total = runner.total;
    runner.on('pass', () => summary.passes++);
    runner.on('pending', () => summary.pending++);
    // 'fail' also fires for failing hooks, which are not counted in runner.total.
    runner.on('fail', (test) => {
      summary.failures++;
      summary.failedTitles.push(test.fullTitle());
    });
    runner.on('test end', (test) => {
      if (test.file) summary.files[relative(__dirname, test.file)] = (summary.files[relative(__dirname, test.file)] ?? 0) + 1;
    });
  });
}

function findSuiteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => join(dir, name));
}

function writeSummary(summary: SuiteSummary): void {
  const path = process.env.POSTHOG_TEST_SUMMARY_FILE;
  if (path) writeFileSync(path, JSON.stringify(summary, null, 2));
}
