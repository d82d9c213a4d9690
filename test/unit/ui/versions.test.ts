import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentAddress } from '../../../src/documents/address';
import { DocumentVersions } from '../../../src/documents/versions';
import type { ObjectRef } from '../../../src/objects/objectRef';

const function1: ObjectRef = { authority: 'h:1', projectId: 1, kind: 'function', id: 'f1' };
const code: DocumentAddress = { object: function1, kind: 'functionCode', name: 'a' };
const config: DocumentAddress = { object: function1, kind: 'functionConfig', name: 'a' };
const otherName: DocumentAddress = { object: function1, kind: 'functionCode', name: 'b' };
const otherObject: DocumentAddress = { object: { ...function1, id: 'f2' }, kind: 'functionConfig', name: 'a' };

describe('document versions', () => {
  it('a read records the base without moving mtime (VS Code would call the file newer)', () => {
    const v = new DocumentVersions();
    const before = v.entry('code', code).mtime;
    v.recordRead('code', code, '2025-06-03T10:14:55.918274Z', 'x'.repeat(10));
    assert.equal(v.get('code')!.mtime, before);
    assert.equal(v.get('code')!.base, '2025-06-03T10:14:55.918274Z');
  });

  it('a save moves the base of the other kind when it was based on the same version', () => {
    const v = new DocumentVersions();
    v.recordRead('code', code, 'T1', 'x');
    v.recordRead('config', config, 'T1', 'x');
    v.recordRead('code-b', otherName, 'T1', 'x');
    v.recordRead('other', otherObject, 'T1', 'x');
    const mtime = v.get('code')!.mtime;
    const others = v.recordSave('code', code, 'T1', 'T2', 'x'.repeat(5));
    assert.deepEqual(others.sort(), ['code-b', 'config']);
    assert.equal(v.get('code')!.base, 'T2');
    assert.ok(v.get('code')!.mtime > mtime);
    assert.equal(v.get('config')!.base, 'T2', 'code save cannot touch configuration fields');
    assert.equal(v.get('code-b')!.base, 'T1', 'same fields: a real conflict must stay detectable');
    assert.equal(v.get('other')!.base, 'T1');
  });

  it('does not move a sibling based on an older version', () => {
    const v = new DocumentVersions();
    v.recordRead('config', config, 'T0', 'x');
    v.recordRead('code', code, 'T1', 'x');
    v.recordSave('code', code, 'T1', 'T2', 'x');
    assert.equal(v.get('config')!.base, 'T0');
  });

  it('the newest base of an object is the newest version any of its documents shows', () => {
    const v = new DocumentVersions();
    assert.equal(v.newestBase(function1), undefined, 'no document: nothing seen');
    v.entry('unread', code);
    assert.equal(v.newestBase(function1), undefined, 'an unread document shows no version');
    v.recordRead('code', code, '2025-06-03T10:14:55.918274Z', 'x');
    v.recordRead('config', config, '2025-06-03T10:15:01.000001Z', 'x');
    v.recordRead('other', otherObject, '2025-07-01T00:00:00.000000Z', 'x');
    assert.equal(v.newestBase(function1), '2025-06-03T10:15:01.000001Z');
  });

  it('touch makes mtime strictly larger', () => {
    const v = new DocumentVersions();
    const first = v.entry('x', code).mtime;
    v.touch('x');
    assert.ok(v.get('x')!.mtime > first);
  });

  it('a change made outside the documents moves only the documents that cannot hold a changed field', () => {
    const v = new DocumentVersions();
    v.recordRead('code', code, 'T1', 'x');
    v.recordRead('config', config, 'T1', 'x');
    v.recordRead('other', otherObject, 'T1', 'x');
    const uris = v.recordObjectChange(function1, 'T1', 'T2', ['enabled']);
    assert.deepEqual(uris.sort(), ['code', 'config']);
    assert.equal(v.get('code')!.base, 'T2', '{enabled} cannot touch the code');
    assert.equal(v.get('config')!.base, 'T1', 'the configuration holds the old enabled: its save must conflict');
    assert.equal(v.get('other')!.base, 'T1', 'another object');
  });

  it('a change outside the documents moves nothing based on an older version, or when the replaced version is unknown', () => {
    const v = new DocumentVersions();
    v.recordRead('code', code, 'T0', 'x');
    v.recordObjectChange(function1, 'T1', 'T2', ['name']);
    assert.equal(v.get('code')!.base, 'T0', 'stale already: someone else saved T1');
    v.recordRead('code', code, 'T2', 'x');
    v.recordObjectChange(function1, undefined, 'T3', ['execution_order']);
    assert.equal(v.get('code')!.base, 'T2');
  });

  it('a flow status change leaves the flow document (it holds status) on its base', () => {
    const v = new DocumentVersions();
    const flow1: ObjectRef = { authority: 'h:1', projectId: 1, kind: 'flow', id: 'w1' };
    const flow: DocumentAddress = { object: flow1, kind: 'flow', name: 'w' };
    v.recordRead('flow', flow, 'T1', 'x');
    assert.deepEqual(v.recordObjectChange(flow1, 'T1', 'T2', ['status']), ['flow']);
    assert.equal(v.get('flow')!.base, 'T1');
    assert.deepEqual(v.recordObjectChange({ ...flow1, kind: 'function' }, 'T1', 'T2', ['name']), [], 'a function with the same id is another object');
  });

  it('stat keeps the size of the first read: VS Code compares a re-read document with it on save', () => {
    const v = new DocumentVersions();
    v.recordRead('config', config, 'T1', 'x'.repeat(100));
    v.recordRead('config', config, 'T2', 'x'.repeat(101));
    assert.equal(v.get('config')!.size, 100);
    assert.equal(v.get('config')!.base, 'T2');
  });

  it('keeps the text of the base version: read, saved, moved over a change it does not show, rebased', () => {
    const v = new DocumentVersions();
    v.recordRead('code', code, 'T1', 'print(1)');
    v.recordRead('config', config, 'T1', '{"name": "a"}');
    assert.equal(v.get('code')!.baseText, 'print(1)');
    v.recordSave('code', code, 'T1', 'T2', 'print(2)');
    assert.equal(v.get('code')!.baseText, 'print(2)');
    assert.deepEqual([v.get('config')!.base, v.get('config')!.baseText], ['T2', '{"name": "a"}'], 'the code save did not change it');
    v.rebase('config', 'T3', '{"name": "theirs"}');
    assert.deepEqual([v.get('config')!.base, v.get('config')!.baseText], ['T3', '{"name": "theirs"}']);
  });

  it('counts the saves that reached the file system, per document', () => {
    const v = new DocumentVersions();
    v.recordWrite('code', code);
    v.recordWrite('code', code);
    v.recordWrite('config', config);
    assert.equal(v.get('code')!.writes, 2);
    assert.equal(v.get('config')!.writes, 1);
  });
});
