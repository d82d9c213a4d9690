// Line-by-line three-way merge: clean merges, conflict markers VS Code recognises, ranges, line
// endings and final newlines.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_LABELS, findConflicts, mergeDocument, mergeText } from '../../../src/merge';

const BASE = ['let a := 1', 'let b := 2', 'let c := 3', 'let d := 4', 'let e := 5', ''].join('\n');

function edit(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line] = replacement;
  return lines.join('\n');
}

const START = `<<<<<<< ${DEFAULT_LABELS.ours}`;
const END = `>>>>>>> ${DEFAULT_LABELS.theirs}`;

describe('text merge', () => {
  test('changes to different lines merge without markers', () => {
    const ours = edit(BASE, 0, 'let a := 10');
    const theirs = edit(BASE, 4, 'let e := 50');
    const result = mergeText({ base: BASE, ours, theirs });
    assert.equal(result.clean, true);
    assert.deepEqual(result.conflicts, []);
    assert.equal(result.text, edit(edit(BASE, 0, 'let a := 10'), 4, 'let e := 50'));
    assert.equal(result.strategy, 'text');
  });

  test('one side only, or the same change on both, is taken as it is', () => {
    const changed = edit(BASE, 2, 'let c := 30');
    assert.equal(mergeText({ base: BASE, ours: changed, theirs: BASE }).text, changed);
    assert.equal(mergeText({ base: BASE, ours: BASE, theirs: changed }).text, changed);
    const both = mergeText({ base: BASE, ours: changed, theirs: changed });
    assert.deepEqual([both.clean, both.text], [true, changed]);
    assert.deepEqual(mergeText({ base: '', ours: '', theirs: '' }), {
      clean: true, text: '', conflicts: [], strategy: 'text', conflictedFields: [],
    });
  });

  test('an overlapping change gets git-style markers: the buffer on top, PostHog below', () => {
    const result = mergeText({ base: BASE, ours: edit(BASE, 2, 'let c := "mine"'), theirs: edit(BASE, 2, 'let c := "server"') });
    assert.equal(result.clean, false);
    assert.equal(
      result.text,
      ['let a := 1', 'let b := 2', START, 'let c := "mine"', '=======', 'let c := "server"', END, 'let d := 4', 'let e := 5', ''].join('\n'),
    );
    assert.deepEqual(result.conflicts, [{ startLine: 2, separatorLine: 4, endLine: 6 }]);
    assert.deepEqual(findConflicts(result.text), result.conflicts);
  });

  test('several conflicts are counted and located; adjacent lines conflict, as in git', () => {
    const ours = edit(edit(BASE, 0, 'A1'), 3, 'D1');
    const theirs = edit(edit(BASE, 0, 'A2'), 4, 'E2');
    const result = mergeText({ base: BASE, ours, theirs });
    assert.equal(result.conflicts.length, 2);
    const lines = result.text.split('\n');
    for (const { startLine, separatorLine, endLine } of result.conflicts) {
      assert.ok(lines[startLine]!.startsWith('<<<<<<< '));
      assert.equal(lines[separatorLine], '=======');
      assert.ok(lines[endLine]!.startsWith('>>>>>>> '));
    }
    const second = result.conflicts[1]!;
    assert.deepEqual(lines.slice(second.startLine + 1, second.endLine), ['D1', 'let e := 5', '=======', 'let d := 4', 'E2']);
  });

  test('labels are the caller\'s, on one line', () => {
    const result = mergeText(
      { base: 'x\n', ours: 'y\n', theirs: 'z\n' },
      { ours: 'Yours', theirs: 'PostHog version 8\n(server)' },
    );
    assert.equal(result.text, '<<<<<<< Yours\ny\n=======\nz\n>>>>>>> PostHog version 8 (server)\n');
  });

  test("a CRLF buffer merges with an LF server version line by line and keeps CRLF", () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const ours = crlf(edit(BASE, 0, 'let a := 10'));
    const result = mergeText({ base: BASE, ours, theirs: edit(BASE, 4, 'let e := 50') });
    assert.equal(result.clean, true);
    assert.equal(result.text, crlf(edit(edit(BASE, 0, 'let a := 10'), 4, 'let e := 50')));
    assert.ok(!/[^\r]\n/.test(result.text), 'no bare LF left');
    const conflict = mergeText({ base: crlf(BASE), ours: crlf(edit(BASE, 1, 'x')), theirs: crlf(edit(BASE, 1, 'y')) });
    assert.ok(conflict.text.includes(`\r\n=======\r\n`));
    assert.deepEqual(findConflicts(conflict.text), conflict.conflicts);
    const lf = mergeText({ base: crlf(BASE), ours: edit(BASE, 0, 'let a := 10'), theirs: crlf(BASE) });
    assert.equal(lf.text, edit(BASE, 0, 'let a := 10'), "an LF buffer stays LF");
  });

  test('final newlines: a removed one is a change; additions at a file end without one still get markers on their own lines', () => {
    const noFinal = BASE.slice(0, -1);
    const removed = mergeText({ base: BASE, ours: noFinal, theirs: edit(BASE, 0, 'let a := 0') });
    assert.deepEqual([removed.clean, removed.text], [true, edit(noFinal, 0, 'let a := 0')]);
    const appended = mergeText({ base: 'a', ours: 'a\nb', theirs: 'a\nc' });
    assert.equal(appended.text, `a\n${START}\nb\n=======\nc\n${END}\n`);
    assert.deepEqual(appended.conflicts, [{ startLine: 1, separatorLine: 3, endLine: 5 }]);
  });

  test("mergeDocument picks the strategy; a text document is never parsed", () => {
    const json = '{"a": 1}\n';
    const result = mergeDocument({ base: json, ours: '{"a": 2}\n', theirs: '{"a": 1, "b": 2}\n' }, 'text');
    assert.equal(result.strategy, 'text');
    assert.equal(result.clean, false);
  });
});
