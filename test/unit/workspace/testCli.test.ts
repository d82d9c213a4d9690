// `hog test` on the command line: exit codes 0/1/2, the TAP report, --json, filters, progress on
// stderr, and dist/hog.js run as a real process.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { CHECKOUT, useTestsFixture } from './testSupport';

const execute = promisify(execFile);
const BUNDLE = join(process.cwd(), 'dist', 'hog.js');
const FILE = `functions/${CHECKOUT}.test.yaml`;
const CASES = `cases:
  - name: delivers
    globals: {event: {uuid: e-1, event: $pageview, properties: {}}}
    inputs: {api_key: k, debug: true}
    expect:
      print: ["Delivered to orders service, 200"]
  - name: "fails #1"
    globals: {event: {uuid: e-1, event: $pageview, properties: {}}}
    inputs: {api_key: k, debug: true}
    fetch: [{status: 201}]
    expect:
      print: ["Delivered to orders service, 200"]
`;

describe('hog test on the command line', () => {
  const fx = useTestsFixture();

  test('TAP: a plan, a point per case, a YAML block with where, expected and actual under a failure; exit 1', async () => {
    fx.write(FILE, CASES);
    const result = await fx.test([]);
    assert.equal(result.code, 1);
    assert.deepEqual(result.out.slice(0, 4), ['TAP version 13', '1..2', `ok 1 - ${CHECKOUT} > delivers`, `not ok 2 - ${CHECKOUT} > fails \\#1`]);
    assert.deepEqual(result.out.slice(-3), ['# tests 2', '# pass 1', '# fail 1']);
    const blockEnd = result.out.indexOf('  ...');
    assert.equal(result.out[4], '  ---');
    const block = parse(result.out.slice(5, blockEnd).map((line) => line.slice(2)).join('\n')) as unknown;
    assert.deepEqual(block, {
      at: `${FILE}:7:11`,
      failures: [{
        expectation: 'print', message: 'print lines differ', at: `${FILE}:12:7`,
        expected: ['Delivered to orders service, 200'], actual: ['Delivered to orders service, 201'],
      }],
    });
    assert.deepEqual(result.err, [`hog: testing ${CHECKOUT} > delivers`, `hog: testing ${CHECKOUT} > fails #1`]);
  });

  test('filters: a slug or a file name, --grep on case names; all passing is exit 0', async () => {
    fx.write(FILE, CASES);
    fx.write('functions/scrub-pii.test.yaml', 'cases:\n  - name: delivers nothing\n    globals: {event: {properties: {}}}\n');
    const grep = await fx.test(['--grep', 'DELIVERS', CHECKOUT]);
    assert.equal(grep.code, 0, grep.out.join('\n'));
    assert.deepEqual(grep.out, ['TAP version 13', '1..1', `ok 1 - ${CHECKOUT} > delivers`, '# tests 1', '# pass 1', '# fail 0']);
    const byFile = await fx.test([`--grep=fails`, `functions/${CHECKOUT}.hog`]);
    assert.deepEqual([byFile.code, byFile.out[1]], [1, '1..1']);
    const scrub = await fx.test(['functions/scrub-pii.test.yaml']);
    assert.equal(scrub.code, 1, 'a secret without a value fails the case');
    assert.match(scrub.out.join('\n'), /message: "secret input 'salt' has no value: give it under this case's inputs/);
  });

  test('--json: one object with the cases, their failures and runs, the summary and the exit code', async () => {
    fx.write(FILE, CASES);
    fx.write('functions/broken.test.yaml', 'cases: {}\n');
    const result = await fx.test(['--json', '--dir', '.']);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.out.join('\n')) as Record<string, unknown> & { cases: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(report), ['command', 'dir', 'problems', 'cases', 'summary', 'exitCode']);
    assert.deepEqual([report.command, report.summary, report.exitCode], ['test', { total: 2, passed: 1, failed: 1 }, 1]);
    assert.deepEqual(report.problems, [{ file: 'functions/broken.test.yaml', line: 1, column: 1, severity: 'error', message: 'cases: must be a list, not a mapping' }]);
    const failed = report.cases[1] as Record<string, unknown> & { run: Record<string, unknown> };
    assert.deepEqual(Object.keys(failed), ['id', 'slug', 'file', 'name', 'index', 'line', 'column', 'outcome', 'durationMs', 'failures', 'run']);
    assert.deepEqual([failed.id, failed.outcome, failed.line], [`${FILE}#fails #1`, 'failed', 7]);
    assert.deepEqual(failed.failures, [{
      kind: 'print', message: 'print lines differ', expected: ['Delivered to orders service, 200'], actual: ['Delivered to orders service, 201'],
      file: FILE, line: 12, column: 7,
    }]);
    assert.deepEqual(Object.keys(failed.run), ['status', 'result', 'print', 'logs', 'errors', 'captured', 'fetches']);
  });

  test('bad usage exits 2 and prints nothing on stdout', async () => {
    fx.write(FILE, CASES);
    for (const [args, message] of [
      [['--gerp', 'x'], 'hog: hog test: unknown argument --gerp'],
      [['--grep'], 'hog: --grep needs a value'],
      [['--dir', 'missing'], 'hog: missing is not a directory'],
      [['nothing-here'], 'hog: no tests for nothing-here: functions/nothing-here.test.yaml does not exist'],
    ] as const) {
      const result = await fx.test([...args]);
      assert.deepEqual([result.code, result.out, result.err[0]], [2, [], message]);
      assert.match(result.err[1] ?? '', /^usage: hog test /);
    }
  });

  test('no test files: an empty plan, exit 0', async () => {
    const result = await fx.test([]);
    assert.deepEqual([result.code, result.out], [0, ['TAP version 13', '1..0', '# tests 0', '# pass 0', '# fail 0']]);
  });

  test('dist/hog.js test runs as a command: TAP on stdout, progress on stderr, exit 1', { skip: existsSync(BUNDLE) ? false : 'dist/hog.js not built (npm run build)' }, async () => {
    fx.write(FILE, CASES);
    const failed = await execute(process.execPath, [BUNDLE, 'test', '--dir', fx.dir]).then(
      () => assert.fail('exit 0'),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, /^TAP version 13\n1\.\.2\nok 1 - /);
    assert.match(failed.stderr, /^hog: testing checkout-pageviews-to-webhook > delivers$/m);
    const passed = await execute(process.execPath, [BUNDLE, 'test', '--grep', 'delivers'], { cwd: fx.dir });
    assert.match(passed.stdout, /# pass 1\n# fail 0\n$/);
  });
});
