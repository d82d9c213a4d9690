// The `hog` command: dist/hog.js, the package's bin. The Hog language commands (parse, check,
// compile, run, debug, format: src/hog/cli.ts), the workspace commands (pull, status, diff, push)
// and their tests (test).
// `require('./dist/hog.js').parseProgram(source)` is a drop-in for the official parseProgram.
import { mainAsync, parse, parseProgram } from '../hog/cli';
import { isWorkspaceCommand, runTestMain, runWorkspaceMain, TEST_USAGE, WORKSPACE_USAGE } from './index';

export { parse, parseProgram };

// Run only as the command itself (dist/hog.js, the `hog` bin link to it, or src/cli/hog.ts through
// tsx): when this module is bundled into another entry point, `require.main === module` holds there too.
const entryPoint = process.argv[1] ?? '';
if (require.main === module && /(^|[\\/])(hog|hog\.js|hog\.ts)$/.test(entryPoint)) {
  const args = process.argv.slice(2);
  if (isWorkspaceCommand(args[0])) void runWorkspaceMain(args);
  else if (args[0] === 'test') void runTestMain(args.slice(1));
  else
    void mainAsync(args, undefined, `${WORKSPACE_USAGE}\n${TEST_USAGE}`).then((status) => {
      process.exitCode = status;
    });
}
