// Rename, find all references, document highlights, folding and selection ranges on offsets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../../src/hog/analysis/edits';
import { foldingRanges } from '../../../src/hog/analysis/folding';
import { highlightsAt, referencesAt } from '../../../src/hog/analysis/references';
import { prepareRenameAt, renameAt } from '../../../src/hog/analysis/rename';
import { analyze, type Analysis } from '../../../src/hog/analysis/resolve';
import { selectionRangesAt } from '../../../src/hog/analysis/selection';
import { offsetOf, parseHog } from './analysisSupport';

const analysisOf = (source: string): Analysis => analyze(source, parseHog(source));
const texts = (source: string, spans: { start: number; end: number }[]): string[] => spans.map((s) => source.slice(s.start, s.end));
const lineCols = (source: string, spans: { start: number }[]): string[] =>
  spans.map((s) => {
    const before = source.slice(0, s.start);
    return `${before.split('\n').length}:${s.start - before.lastIndexOf('\n') - 1}`;
  });

function renamed(source: string, at: number, newName: string): string {
  const result = renameAt(analysisOf(source), at, newName);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return applyEdits(source, result.edits);
}

function refused(source: string, at: number, newName: string): string {
  const result = renameAt(analysisOf(source), at, newName);
  assert.ok(!result.ok, `rename to ${newName} was allowed`);
  return result.reason;
}

const NESTED = `let x := 1
fun outer(a) {
    let y := x + a
    if (y > 1) {
        let x := y * 2
        print(x)
    }
    return x + y
}
let f := (x) -> x + 1
print(outer(x), f(x))
`;

describe('references across nested scopes', () => {
  it('finds the outer x everywhere it is used, not the shadowing inner x nor the lambda parameter', () => {
    const spans = referencesAt(analysisOf(NESTED), 4, true);
    assert.deepEqual(lineCols(NESTED, spans), ['1:4', '3:13', '8:11', '11:12', '11:18']);
  });

  it('finds the inner x only inside its block', () => {
    const at = offsetOf(NESTED, 'x := y');
    assert.deepEqual(lineCols(NESTED, referencesAt(analysisOf(NESTED), at, true)), ['5:12', '6:14']);
    assert.deepEqual(lineCols(NESTED, referencesAt(analysisOf(NESTED), at, false)), ['6:14']);
  });

  it('finds a function from a call and a parameter from its use', () => {
    const analysis = analysisOf(NESTED);
    assert.deepEqual(lineCols(NESTED, referencesAt(analysis, offsetOf(NESTED, 'outer(x)'), true)), ['2:4', '11:6']);
    assert.deepEqual(lineCols(NESTED, referencesAt(analysis, offsetOf(NESTED, 'a\n'), true)), ['2:10', '3:17']);
    assert.deepEqual(lineCols(NESTED, referencesAt(analysis, offsetOf(NESTED, 'x + 1'), true)), ['10:10', '10:16']);
  });

  it('finds nothing for globals, stdlib functions or names inside a query', () => {
    const source = 'let event_name := event.event\nprint(event_name)\nlet q := (select event_name from events)\n';
    const analysis = analysisOf(source);
    assert.deepEqual(referencesAt(analysis, offsetOf(source, 'event.event'), true), []);
    assert.deepEqual(referencesAt(analysis, offsetOf(source, 'print'), true), []);
    assert.deepEqual(referencesAt(analysis, offsetOf(source, 'event_name from'), true), []);
    assert.deepEqual(lineCols(source, referencesAt(analysis, 4, true)), ['1:4', '2:6']);
  });
});

describe('document highlights', () => {
  it('marks declarations and assignments as writes, uses as reads', () => {
    const source = 'let n := 0\nn := n + 1\nprint(n)\n';
    const found = highlightsAt(analysisOf(source), offsetOf(source, 'n)'));
    assert.deepEqual(found.map((h) => `${lineCols(source, [h.span])[0]} ${h.kind}`), ['1:4 write', '2:0 write', '2:5 read', '3:6 read']);
  });

  it('highlights every use of a global', () => {
    const source = 'print(event.event)\nprint(event.properties.$browser, person)\n';
    const found = highlightsAt(analysisOf(source), 7);
    assert.deepEqual(lineCols(source, found.map((h) => h.span)), ['1:6', '2:6']);
  });
});

