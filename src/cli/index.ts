// The workspace commands of the `hog` command line (pull, status, diff, push); src/cli/hog.ts
// hands them over here.
export { isWorkspaceCommand, parseWorkspaceArgs, WORKSPACE_COMMANDS, WORKSPACE_USAGE, type WorkspaceArgs } from './args';
export { API_KEY_VARIABLE, runWorkspaceCommand, runWorkspaceMain, type CliEnvironment } from './run';
export { parseTestArgs, TEST_USAGE, type TestArgs } from './testArgs';
export { renderTap } from './tap';
export { runTestCommand, runTestMain, type TestCliEnvironment } from './testCommand';
