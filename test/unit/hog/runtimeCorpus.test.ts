// `run` prints what PostHog's VM prints: every corpus program with a `.stdout`, through the
// runtime (as the editor and the local PostHog run it) and once through `node dist/hog.js run`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { compileProgram, compileSource, readOfficialJson, type BytecodeValue } from '../../../src/hog/compiler';
import { runFunction } from '../../../src/hog/runtime';
import { sharedPath, sharedSkip } from '../support/shared';
import { readShared, sharedNames } from './fixtures/compile';
import { loadOracle, type Oracle } from './fixtures/oracle';

async function printed(run: { code?: string; bytecode?: BytecodeValue[] }): Promise<string> {
  const lines: string[] = [];
  const result = await runFunction({ type: 'hog', ...run, vmPrint: (line) => lines.push(line) });
  assert.deepEqual(result.errors, []);
  return lines.map((line) => line + '\n').join('');
}

const bundle = join(process.cwd(), 'dist', 'hog.js');
const NO_BUNDLE = existsSync(bundle) ? false : 'dist/hog.js not built (npm run build)';

function cliRun(file: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [bundle, 'run', file], { encoding: 'utf8' });
}

const SKIP = sharedSkip('corpus/bytecode');
const SQL_SKIP = sharedSkip('corpus/sql');

describe('run: corpus programs print what PostHog prints', { skip: SKIP }, () => {
  const names = SKIP ? [] : sharedNames('corpus/bytecode', '.stdout');

  test('the corpus has 18 outputs', () => assert.equal(names.length, 18));

  for (const name of names) {
    test(name, async () => {
      const code = readShared('corpus/programs', `${name}.hog`);
      assert.equal(await printed({ code }), readShared('corpus/bytecode', `${name}.stdout`));
    });
  }

  test('node dist/hog.js run prints the same for every one', { skip: NO_BUNDLE }, () => {
    for (const name of names) {
      const result = cliRun(sharedPath('corpus/programs', `${name}.hog`));
      assert.equal(result.stderr, '', name);
      assert.equal(result.status, 0, name);
      assert.equal(result.stdout, readShared('corpus/bytecode', `${name}.stdout`), name);
    }
  });
});

describe('run: the SQL corpus prints what PostHog prints', { skip: SQL_SKIP }, () => {
  const names = SQL_SKIP ? [] : sharedNames('corpus/sql', '.stdout');
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  test('the SQL corpus has 3 outputs', () => assert.equal(names.length, 3));

  for (const name of names) {
    test(`${name} (compiled from the official parser's tree)`, async () => {
      const { program, numberTexts } = readOfficialJson(oracle.parseProgram(readShared('corpus/sql', `${name}.hog`)));
      const bytecode = compileProgram(program, { numberTexts }).bytecode;
      assert.ok(bytecode);
      assert.equal(await printed({ bytecode }), readShared('corpus/sql', `${name}.stdout`));
    });

    // Our parser does not read `(select …)` and tags yet; these run as soon as it does.
    const ours = compileSource(readShared('corpus/sql', `${name}.hog`)).errors === undefined;
    test(`${name} through node dist/hog.js run`, { skip: NO_BUNDLE || (ours ? false : 'our parser does not read this program yet') }, () => {
      const result = cliRun(sharedPath('corpus/sql', `${name}.hog`));
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, readShared('corpus/sql', `${name}.stdout`));
    });
  }
});
