// Invalid HogQL in Hog: every program here is rejected by the official parser. We must report
// an error at the place a reader would point to (1-based line:column), with a message that
// says what is wrong (its key words, case-insensitive), and keep parsing after it.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parse, parseProgram } from '../../../src/hog/index';
import { loadOracle, type Oracle } from './fixtures/oracle';

interface InvalidForm {
  source: string;
  /** Where the first error starts, 1-based `line:column`. */
  at: string;
  words: string[];
}

const INVALID: InvalidForm[] = [
  { source: 'let q := (select a from t where)', at: '1:32', words: ['expected an expression', "')'"] },
  { source: 'let q := (select a from t join u on)', at: '1:36', words: ['expected an expression'] },
  { source: 'let q := (select a from t', at: '1:10', words: ['unclosed', "'('"] },
  { source: 'let q := (select a, b c d from t)\nprint(q)', at: '1:25', words: ["expected ')'", 'query', "'d'"] },
  { source: 'let q := (select a from t group x)', at: '1:33', words: ["'BY'", "'group'"] },
  { source: 'let q := (select a from t order x)', at: '1:33', words: ["'BY'", "'order'"] },
  { source: 'let q := (select 1 settings max_threads = 1)', at: '1:20', words: ['SETTINGS', 'not supported'] },
  { source: 'let q := (select top 5 a from t)', at: '1:18', words: ['TOP', 'not supported', 'LIMIT'] },
  { source: 'let q := (select 1 from t where a sample 1)', at: '1:35', words: ['SAMPLE', 'FROM'] },
  { source: 'let q := (select * from t array join arr)', at: '1:38', words: ['ARRAY JOIN', 'alias'] },
  { source: 'let q := (select * from a join b on x, y)', at: '1:34', words: ['ON', 'one condition', 'AND'] },
  { source: 'let q := (select from t)', at: '1:18', words: ['"from"', 'implicit alias'] },
  { source: 'let q := (select a as true from t)', at: '1:23', words: ['"true"', 'reserved'] },
  { source: 'let q := (select a team_id from t)', at: '1:20', words: ['"team_id"', 'reserved'] },
  { source: 'let q := (select * from t as null)', at: '1:27', words: ["expected ')'"] },
  { source: 'let q := (with a as (select 1 select 2) select 3)', at: '1:31', words: ["expected ')'", 'WITH subquery'] },
  { source: 'let r := rank() over (partition a)', at: '1:33', words: ["'BY'", "'partition'"] },
  { source: 'let n := count() filter (where a +)', at: '1:34', words: ['missing right operand', "'+'"] },
  { source: "let a := cast(x as Enum8('a' = 1))", at: '1:26', words: ['Enum', 'not supported'] },
  { source: 'let a := substring(x from 1 for 2)', at: '1:10', words: ['substring', 'FROM', 'not supported'] },
  { source: "let t := <a x='1'></b>", at: '1:21', words: ['</b>', 'does not match', '<a>'] },
  { source: 'let t := <a x="1" />', at: '1:15', words: ['single quotes'] },
  { source: 'let t := <div>', at: '1:10', words: ['unclosed', '<div>', '</div>'] },
  { source: 'let t := <div a=>text</div>', at: '1:17', words: ['value', "'a'"] },
  { source: 'let t := <div children={1}>text</div>', at: '1:10', words: ['children'] },
  { source: 'let q := (select a as b(1))', at: '1:24', words: ["expected ')'", 'query'] },
];

describe('parser: invalid HogQL forms', () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  test('each is rejected officially; we report it where it is, saying what is wrong', () => {
    for (const { source, at, words } of INVALID) {
      assert.ok(!oracle.accepts(oracle.parseProgram(source)), `the official parser rejects: ${source}`);
      const { errors } = parse(source);
      const first = errors[0];
      assert.ok(first, `an error for: ${source}`);
      assert.equal(`${first.start.line}:${first.start.column + 1}`, at, `${source}: ${first.message}`);
      for (const word of words) assert.ok(first.message.toLowerCase().includes(word.toLowerCase()), `'${first.message}' lacks '${word}'`);
      assert.ok(first.end.offset > first.start.offset, `${source}: the error range is not empty`);
      assert.match(parseProgram(source), /^\{"end".*"error":true/);
    }
  });

  test('after an error inside a query, the statements that follow still parse', () => {
    const source = 'let q := (select a, b c d from t)\nlet n := 1\nprint(n)';
    const { program, errors } = parse(source);
    assert.equal(errors.length, 1, errors.map((e) => e.message).join(' | '));
    assert.deepEqual(
      program?.declarations.map((d) => d.node),
      ['VariableDeclaration', 'VariableDeclaration', 'ExprStatement'],
    );
  });

  test('several errors in one program are all reported', () => {
    const source = 'let a := (select from t)\nlet b := <x></y>\nlet c := (select * from u array join v)';
    const lines = parse(source).errors.map((e) => e.start.line);
    assert.deepEqual(lines, [1, 2, 3]);
  });
});
