// Generated HogQL programs compared with the official parser:
//   * random queries, tags and window functions (fixtures/queryGenerator.ts): all valid, so
//     the JSON text must be identical;
//   * those programs and the sql corpus programs with one token removed or doubled: identical
//     JSON where the official parser accepts the variant, at least one error where it rejects
//     it. Never an exception.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parse, parseProgram } from '../../../src/hog/index';
import { tokenize } from '../../../src/hog/lexer';
import { DiagnosticList } from '../../../src/hog/syntaxErrors';
import { TokenKind } from '../../../src/hog/tokens';
import { sqlCorpusFiles } from './fixtures/corpus';
import { loadOracle, type Oracle } from './fixtures/oracle';
import { QueryGenerator, random } from './fixtures/queryGenerator';

const GENERATED = 150;
const MUTATED = 60;

function generatedPrograms(count: number, seed: number): string[] {
  const generator = new QueryGenerator(seed);
  return Array.from({ length: count }, () => generator.program());
}

/** `source` with one token removed or written twice, `count` times (deterministic). */
function tokenVariants(source: string, count: number, seed: number): string[] {
  const tokens = tokenize(source, new DiagnosticList()).filter((t) => t.kind !== TokenKind.EOF && !t.synthetic);
  const next = random(seed);
  const variants: string[] = [];
  for (let i = 0; i < count; i++) {
    const token = tokens[Math.floor(next() * tokens.length)];
    if (token === undefined) continue;
    const text = source.slice(token.start, token.end);
    variants.push(i % 2 === 0 ? source.slice(0, token.start) + source.slice(token.end) : source.slice(0, token.end) + ' ' + text + source.slice(token.end));
  }
  return variants;
}

/**
 * The official parser crashes (a WebAssembly "null function" trap that can poison the module)
 * on `INTERPOLATE (column)` without `AS value`; variants are kept away from INTERPOLATE.
 */
const safeForOracle = (source: string) => !/interpolate/i.test(source);

describe('parser: generated HogQL programs', () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  test('random queries, tags and window functions: identical JSON text', () => {
    for (const source of generatedPrograms(GENERATED, 2024)) {
      const official = oracle.parseProgram(source);
      assert.ok(oracle.accepts(official), `the generator made a program the official parser rejects: ${source}`);
      assert.equal(parseProgram(source), official, source);
    }
  });

  test('one token removed or doubled: parity where accepted, errors where rejected', (t) => {
    const sources = [
      ...generatedPrograms(MUTATED, 7).flatMap((source, i) => tokenVariants(source, 2, i)),
      ...sqlCorpusFiles().flatMap((file, i) => tokenVariants(file.source, 30, 100 + i)),
    ].filter(safeForOracle);
    let accepted = 0;
    let rejected = 0;
    for (const source of sources) {
      const official = oracle.parseProgram(source);
      if (oracle.accepts(official)) {
        accepted++;
        assert.equal(parseProgram(source), official, source);
      } else {
        rejected++;
        assert.ok(parse(source).errors.length > 0, `the official parser rejects it, we report nothing: ${source}`);
      }
    }
    t.diagnostic(`${accepted} variants accepted (identical JSON), ${rejected} rejected (errors reported)`);
    assert.ok(accepted > 20 && rejected > 20, 'both kinds are exercised');
  });
});
