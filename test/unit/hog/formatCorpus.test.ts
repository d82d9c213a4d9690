// The formatter on every corpus program and on generated variants: the formatted program parses to
// the same tree (positions aside), formatting it again changes nothing, and every comment keeps
// its place among the tokens. Invalid programs are never formatted.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatSource } from '../../../src/hog/format/index';
import { corpusFiles, CORPUS_SKIP } from './fixtures/corpus';
import { assertFormatsSafely, commented, format, respaced, tree, withTrailingCommas, wrapped } from './formatSupport';

const programs = CORPUS_SKIP ? [] : corpusFiles('programs');
const invalid = CORPUS_SKIP ? [] : corpusFiles('invalid');

describe('formatter: corpus programs', { skip: CORPUS_SKIP }, () => {
  test('the corpus has its 72 programs', () => {
    assert.equal(programs.length, 72);
  });

  for (const program of programs) {
    test(`same tree, idempotent, comments in place: ${program.name}`, () => {
      const formatted = assertFormatsSafely(program.source, program.name);
      assert.ok(formatted.endsWith('\n') && !formatted.endsWith('\n\n'), 'ends with one line break');
      assert.doesNotMatch(formatted, /[ \t]+$/m, 'no trailing blanks');
      assert.doesNotMatch(formatted, /\n\n\n/, 'at most one blank line in a row');
    });
  }

  test('formatted programs keep lines within 120 columns unless a single token is longer', () => {
    for (const program of programs) {
      for (const line of format(program.source).split('\n')) {
        if (line.length <= 120) continue;
        assert.match(line.trim(), /^[^']*f?'.{60,}'[^']{0,40}$/, `${program.name}: only a long string may overflow: ${line}`);
      }
    }
  });

  test('programs with syntax errors are not formatted: the errors come back', () => {
    for (const program of invalid) {
      const result = formatSource(program.source);
      assert.equal(result.ok, false, program.name);
      if (!result.ok) assert.ok(result.errors.length > 0, program.name);
    }
    assert.ok(invalid.length >= 30);
  });
});

describe('formatter: generated variants of the corpus', { skip: CORPUS_SKIP }, () => {
  for (const program of programs) {
    test(`re-spaced, wrapped, commented, with trailing commas: ${program.name}`, () => {
      const original = tree(program.source);
      const variants = {
        respaced: respaced(program.source, program.name),
        wrapped: wrapped(program.source),
        commented: commented(program.source, program.name),
        'commented and wrapped': wrapped(commented(program.source, program.name + '!', 3)),
        'with trailing commas': withTrailingCommas(program.source),
      };
      for (const [kind, variant] of Object.entries(variants)) {
        assert.deepEqual(tree(variant), original, `${program.name}: the ${kind} variant means the same program`);
        assertFormatsSafely(variant, `${program.name} (${kind})`);
      }
    });
  }
});
