// Per-field JSON merge: a field changed on one side takes that side, on both sides it conflicts (as
// one field: `inputs` is never combined), conflicts render as markers that leave valid JSON whichever
// side is accepted, and anything that is not three JSON objects falls back to the line merge.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findConflicts, mergeDocument, mergeJson, type MergeResult } from '../../../src/merge';

const doc = (value: unknown, indent: number | string = 2) => `${JSON.stringify(value, null, indent)}\n`;

const BASE = {
  name: 'Checkout webhook',
  inputs: { url: { value: 'https://a.example' }, debug: { value: false } },
  filters: { events: [{ id: '$pageview' }] },
  masking: null,
};

/** The text a user gets by accepting one side in each conflict, in order (or the same side in all). */
function accept(result: MergeResult, sides: 'ours' | 'theirs' | ('ours' | 'theirs')[]): string {
  const keep: string[] = [];
  let section: 'none' | 'ours' | 'theirs' = 'none';
  let conflict = -1;
  for (const line of result.text.split('\n')) {
    const side = typeof sides === 'string' ? sides : sides[conflict];
    if (line.startsWith('<<<<<<<')) [section, conflict] = ['ours', conflict + 1];
    else if (line === '=======' && section === 'ours') section = 'theirs';
    else if (line.startsWith('>>>>>>>')) section = 'none';
    else if (section === 'none' || section === side) keep.push(line);
  }
  return keep.join('\n');
}

