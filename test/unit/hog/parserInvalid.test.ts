// Invalid corpus programs: every error a careful reader points at (invalid/*.expected.json) is
// reported at that line and column, with no extra errors.
//
// How close messages must be: each expected error has a list of key words below; our message
// must contain every one of them (case-insensitive). The words carry the meaning of the expected
// message (the operator involved and what to do or what is missing), not its exact wording.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse, parseProgram } from '../../../src/hog/index';
import { corpusFiles, CORPUS_DIR, CORPUS_SKIP } from './fixtures/corpus';

const KEY_WORDS: Record<string, string[][]> = {
  'invalid-ampersand-and': [["'&&'", "use 'and'"]],
  'invalid-array-missing-comma': [["','", "']'", 'array']],
  'invalid-bang-not': [["'!'", "use 'not'"]],
  'invalid-catch-empty-type': [['type name', "':'"]],
  'invalid-catch-without-try': [["'catch'", "'try'"]],
  'invalid-dict-colon-equals': [['dictionary', "':'", "':='"]],
  'invalid-dict-missing-colon': [["expected ':'", 'dictionary']],
  'invalid-doubled-operator': [["'/'", "'+'", 'missing operand']],
  'invalid-empty-array-comma': [["','", 'empty array']],
  'invalid-for-init-equals': [["':='", "'='", 'loop']],
  'invalid-fun-as-expression': [["'fun'", 'expression', 'lambda']],
  'invalid-if-missing-close-paren': [['unclosed', "'('", "'if'"]],
  'invalid-lambda-literal-params': [['lambda parameters', 'identifiers']],
  'invalid-let-inside-call': [["'let'", 'statement', 'inside an expression']],
  'invalid-let-missing-value': [['expected an expression', "':='"]],
  'invalid-let-with-equals': [["':='", "'='", 'declaration']],
  'invalid-missing-close-paren': [['unclosed', "'('", "')'", 'argument']],
  'invalid-multiple-errors': [
    ["':='", "'='"],
    ['unclosed', "'('", "')'"],
    ['unterminated string'],
    ["'}'", "no matching '{'"],
  ],
  'invalid-octal-prefix': [["'0o'", 'octal', 'not supported']],
  'invalid-plus-equals': [["'+='", 'not supported', 'count := count + 1']],
  'invalid-stray-closing-brace': [["'}'", "no matching '{'"]],
  'invalid-throw-without-value': [["'throw'", 'needs an expression']],
  'invalid-try-without-block': [["'try'", 'block in braces']],
  'invalid-unclosed-fstring-placeholder': [['unclosed', "'{'", 'f-string placeholder']],
  'invalid-unclosed-function-body': [['unclosed', "'{'", 'function body', "'}'"]],
  'invalid-unexpected-character': [['unexpected character', "'@'"]],
  'invalid-unicode-escape': [['escape sequence', "'\\u'"]],
  'invalid-unterminated-block-comment': [['missing right operand', "'+'"], ['unterminated block comment']],
  'invalid-unterminated-string': [['unterminated string']],
  'invalid-while-empty-condition': [['missing condition', "'while'"]],
};

interface ExpectedError {
  line: number;
  column: number;
  message: string;
}

function expectedErrors(name: string): ExpectedError[] {
  const path = join(CORPUS_DIR, 'invalid', name.replace(/\.hog$/, '.expected.json'));
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { errors: ExpectedError[] };
  return parsed.errors;
}

const files = CORPUS_SKIP ? [] : corpusFiles('invalid');

describe('parser: invalid corpus programs', { skip: CORPUS_SKIP }, () => {
  test('every invalid program has key words for each expected error', () => {
    assert.equal(files.length, 30);
    for (const file of files) {
      const words = KEY_WORDS[file.name.replace(/\.hog$/, '')];
      assert.ok(words, `no key words for ${file.name}`);
      assert.equal(words.length, expectedErrors(file.name).length, file.name);
    }
  });

  for (const file of files) {
    test(`${file.name}: each expected error at its position, and no others`, () => {
      const expected = expectedErrors(file.name);
      const words = KEY_WORDS[file.name.replace(/\.hog$/, '')] ?? [];
      const { errors } = parse(file.source);
      const found = errors.map((e) => `${e.start.line}:${e.start.column + 1} ${e.message}`);
      expected.forEach((want, i) => {
        const error = errors.find((e) => e.start.line === want.line && e.start.column + 1 === want.column);
        assert.ok(error, `expected an error at ${want.line}:${want.column} (${want.message}); got ${found.join(' | ')}`);
        for (const word of words[i] ?? []) {
          assert.ok(error.message.toLowerCase().includes(word.toLowerCase()), `'${error.message}' lacks '${word}'`);
        }
        assert.ok(error.end.offset > error.start.offset || error.end.line > error.start.line, 'the range is not empty');
      });
      assert.equal(errors.length, expected.length, `extra errors: ${found.join(' | ')}`);
    });
  }

  test('parseProgram returns an official-shaped error object for the first error', () => {
    for (const file of files) {
      const result = JSON.parse(parseProgram(file.source)) as Record<string, unknown>;
      const first = expectedErrors(file.name)[0] as ExpectedError;
      assert.equal(result.error, true);
      assert.equal(result.type, 'SyntaxError');
      assert.equal(typeof result.message, 'string');
      const start = result.start as { line: number; column: number };
      assert.deepEqual([start.line, start.column + 1], [first.line, first.column], file.name);
    }
  });
});
