// Tests as files: `functions/<slug>.test.yaml` cases run locally on the Hog runtime. No vscode here;
// `hog test` and an editor's test list both use this.
//
//   const suites = await discoverTests(dir);                    // cases with file, line, column
//   const result = await runTestCase(dir, slug, name, { env }); // one case: failures with expected/actual
//   const report = await runTests(dir, { env, filter: { grep: 'signup' } });
export { discoverTests, readTestSuite, testPath } from './discover';
export { expectedStatus } from './expectations';
export type {
  CaseFailure, CaseResult, ExpectationKind, Expectations, MockedResponseSpec, RunOutcome, TestCase, TestSuite,
} from './model';
export { TEST_SUFFIX } from './model';
export { runCase, type CaseRunOptions } from './runCase';
export { runTestCase, runTests, testExitCode, type TestFilter, type TestReport, type TestRunOptions } from './runTests';
export { readFunctionUnderTest, type FunctionUnderTest } from './subject';
