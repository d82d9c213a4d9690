// `hog compile FILE`: the bytecode as PostHog's hoge writes it; errors as file:line:column.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { main } from '../../../src/hog/cli';
import { parseHoge } from '../../../src/hog/compiler';

const dir = mkdtempSync(join(tmpdir(), 'hog-compile-'));
const valid = join(dir, 'valid.hog');
const refused = join(dir, 'refused.hog');
const invalid = join(dir, 'invalid.hog');
writeFileSync(valid, "let a := 1.0\nprint(a, inf)\n");
writeFileSync(refused, "let a := 1\ntry {\n  a := 2\n} catch (e) {\n} finally {\n  print('x')\n}\n");
writeFileSync(invalid, 'let a = 1\n');

function run(args: string[]): { status: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const status = main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, out, err };
}

describe('hog compile', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('prints the .hoge text and exits 0', () => {
    const result = run(['compile', valid]);
    assert.equal(result.status, 0);
    assert.deepEqual(result.out, ['["_H", 1, 34, 1.0, 36, 0, 34, Infinity, 2, "print", 2, 35, 35]']);
    assert.deepEqual(parseHoge(result.out[0] ?? ''), ['_H', 1, 34, 1, 36, 0, 34, Infinity, 2, 'print', 2, 35, 35]);
  });

  test("a program PostHog refuses: PostHog's message at file:line:column (1-based), exit 1", () => {
    const result = run(['compile', refused]);
    assert.equal(result.status, 1);
    assert.deepEqual(result.out, []);
    assert.deepEqual(result.err, [`${refused}:2:1: error: finally blocks are not yet supported`]);
  });

  test('a syntax error: exit 1 with its position', () => {
    const result = run(['compile', invalid]);
    assert.equal(result.status, 1);
    assert.deepEqual(result.err, [`${invalid}:1:7: error: use ':=' to assign in a declaration, not '='`]);
  });

  test('bad arguments print the usage (which names compile) and exit 2', () => {
    for (const args of [['compile'], ['compile', valid, valid]]) {
      const result = run(args);
      assert.equal(result.status, 2);
      assert.match(result.err.join('\n'), /hog compile FILE/);
    }
    assert.equal(run(['compile', join(dir, 'missing.hog')]).status, 2);
  });

  const bundle = join(process.cwd(), 'dist', 'hog.js');
  test('node dist/hog.js compile runs as a command', { skip: existsSync(bundle) ? false : 'dist/hog.js not built (npm run build)' }, () => {
    const result = spawnSync(process.execPath, [bundle, 'compile', valid], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '["_H", 1, 34, 1.0, 36, 0, 34, Infinity, 2, "print", 2, 35, 35]\n');
  });
});
