// `hog format` (src/hog/cli.ts): print, --write, --check, syntax errors and usage errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import { main } from '../../../src/hog/cli';

const UNFORMATTED = "let a:=1\nprint( a )\n";
const FORMATTED = 'let a := 1\nprint(a)\n';
const BROKEN = 'let a = 1\nprint(a\n';

const dir = mkdtempSync(join(tmpdir(), 'hog-format-'));
const messy = join(dir, 'messy.hog');
const tidy = join(dir, 'tidy.hog');
const broken = join(dir, 'broken.hog');

function run(args: string[]): { status: number; out: string[]; err: string[]; written: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const written: string[] = [];
  const status = main(args, { out: (line) => out.push(line), err: (line) => err.push(line), write: (text) => written.push(text) });
  return { status, out, err, written };
}

describe('hog format', () => {
  beforeEach(() => {
    writeFileSync(messy, UNFORMATTED);
    writeFileSync(tidy, FORMATTED);
    writeFileSync(broken, BROKEN);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('format FILE prints the formatted text and leaves the file alone', () => {
    assert.deepEqual(run(['format', messy]), { status: 0, out: [], err: [], written: [FORMATTED] });
    assert.equal(readFileSync(messy, 'utf8'), UNFORMATTED);
  });

  test('--check lists the files that would change and exits 1; 0 when none would', () => {
    assert.deepEqual(run(['format', '--check', messy, tidy]), { status: 1, out: [messy], err: [], written: [] });
    assert.deepEqual(run(['format', tidy, '--check']), { status: 0, out: [], err: [], written: [] });
    assert.equal(readFileSync(messy, 'utf8'), UNFORMATTED, '--check changes nothing');
  });

  test('--write rewrites the files that need it', () => {
    assert.deepEqual(run(['format', '--write', messy, tidy]), { status: 0, out: [], err: [], written: [] });
    assert.equal(readFileSync(messy, 'utf8'), FORMATTED);
    assert.equal(run(['format', '--check', messy]).status, 0);
  });

  test('a file with syntax errors: file:line:column: error: … on stderr, exit 1, file untouched', () => {
    for (const flag of [[], ['--check'], ['--write']]) {
      const result = run(['format', ...flag, broken]);
      assert.equal(result.status, 1, flag.join(' '));
      assert.deepEqual(result.err, [`${broken}:1:7: error: use ':=' to assign in a declaration, not '='`, `${broken}:2:6: error: unclosed '(': expected ')' to end the argument list`]);
      assert.deepEqual(result.out, []);
    }
    assert.equal(readFileSync(broken, 'utf8'), BROKEN);
    const mixed = run(['format', '--write', broken, messy]);
    assert.equal(mixed.status, 1);
    assert.equal(readFileSync(messy, 'utf8'), FORMATTED, 'the other files are still formatted');
  });

  test('usage errors exit 2', () => {
    for (const args of [['format'], ['format', messy, tidy], ['format', '--check'], ['format', '--check', '--write', messy], ['format', '--fix', messy]]) {
      const result = run(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.err.join('\n'), /hog format --check FILE/);
    }
    const missing = run(['format', '--check', join(dir, 'missing.hog')]);
    assert.equal(missing.status, 2);
    assert.match(missing.err[0] ?? '', /cannot read .*missing\.hog \(ENOENT\)/);
  });

  test('runs as a command: stdout is the formatted file, byte for byte', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/hog.ts', 'format', messy], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, FORMATTED);
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/hog.ts', 'format', '--check', messy], { encoding: 'utf8' });
    assert.equal(check.status, 1);
    assert.equal(check.stdout, messy + '\n');
  });
});
