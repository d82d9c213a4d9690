// Verbatim printing: node kinds the printer has no function for (embedded HogQL, added to the
// parser elsewhere) and layouts a function does not expect print as their source text, and
// the result still parses to the same tree. Everything the parser produces today has a function.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HOG_FAMILIES, printProgram, type PrintHooks } from '../../../src/hog/format/index';
import { mismatch } from '../../../src/hog/format/parts';
import { parse } from '../../../src/hog/index';
import { corpusFiles, CORPUS_SKIP } from './fixtures/corpus';
import { commented, respaced, tree, wrapped } from './formatSupport';

function print(source: string, hooks: PrintHooks = {}): string {
  const { program } = parse(source);
  assert.ok(program);
  return printProgram(source, program, {}, '', hooks);
}

function verbatimKinds(source: string): string[] {
  const kinds: string[] = [];
  print(source, { onVerbatim: (kind) => kinds.push(kind) });
  return kinds;
}

describe('formatter: verbatim fallback', () => {
  test('a node kind without a printer function prints as written, comments included', () => {
    const { Dict: _dict, ...withoutDicts } = HOG_FAMILIES;
    const source = "let d := {  'a' :1 ,/* c */ 'b':[ 1,2 ] } // after\nprint( d )";
    const printed = print(source, { families: withoutDicts });
    assert.equal(printed, "let d := {  'a' :1 ,/* c */ 'b':[ 1,2 ] } // after\nprint(d)\n");
    assert.deepEqual(tree(printed), tree(source));
  });

  test('a verbatim node spanning lines keeps its lines; the code around it is formatted', () => {
    const { Lambda: _lambda, ...withoutLambdas } = HOG_FAMILIES;
    const source = 'let f := (a,b)->{\n  return a+b\n}\nlet g:=f(1,2)';
    assert.equal(print(source, { families: withoutLambdas }), 'let f := (a,b)->{\n  return a+b\n}\nlet g := f(1, 2)\n');
  });

  test('a printer function that meets an unexpected layout falls back to the source text', () => {
    const kinds: string[] = [];
    const families = { ...HOG_FAMILIES, Tuple: () => mismatch('not today') };
    const printed = print('let t:=( 1 ,2 )', { families, onVerbatim: (kind) => kinds.push(kind) });
    assert.equal(printed, 'let t := ( 1 ,2 )\n');
    assert.deepEqual(kinds, ['Tuple']);
  });

  test('no node of the corpus, or of its variants, prints verbatim', { skip: CORPUS_SKIP }, () => {
    for (const program of corpusFiles('programs')) {
      const { name, source } = program;
      for (const variant of [source, respaced(source, name), wrapped(source), commented(source, name)]) {
        assert.deepEqual(verbatimKinds(variant), [], name);
      }
    }
  });
});