describe('JSON merge', () => {
  test('fields changed on different sides both land; the buffer keeps its layout and key order', () => {
    const ours = JSON.stringify({ masking: null, name: 'Renamed', inputs: BASE.inputs, filters: BASE.filters }, null, 4);
    const theirs = doc({ ...BASE, filters: { events: [{ id: 'signed_up' }] } });
    const result = mergeJson({ base: doc(BASE), ours, theirs });
    assert.equal(result.clean, true);
    assert.equal(result.strategy, 'json');
    assert.equal(result.text, JSON.stringify({ masking: null, name: 'Renamed', inputs: BASE.inputs, filters: { events: [{ id: 'signed_up' }] } }, null, 4));
  });

  test('the same value on both sides merges; an unchanged server version leaves the buffer byte for byte', () => {
    const same = doc({ ...BASE, name: 'Both' });
    const both = mergeJson({ base: doc(BASE), ours: same, theirs: doc({ ...BASE, name: 'Both' }, '\t') });
    assert.deepEqual([both.clean, both.text], [true, same]);
    const oddLayout = '{ "name": "Mine",\n  "inputs": {"url": {"value": "https://a.example"}, "debug": {"value": false}},\n"filters": {"events": [{"id": "$pageview"}]}, "masking": null}';
    const unchanged = mergeJson({ base: doc(BASE), ours: oddLayout, theirs: JSON.stringify(BASE) });
    assert.deepEqual([unchanged.clean, unchanged.text], [true, oddLayout]);
  });

  test('inputs changed on both sides is one conflicting field, even when the edits touch different keys', () => {
    const ours = doc({ ...BASE, inputs: { ...BASE.inputs, url: { value: 'https://mine.example' } } });
    const theirs = doc({ ...BASE, inputs: { ...BASE.inputs, debug: { value: true } }, name: 'Server name' });
    assert.equal(mergeDocument({ base: doc(BASE), ours, theirs }, 'text').clean, true, 'a line merge would combine them');
    const result = mergeJson({ base: doc(BASE), ours, theirs });
    assert.equal(result.clean, false);
    assert.deepEqual(result.conflictedFields, ['inputs']);
    assert.equal(result.conflicts.length, 1);
    assert.deepEqual(findConflicts(result.text), result.conflicts);
    assert.deepEqual(JSON.parse(accept(result, 'ours')), { ...JSON.parse(ours), name: 'Server name' });
    assert.deepEqual(JSON.parse(accept(result, 'theirs')), JSON.parse(theirs));
    assert.match(result.text, /\n<<<<<<< Yours \(editor\)\n/);
  });

  test('deletions: one side only deletes; deleted against changed conflicts and stays valid JSON either way', () => {
    const { masking: _masking, ...withoutMasking } = BASE;
    const deleted = mergeJson({ base: doc(BASE), ours: doc(withoutMasking), theirs: doc({ ...BASE, name: 'x' }) });
    assert.equal(deleted.clean, true);
    assert.deepEqual(JSON.parse(deleted.text), { ...withoutMasking, name: 'x' });

    const changedLast = { ...BASE, masking: { ttl: 60, hash: '{person.id}' } };
    const conflict = mergeJson({ base: doc(BASE), ours: doc(withoutMasking), theirs: doc(changedLast) });
    assert.deepEqual(conflict.conflictedFields, ['masking']);
    assert.deepEqual(JSON.parse(accept(conflict, 'ours')), withoutMasking, 'no trailing comma left behind');
    assert.deepEqual(JSON.parse(accept(conflict, 'theirs')), changedLast);
  });

  test('a field only PostHog has goes after the field it follows there', () => {
    const theirs = doc({ name: BASE.name, description: 'New on the server', inputs: BASE.inputs, filters: BASE.filters, masking: null });
    const result = mergeJson({ base: doc(BASE), ours: doc({ ...BASE, name: 'Mine' }), theirs });
    assert.deepEqual(Object.keys(JSON.parse(result.text)), ['name', 'description', 'inputs', 'filters', 'masking']);
    assert.equal(JSON.parse(result.text).name, 'Mine');
  });

  test('conflicting fields with a common one between are separate conflicts; any mix of sides is valid JSON', () => {
    const base = { a: 0, b: 'same', c: 0 };
    const result = mergeJson({ base: doc(base), ours: doc({ a: 1, b: 'same', c: 1 }), theirs: doc({ a: 2, b: 'same', c: 2 }) });
    assert.deepEqual(result.conflictedFields, ['a', 'c']);
    assert.equal(result.conflicts.length, 2);
    for (const a of ['ours', 'theirs'] as const) {
      for (const c of ['ours', 'theirs'] as const) {
        assert.deepEqual(JSON.parse(accept(result, [a, c])), { a: a === 'ours' ? 1 : 2, b: 'same', c: c === 'ours' ? 1 : 2 });
      }
    }
    const commaDecidedLater = mergeJson({ base: doc(base), ours: doc({ a: 1, b: 'same' }), theirs: doc({ a: 2, b: 'same', c: 2 }) });
    assert.equal(commaDecidedLater.conflicts.length, 1, "b's comma depends on c, so a, b and c are one conflict");
    assert.deepEqual(JSON.parse(accept(commaDecidedLater, 'ours')), { a: 1, b: 'same' });
    assert.deepEqual(JSON.parse(accept(commaDecidedLater, 'theirs')), { a: 2, b: 'same', c: 2 });
  });

  test('CRLF and one-line documents', () => {

    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const lines = mergeJson({ base: doc(BASE), ours: crlf(doc({ ...BASE, name: 'a' })), theirs: doc({ ...BASE, masking: { ttl: 60 } }) });
    assert.ok(lines.clean && !/[^\r]\n/.test(lines.text));
    assert.deepEqual(JSON.parse(lines.text), { ...BASE, name: 'a', masking: { ttl: 60 } });

    const compact = mergeJson({ base: JSON.stringify(BASE), ours: JSON.stringify({ ...BASE, name: 'a' }), theirs: JSON.stringify({ ...BASE, name: 'b' }) });
    assert.equal(compact.conflicts.length, 1);
    assert.deepEqual(JSON.parse(accept(compact, 'theirs')), { ...BASE, name: 'b' });
  });

  test('anything but three JSON objects falls back to the line merge', () => {
    const halfTyped = doc(BASE).replace('"masking": null', '"masking": nu');
    const broken = mergeJson({ base: doc(BASE), ours: halfTyped, theirs: doc({ ...BASE, name: 'Server' }) });
    assert.equal(broken.strategy, 'text');
    assert.equal(broken.clean, true);
    assert.equal(broken.text, halfTyped.replace('"Checkout webhook"', '"Server"'));
    const arrays = mergeDocument({ base: '[1]\n', ours: '[2]\n', theirs: '[3]\n' }, 'json');
    assert.deepEqual([arrays.strategy, arrays.clean], ['text', false]);
  });
});
