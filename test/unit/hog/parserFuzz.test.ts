// Fuzzing: mangled programs never make the lexer or parser throw, and what they report is sane.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse, parseProgram } from '../../../src/hog/index';
import { corpusFiles, CORPUS_SKIP, SQL_CORPUS_SKIP, sqlCorpusFiles } from './fixtures/corpus';
import { QueryGenerator } from './fixtures/queryGenerator';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '(', ')', '[', ']', '{', '}', "'", '"', '`', "f'", '\\', '/*', '*/', '//', '--', '#', '\n', '\r\n', ' ',
  ':=', ':', '=', '->', '?.', '??', '?', ',', ';', '.', '-', '+', '*', '!', '&&', '||', '<', '>', '@',
  'let', 'fun', 'if', 'else', 'for', 'in', 'while', 'return', 'try', 'catch', 'finally', 'throw', 'not',
  'and', 'or', 'case', 'when', 'then', 'end', 'interval', 'between', 'is', 'null', 'x', '1', '1.5e3', '0x',
  '0o7', 'é', '😀', '\u00a0', '\ud800',
];

/** Pieces of HogQL: query keywords, join words, window words, tag delimiters. */
const SQL_PIECES = [
  'select', 'from', 'where', 'join', 'left', 'on', 'using', 'group', 'by', 'order', 'limit', 'offset', 'union', 'all',
  'with', 'as', 'over', 'partition', 'rows', 'between', 'preceding', 'filter', 'within', 'distinct', 'columns', 'exclude',
  'replace', 'pivot', 'values', 'array', 'final', 'sample', '<a', '<a>', '</a>', '/>', '<', '>', '</', '{x}', '<=>',
  'ignore nulls', 'try_cast(', '::', '*', '(', ')', ',', "'t'", '1', 'x', '\n',
];

function mangle(source: string, next: () => number, pieces: string[] = PIECES): string {
  let text = source;
  const edits = 1 + Math.floor(next() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (text.length + 1));
    const choice = next();
    if (choice < 0.4) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 8));
    else text = text.slice(0, at) + (pieces[Math.floor(next() * pieces.length)] as string) + text.slice(at);
  }
  return text;
}

function checkSane(source: string): void {
  const { program, errors } = parse(source);
  for (const error of errors) {
    assert.ok(error.message.length > 0);
    assert.ok(error.start.offset >= 0 && error.start.offset <= source.length, 'error start within the source');
    assert.ok(error.end.offset >= error.start.offset && error.end.offset <= source.length, 'error end within the source');
    assert.ok(error.start.line >= 1 && error.start.column >= 0);
  }
  if (errors.length === 0) assert.ok(program, 'a program without errors has a tree');
  const json: unknown = JSON.parse(parseProgram(source));
  assert.equal(typeof json, 'object');
  assert.equal(errors.length > 0, (json as { error?: boolean }).error === true, 'parseProgram agrees with parse');
}

describe('parser: fuzzing', () => {
  test('random token soup never throws', () => {
    const next = random(7);
    for (let i = 0; i < 1500; i++) {
      const length = Math.floor(next() * 40);
      const source = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join(next() < 0.5 ? ' ' : '');
      assert.doesNotThrow(() => checkSane(source), JSON.stringify(source));
    }
  });

  test('mangled corpus programs never throw', { skip: CORPUS_SKIP }, () => {
    const programs = corpusFiles('programs');
    const next = random(42);
    for (let i = 0; i < 1500; i++) {
      const program = programs[i % programs.length];
      if (program === undefined) continue;
      const source = mangle(program.source, next);
      assert.doesNotThrow(() => checkSane(source), `${program.name}, mangled #${i}`);
    }
  });

  test('HogQL soup never throws', () => {
    const next = random(11);
    for (let i = 0; i < 1500; i++) {
      const length = Math.floor(next() * 40);
      const source = Array.from({ length }, () => SQL_PIECES[Math.floor(next() * SQL_PIECES.length)]).join(next() < 0.5 ? ' ' : '');
      assert.doesNotThrow(() => checkSane(source), JSON.stringify(source));
    }
  });

  test('mangled HogQL programs (generated and from the sql corpus) never throw', { skip: SQL_CORPUS_SKIP }, () => {
    const generator = new QueryGenerator(5);
    const programs = [...sqlCorpusFiles().map((file) => file.source), ...Array.from({ length: 20 }, () => generator.program())];
    const next = random(99);
    for (let i = 0; i < 1500; i++) {
      const source = mangle(programs[i % programs.length] as string, next, [...PIECES, ...SQL_PIECES]);
      assert.doesNotThrow(() => checkSane(source), `mangled HogQL #${i}: ${JSON.stringify(source)}`);
    }
  });

  test('every prefix of a program with queries and tags parses without throwing', { skip: SQL_CORPUS_SKIP }, () => {
    const source = sqlCorpusFiles().map((file) => file.source).join('\n');
    for (let end = 0; end <= source.length; end += 3) checkSane(source.slice(0, end));
  });

  test('every prefix of a program parses without throwing', { skip: CORPUS_SKIP }, () => {
    const source = corpusFiles('programs').find((p) => p.name === 'lang-long-interpreter.hog')?.source ?? '';
    for (let end = 0; end <= source.length; end += 7) checkSane(source.slice(0, end));
  });
});
