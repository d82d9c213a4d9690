import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentAddress } from '../../../src/documents/address';
import { DocumentVersions } from '../../../src/documents/versions';

const base = { authority: 'h:1', projectId: '1', objectId: 'f1' };
const code: DocumentAddress = { ...base, kind: 'functionCode', name: 'a' };
const config: DocumentAddress = { ...base, kind: 'functionConfig', name: 'a' };
const otherName: DocumentAddress = { ...base, kind: 'functionCode', name: 'b' };
const otherObject: DocumentAddress = { ...base, objectId: 'f2', kind: 'functionConfig', name: 'a' };

describe('document versions', () => {
  it('a read records the base without moving mtime (VS Code would call the file newer)', () => {
    const v = new DocumentVersions();
    const before = v.entry('code', code).mtime;
    v.recordRead('code', code, '2025-06-03T10:14:55.918274Z', 10);
    assert.equal(v.get('code')!.mtime, before);
    assert.equal(v.get('code')!.base, '2025-06-03T10:14:55.918274Z');
  });

  it('a save moves the base of the other kind when it was based on the same version', () => {
    const v = new DocumentVersions();
    v.recordRead('code', code, 'T1', 1);
    v.recordRead('config', config, 'T1', 1);
    v.recordRead('code-b', otherName, 'T1', 1);
    v.recordRead('other', otherObject, 'T1', 1);
    const mtime = v.get('code')!.mtime;
    const others = v.recordSave('code', code, 'T1', 'T2', 5);
    assert.deepEqual(others.sort(), ['code-b', 'config']);
    assert.equal(v.get('code')!.base, 'T2');
    assert.ok(v.get('code')!.mtime > mtime);
    assert.equal(v.get('config')!.base, 'T2', 'code save cannot touch configuration fields');
    assert.equal(v.get('code-b')!.base, 'T1', 'same fields: a real conflict must stay detectable');
    assert.equal(v.get('other')!.base, 'T1');
  });

  it('does not move a sibling based on an older version', () => {
    const v = new DocumentVersions();
    v.recordRead('config', config, 'T0', 1);
    v.recordRead('code', code, 'T1', 1);
    v.recordSave('code', code, 'T1', 'T2', 1);
    assert.equal(v.get('config')!.base, 'T0');
  });

  it('touch makes mtime strictly larger', () => {
    const v = new DocumentVersions();
    const first = v.entry('x', code).mtime;
    v.touch('x');
    assert.ok(v.get('x')!.mtime > first);
  });

  it('a change made outside the documents moves only the documents that cannot hold a changed field', () => {
    const v = new DocumentVersions();
    v.recordRead('code', code, 'T1', 1);
    v.recordRead('config', config, 'T1', 1);
    v.recordRead('other', otherObject, 'T1', 1);
    const function1 = { authority: 'h:1', projectId: '1', family: 'functions', objectId: 'f1' } as const;
    const uris = v.recordObjectChange(function1, 'T1', 'T2', ['enabled']);
    assert.deepEqual(uris.sort(), ['code', 'config']);
    assert.equal(v.get('code')!.base, 'T2', '{enabled} cannot touch the code');
    assert.equal(v.get('config')!.base, 'T1', 'the configuration holds the old enabled: its save must conflict');
    assert.equal(v.get('other')!.base, 'T1', 'another object');
  });

  it('a change outside the documents moves nothing based on an older version, or when the replaced version is unknown', () => {
    const v = new DocumentVersions();
    v.recordRead('code', code, 'T0', 1);
    const function1 = { authority: 'h:1', projectId: '1', family: 'functions', objectId: 'f1' } as const;
    v.recordObjectChange(function1, 'T1', 'T2', ['name']);
    assert.equal(v.get('code')!.base, 'T0', 'stale already: someone else saved T1');
    v.recordRead('code', code, 'T2', 1);
    v.recordObjectChange(function1, undefined, 'T3', ['execution_order']);
    assert.equal(v.get('code')!.base, 'T2');
  });

  it('a flow status change leaves the flow document (it holds status) on its base', () => {
    const v = new DocumentVersions();
    const flow: DocumentAddress = { authority: 'h:1', projectId: '1', kind: 'flow', objectId: 'w1', name: 'w' };
    v.recordRead('flow', flow, 'T1', 1);
    const flow1 = { authority: 'h:1', projectId: '1', family: 'flows', objectId: 'w1' } as const;
    assert.deepEqual(v.recordObjectChange(flow1, 'T1', 'T2', ['status']), ['flow']);
    assert.equal(v.get('flow')!.base, 'T1');
    const function1 = { authority: 'h:1', projectId: '1', family: 'functions', objectId: 'w1' } as const;
    assert.deepEqual(v.recordObjectChange(function1, 'T1', 'T2', ['name']), [], 'a function with the same id is another object');
  });

  it('stat keeps the size of the first read: VS Code compares a re-read document with it on save', () => {
    const v = new DocumentVersions();
    v.recordRead('config', config, 'T1', 100);
    v.recordRead('config', config, 'T2', 101);
    assert.equal(v.get('config')!.size, 100);
    assert.equal(v.get('config')!.base, 'T2');
  });
});
