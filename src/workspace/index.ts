// Functions and flows as files: the one implementation of pull, status, diff and push that the
// `hog` command line and VS Code both call. No vscode here.
//
//   const workspace = await readWorkspace(dir);
//   const target = resolveWorkspaceTarget(workspace.binding, {});  // or a sentence saying what is missing
//   const report = await push({ workspace, target, client, signal, onProgress }, { dryRun: true });
//   exitCodeOf(report);                                              // 0, 1 (failed) or 3 (conflict)
export type { Binding } from './binding';
export { compareWithServer, localProblems } from './compare';
export { diff, objectDiff, serverTexts } from './diffText';
export { BINDING_FILE, KIND_FOLDER, LOCK_FILE, objectFiles, objectLabel } from './layout';
export { readLocalObjects, type LocalObject, type LocalObjects } from './localFiles';
export { Lock, type LockEntry } from './lock';
export type { ObjectContent, ObjectKind } from './model';
export type { OperationContext, ProgressEvent } from './operation';
export { formatProblem, hasErrors, type Problem } from './problems';
export { pull, type PullOptions } from './pull';
export { push, type PushOptions } from './push';
export type { ObjectState, SyncStatus } from './reconcile';
export {
  exitCodeOf, type ErrorReport, type ObjectAction, type ObjectReport, type OperationName, type OperationReport,
} from './reports';
export { status } from './status';
export { readWorkspace, resolveWorkspaceTarget, type WorkspaceTarget, type WorkspaceFiles } from './workspace';
export {
  discoverTests, readTestSuite, runTestCase, runTests, testExitCode, testPath, TEST_SUFFIX, type CaseFailure, type CaseResult,
  type CaseRunOptions, type RunOutcome, type TestCase, type TestFilter, type TestReport, type TestRunOptions, type TestSuite,
} from './tests';
