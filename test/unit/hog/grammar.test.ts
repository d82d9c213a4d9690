// The Hog TextMate grammar on the shared corpus: every valid program tokenises completely, with no
// `invalid` scope, no unscoped character and every string/comment/bracket closed by the end.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dump, projectRoot, tokenizeDocument } from './grammar-fixtures/tokenize';
import { sharedPath, sharedSkip } from '../support/shared';

const programsDir = sharedPath('corpus', 'programs');
const stdlibFile = sharedPath('reference', 'hog-stdlib.json');
const programs = existsSync(programsDir) ? readdirSync(programsDir).filter((f) => f.endsWith('.hog')).sort() : [];
const corpusSkip = sharedSkip('corpus/programs');

describe('grammar on the valid corpus programs', { skip: corpusSkip }, () => {
  test('finds the corpus programs', () => {
    assert.ok(programs.length >= 50, `only ${programs.length} programs in ${programsDir}`);
  });

  for (const file of programs) {
    test(file, async () => {
      const result = await tokenizeDocument(readFileSync(join(programsDir, file), 'utf8'));
      assert.deepEqual(result.stoppedEarly, [], 'lines where tokenising stopped early');
      assert.deepEqual(result.gaps, [], 'lines not fully covered by tokens');
      const invalid = result.tokens.filter((t) => t.scopes.some((s) => s.startsWith('invalid')));
      assert.equal(invalid.length, 0, `invalid scopes:\n${dump(invalid)}`);
      const unscoped = result.tokens.filter((t) => t.scopes.length === 1);
      assert.equal(unscoped.length, 0, `text no rule recognised:\n${dump(unscoped)}`);
      assert.equal(result.endDepth, 1, 'a string, comment or bracket is still open at the end of the file');
    });
  }
});

function builtinNamesInGrammar(): string[] {
  const grammar: unknown = JSON.parse(readFileSync(join(projectRoot, 'syntaxes', 'hog.tmLanguage.json'), 'utf8'));
  const match = findRule(grammar, 'support.function.builtin.hog');
  const alternation = /\(\?:([^()]*)\)/.exec(match);
  assert.ok(alternation?.[1], `no (?:a|b|...) list in ${match}`);
  return alternation[1].split('|');
}

/** The `match` regex of the rule that assigns `scope`, anywhere in the grammar's repository. */
function findRule(node: unknown, scope: string): string {
  if (typeof node !== 'object' || node === null) return '';
  const record = node as Record<string, unknown>;
  if (record.name === scope && typeof record.match === 'string') return record.match;
  for (const value of Object.values(record)) {
    const found = findRule(value, scope);
    if (found) return found;
  }
  return '';
}

function stdlibNames(): string[] {
  const stdlib: unknown = JSON.parse(readFileSync(stdlibFile, 'utf8'));
  const functions = (stdlib as { functions?: unknown }).functions;
  assert.ok(Array.isArray(functions), 'hog-stdlib.json has no functions array');
  return functions.map((f: unknown) => {
    const name = (f as { name?: unknown }).name;
    assert.equal(typeof name, 'string');
    return name as string;
  });
}

test('support.function.builtin.hog lists exactly the standard library names', {
  skip: sharedSkip('reference/hog-stdlib.json'),
}, () => {
  const inGrammar = builtinNamesInGrammar();
  const inStdlib = stdlibNames();
  const sorted = (names: string[]): string[] => [...new Set(names)].sort();
  assert.equal(new Set(inGrammar).size, inGrammar.length, 'duplicate names in the grammar list');
  assert.deepEqual(sorted(inGrammar), sorted(inStdlib),
    `regenerate the list: ${sorted(inStdlib).join('|')}`);
});
