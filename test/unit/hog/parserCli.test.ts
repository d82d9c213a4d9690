// The `hog` command line's language commands (src/hog/cli.ts; the command is src/cli/hog.ts, bundled to dist/hog.js).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { checkSource, main } from '../../../src/hog/cli';
import { parseProgram } from '../../../src/hog/index';

const dir = mkdtempSync(join(tmpdir(), 'hog-cli-'));
const valid = join(dir, 'valid.hog');
const invalid = join(dir, 'invalid.hog');
writeFileSync(valid, "let a := 1\nprint(f'{a}')\n");
writeFileSync(invalid, 'let a = 1\nlet b := (2 + 3\n');

function run(args: string[]): { status: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const status = main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, out, err };
}

describe('hog command line', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('parse FILE prints the official JSON and exits 0', () => {
    const result = run(['parse', valid]);
    assert.equal(result.status, 0);
    assert.deepEqual(result.out, [parseProgram("let a := 1\nprint(f'{a}')\n")]);
  });

  test('parse FILE with a syntax error prints the error object and exits 1', () => {
    const result = run(['parse', invalid]);
    assert.equal(result.status, 1);
    assert.match(result.out[0] ?? '', /"error":true/);
  });

  test('check prints file:line:column: error: message (1-based) and exits 1 on errors', () => {
    const result = run(['check', valid, invalid]);
    assert.equal(result.status, 1);
    assert.deepEqual(result.out, [
      `${invalid}:1:7: error: use ':=' to assign in a declaration, not '='`,
      `${invalid}:2:10: error: unclosed '(': expected ')'`,
    ]);
  });

  test('check exits 0 when there is nothing to report', () => {
    assert.deepEqual(run(['check', valid]), { status: 0, out: [], err: [] });
  });

  test('bad arguments print the usage and exit 2', () => {
    for (const args of [[], ['parse'], ['parse', valid, valid], ['lint', valid], ['check']]) {
      const result = run(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.err.join('\n'), /^usage: hog parse FILE/);
    }
    const missing = run(['check', join(dir, 'missing.hog')]);
    assert.equal(missing.status, 2);
    assert.match(missing.err[0] ?? '', /cannot read .*missing\.hog \(ENOENT\)/);
  });

  test('checkSource collects the problems of one source', () => {
    assert.deepEqual(checkSource('let x := 5 @ 3'), [
      { severity: 'error', message: "unexpected character '@' (U+0040)", line: 1, column: 12 },
    ]);
  });

  test('check adds the semantic checks, for the function type given with --type', () => {
    const where = (line: string) => line.replace(file, 'F').split(': ').slice(0, 2).join(': ');
    const file = join(dir, 'source.hog');
    writeFileSync(file, "let body := request.body\nprint(lenght(body))\n");
    const asDestination = run(['check', file]);
    assert.equal(asDestination.status, 1);
    assert.deepEqual(asDestination.out.map(where), [
      'F:1:13: warning',
      'F:2:7: error',
    ]);
    assert.match(asDestination.out[1] ?? '', /lenght/);
    const asSource = run(['check', '--type', 'source_webhook', file]);
    assert.deepEqual(asSource.out.map(where), ['F:2:7: error']);
    assert.equal(run(['check', '--type', 'nonsense', file]).status, 2);
    assert.equal(run(['check', '--type', 'destination']).status, 2);
  });

  test('runs as a command through tsx (the entry-point guard lets it run)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/hog.ts', 'check', invalid], { encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stdout.split('\n').filter(Boolean).length, 2);
  });

  const bundle = join(process.cwd(), 'dist', 'hog.js');
  test('dist/hog.js exports parseProgram and runs as a command', { skip: existsSync(bundle) ? false : 'dist/hog.js not built (npm run build)' }, () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled = require(bundle) as { parseProgram(source: string): string };
    assert.equal(bundled.parseProgram('let a := 1.5'), parseProgram('let a := 1.5'));
    const result = spawnSync(process.execPath, [bundle, 'parse', valid], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), parseProgram("let a := 1\nprint(f'{a}')\n"));
  });
});
