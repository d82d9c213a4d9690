// Runs the cases of a workspace folder (all, or those the filter selects), one after another, and
// reports a result per case plus problems of test files that keep them from being read.
import type { Problem } from '../problems';
import { discoverTests, readTestSuite, testPath } from './discover';
import type { CaseResult, TestCase, TestSuite } from './model';
import { runCase, type CaseRunOptions } from './runCase';
import { readFunctionUnderTest } from './subject';

export interface TestFilter {
  /** Only these functions' test files (slugs). */
  slugs?: readonly string[];
  /** Only cases whose name contains this text (any case). */
  grep?: string;
}

export interface TestRunOptions extends CaseRunOptions {
  filter?: TestFilter;
  /** Called before each case runs and after it ran. */
  onProgress?(event: { phase: 'start' | 'end'; testCase: TestCase; result?: CaseResult }): void;
}

export interface TestReport {
  /** Problems of whole test files (YAML syntax, schema errors outside cases): each is a failure. */
  problems: Problem[];
  cases: CaseResult[];
  summary: { total: number; passed: number; failed: number };
}

export async function runTests(dir: string, options: TestRunOptions): Promise<TestReport> {
  const suites = await selectedSuites(dir, options.filter?.slugs);
  const problems = suites.flatMap((suite) => suite.problems);
  const cases: CaseResult[] = [];
  for (const suite of suites) {
    const selected = suite.cases.filter((testCase) => matchesGrep(testCase, options.filter?.grep));
    if (selected.length === 0) continue;
    const subject = await readFunctionUnderTest(dir, suite.slug, suite.file);
    for (const testCase of selected) {
      options.onProgress?.({ phase: 'start', testCase });
      const result = await runCase(subject, testCase, options);
      options.onProgress?.({ phase: 'end', testCase, result });
      cases.push(result);
    }
  }
  const passed = cases.filter((result) => result.outcome === 'passed').length;
  return { problems, cases, summary: { total: cases.length, passed, failed: cases.length - passed } };
}

/** Runs the one case of `slug`'s test file with this name (or id), reading the files afresh. */
export async function runTestCase(dir: string, slug: string, name: string, options: CaseRunOptions): Promise<CaseResult | undefined> {
  const suite = await readTestSuite(dir, slug);
  const testCase = suite?.cases.find((candidate) => candidate.name === name || candidate.id === name);
  if (!suite || !testCase) return undefined;
  return runCase(await readFunctionUnderTest(dir, slug, suite.file), testCase, options);
}

/** 1 when any case failed or a test file has problems, else 0. */
export function testExitCode(report: TestReport): 0 | 1 {
  return report.summary.failed > 0 || report.problems.length > 0 ? 1 : 0;
}

async function selectedSuites(dir: string, slugs: readonly string[] | undefined): Promise<TestSuite[]> {
  if (slugs === undefined || slugs.length === 0) return discoverTests(dir);
  const suites: TestSuite[] = [];
  for (const slug of slugs) {
    const suite = await readTestSuite(dir, slug);
    suites.push(suite ?? { slug, file: testPath(slug), cases: [], problems: [{ file: testPath(slug), line: 1, column: 1, severity: 'error', message: 'no such test file' }] });
  }
  return suites;
}

function matchesGrep(testCase: TestCase, grep: string | undefined): boolean {
  return grep === undefined || testCase.name.toLowerCase().includes(grep.toLowerCase());
}
