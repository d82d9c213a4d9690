// Generated programs, compared with the official parser:
//   * programs assembled from corpus statements must give the identical JSON text;
//   * each corpus program with one token removed or duplicated (deterministic choice): where
//     the official parser accepts the variant, identical JSON; where it rejects it, we report
//     at least one error. Never an exception.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parse, parseProgram } from '../../../src/hog/index';
import { tokenize } from '../../../src/hog/lexer';
import { DiagnosticList } from '../../../src/hog/syntaxErrors';
import { TokenKind } from '../../../src/hog/tokens';
import { assembleProgram, corpusFiles, CORPUS_SKIP, type CorpusFile } from './fixtures/corpus';
import { loadOracle, type Oracle } from './fixtures/oracle';

const programs = CORPUS_SKIP ? [] : corpusFiles('programs');

/**
 * Variants the official parser accepts only through ANTLR's unbounded lookahead, read in a way
 * no person would mean; we report a syntax error for them instead (deliberately). Here the
 * official parser splits `let row := arrayPushFront(a, b)` + `:= arrayPushBack(...)` into
 * `let row := arrayPushFront` and the assignment `(a, b) := arrayPushBack(...)`.
 */
const KNOWN_DIVERGENCES = new Set(['destination-survey-response.hog: without "row" at 24:1']);
const VARIANTS_PER_KIND = 2;

/** A small deterministic hash, so that each program gets its own token choices. */
function seedOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}

interface Variant {
  label: string;
  source: string;
}

/** The program with one token removed, and with one token written twice, a few times each. */
function tokenVariants(program: CorpusFile): Variant[] {
  const tokens = tokenize(program.source, new DiagnosticList()).filter((t) => t.kind !== TokenKind.EOF && !t.synthetic);
  const variants: Variant[] = [];
  let seed = seedOf(program.name);
  for (let i = 0; i < VARIANTS_PER_KIND * 2; i++) {
    seed = Math.imul(seed, 1103515245) + 12345;
    const token = tokens[(seed >>> 8) % tokens.length];
    if (token === undefined) continue;
    const text = program.source.slice(token.start, token.end);
    const removed = i % 2 === 0;
    const source = removed
      ? program.source.slice(0, token.start) + program.source.slice(token.end)
      : program.source.slice(0, token.end) + ' ' + text + program.source.slice(token.end);
    variants.push({ label: `${program.name}: ${removed ? 'without' : 'doubled'} ${JSON.stringify(text)} at ${token.line}:${token.column + 1}`, source });
  }
  return variants;
}

describe('parser: generated programs', { skip: CORPUS_SKIP }, () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  test('programs assembled from corpus statements: identical JSON text', () => {
    for (let seed = 0; seed < 4; seed++) {
      const source = assembleProgram(programs, 60, seed * 7);
      const official = oracle.parseProgram(source);
      assert.ok(oracle.accepts(official), `assembled program ${seed} is valid`);
      assert.equal(parseProgram(source), official, `assembled program ${seed}`);
    }
  });

  test('one token removed or doubled: parity where accepted, errors where rejected', (t) => {
    let accepted = 0;
    let rejected = 0;
    for (const program of programs) {
      for (const variant of tokenVariants(program)) {
        const official = oracle.parseProgram(variant.source);
        const ours = parseProgram(variant.source);
        if (oracle.accepts(official) && KNOWN_DIVERGENCES.has(variant.label)) {
          assert.ok(parse(variant.source).errors.length > 0, `${variant.label}: a known divergence reports an error`);
        } else if (oracle.accepts(official)) {
          accepted++;
          assert.equal(ours, official, variant.label);
        } else {
          rejected++;
          assert.ok(parse(variant.source).errors.length > 0, `${variant.label}: the official parser rejects it, we report nothing`);
        }
      }
    }
    t.diagnostic(`${accepted} variants accepted (identical JSON), ${rejected} rejected (errors reported)`);
    assert.ok(accepted > 20 && rejected > 20, 'both kinds are exercised');
  });
});
