// The summary-file guard. The suite's `run()` (test/suite/index.ts) writes a summary to the path in
// POSTHOG_TEST_SUMMARY_FILE. VS Code reports exit code 0 whenever the extension host ends with 0,
// even when a test called process.exit(0) midway; so a run passes only with exit 0 AND a summary that
// shows every suite file ran at least one test and nothing failed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SUMMARY_ENV = 'POSTHOG_TEST_SUMMARY_FILE';

/** Bundled names (`smoke.test.js`, `explorer/tree.test.js`) of every test/suite/**\/*.test.ts. */
export function expectedSuiteFiles(repoRoot) {
  const dir = join(repoRoot, 'test', 'suite');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => name.replace(/\.ts$/, '.js'))
    .sort();
}

/** Reads the summary; returns null when it is missing or unreadable. */
export function readSummary(path) {
  if (!existsSync(path)) return null;
  try {
    const summary = JSON.parse(readFileSync(path, 'utf8'));
    return typeof summary === 'object' && summary !== null ? summary : null;
  } catch {
    return null;
  }
}

/** Reasons the run failed (empty when it passed). */
export function verdict(exitCode, summary, expectedFiles) {
  const problems = [];
  if (exitCode !== 0) problems.push(`the extension host reported exit code ${exitCode}`);
  if (!summary) {
    problems.push('the suite wrote no summary (it did not run, or the extension host exited early, e.g. process.exit in a test)');
    return problems;
  }
  if (summary.failures > 0) problems.push(`${summary.failures} test(s) failed`);
  if (!(summary.total > 0)) problems.push('the suite ran no tests');
  if (summary.passes + summary.failures + summary.pending < summary.total) {
    problems.push(`only ${summary.passes + summary.failures + summary.pending} of ${summary.total} tests ran`);
  }
  const files = summary.files ?? {};
  for (const name of expectedFiles) {
    if (!(files[name] > 0)) problems.push(`test/suite/${name.replace(/\.js$/, '.ts')} ran no tests (not bundled, or empty)`);
  }
  return problems;
}

function describeSummary(summary) {
  if (!summary) return 'no summary';
  return `${summary.passes} passing, ${summary.failures} failing, ${summary.pending} pending (of ${summary.total})`;
}

/** Prints PASSED or FAILED with the reasons for a suite that finished; returns the exit code. */
export function judgeSuite({ exitCode, summaryPath, expectedFiles, seconds, say }) {
  const summary = readSummary(summaryPath);
  const problems = verdict(exitCode, summary, expectedFiles);
  if (problems.length === 0) {
    say(`PASSED: ${describeSummary(summary)} in ${seconds} s`);
    return 0;
  }
  say(`FAILED (${describeSummary(summary)}, ${seconds} s):`);
  for (const problem of problems) say(`  - ${problem}`);
  for (const title of summary?.failedTitles ?? []) say(`  x ${title}`);
  return 1;
}