describe('rename', () => {
  it('renames the outer x and leaves the shadowing x and the lambda parameter alone', () => {
    assert.equal(
      renamed(NESTED, 4, 'base'),
      NESTED.replace('let x := 1', 'let base := 1')
        .replace('x + a', 'base + a')
        .replace('return x + y', 'return base + y')
        .replace('outer(x), f(x)', 'outer(base), f(base)'),
    );
  });

  it('renames a parameter inside its function only, and a function with its calls', () => {
    const source = 'fun add(a, b) {\n    return a + b\n}\nlet a := add(1, 2)\nprint(a)\n';
    assert.equal(renamed(source, offsetOf(source, 'a +'), 'left'), source.replace('add(a,', 'add(left,').replace('a + b', 'left + b'));
    assert.equal(renamed(source, offsetOf(source, 'add(1'), 'sum'), source.replace('fun add', 'fun sum').replace('add(1', 'sum(1'));
  });

  it('renames loop and catch variables', () => {
    const source = 'for (let i, v in [1]) {\n    print(i, v)\n}\ntry {\n    throw Error()\n} catch (e) {\n    print(e)\n}\n';
    assert.equal(renamed(source, offsetOf(source, 'v)'), 'value'), source.replace('i, v in', 'i, value in').replace('(i, v)', '(i, value)'));
    assert.equal(renamed(source, offsetOf(source, 'e)\n}'), 'error'), source.replace('(e)', '(error)').replace('print(e)', 'print(error)'));
  });

  it('refuses invalid names, keywords, globals and standard-library names', () => {
    const source = 'let count := 1\nprint(count)\n';
    assert.match(refused(source, 4, '2x'), /not a valid Hog name/);
    assert.match(refused(source, 4, 'my-name'), /not a valid Hog name/);
    assert.match(refused(source, 4, 'while'), /keyword/);
    assert.match(refused(source, 4, 'null'), /keyword/);
    assert.match(refused(source, 4, 'event'), /PostHog global/);
    assert.match(refused(source, 4, 'inputs'), /PostHog global/);
    assert.match(refused(source, 4, 'print'), /standard-library function/);
    assert.match(refused(source, 4, 'arrayMap'), /standard-library function/);
  });

  it('refuses a name that would be captured by, or would capture, another declaration', () => {
    // Renaming the outer x to y: the use of x inside outer() would now find outer's own y.
    assert.match(refused(NESTED, 4, 'y'), /change what a name refers to/);
    const source = 'let a := 1\nlet b := 2\nprint(a, b)\n';
    assert.match(refused(source, 4, 'b'), /already declared in the same scope|change what a name refers to/);
    const params = 'fun f(a, b) {\n    return b\n}\n';
    assert.match(refused(params, offsetOf(params, 'a,'), 'b'), /already declared in the same scope/);
  });

  it('refuses names that would capture an undeclared use', () => {
    const source = 'let a := 1\nprint(a, total)\n';
    assert.match(refused(source, 4, 'total'), /change what a name refers to/);
  });

  it('refuses globals, stdlib functions and SQL names, and says what it would rename', () => {
    const source = 'let name := event.event\nprint(name)\nlet q := (select name from events)\n';
    const analysis = analysisOf(source);
    assert.deepEqual(prepareRenameAt(analysis, offsetOf(source, 'name)')), { ok: true, span: { start: offsetOf(source, 'name)'), end: offsetOf(source, 'name)') + 4 }, name: 'name' });
    assert.equal(prepareRenameAt(analysis, offsetOf(source, 'event.')).ok, false);
    assert.equal(prepareRenameAt(analysis, offsetOf(source, 'print')).ok, false);
    assert.match((prepareRenameAt(analysis, offsetOf(source, 'name from')) as { reason: string }).reason, /HogQL/);
    // The column `name` in the query is not a use of the local and stays as written.
    assert.equal(renamed(source, 4, 'label'), 'let label := event.event\nprint(label)\nlet q := (select name from events)\n');
  });

  it('renames a local used inside a query placeholder', () => {
    const source = 'let limit_to := 10\nlet q := (select 1 from events limit {limit_to})\n';
    assert.equal(renamed(source, 4, 'n'), 'let n := 10\nlet q := (select 1 from events limit {n})\n');
  });
});

describe('folding ranges', () => {
  it('folds blocks, multi-line collections and comments, keeping closing brackets visible', () => {
    const source = [
      '// header', // 1
      '// more', // 2
      'fun f(a) {', // 3
      '    let d := {', // 4
      "        'k': 1,", // 5
      '    }', // 6
      '    return d', // 7
      '}', // 8
      '/* long', // 9
      '   comment */', // 10
      'print([1,', // 11
      '    2])', // 12
      '',
    ].join('\n');
    const found = foldingRanges(source, parseHog(source), analysisOf(source).lines);
    assert.deepEqual(
      found.map((r) => `${r.startLine}-${r.endLine} ${r.kind}`),
      ['1-2 comment', '3-7 region', '4-5 region', '9-10 comment', '11-12 region'],
    );
  });
});

describe('selection ranges', () => {
  it('grows from the name through the enclosing nodes to the whole program', () => {
    const source = 'fun f(a) {\n    return a + 1\n}\n';
    const found = texts(source, selectionRangesAt(source, parseHog(source), offsetOf(source, 'a + 1')));
    assert.equal(found[0], 'a');
    assert.ok(found.includes('a + 1'), JSON.stringify(found));
    assert.equal(found[found.length - 1], source);
    for (let i = 1; i < found.length; i++) assert.ok(found[i]!.length > found[i - 1]!.length, JSON.stringify(found));
  });
});
