import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { documentPath, isFolderPath, parseDocumentAddress, sanitizeName } from '../../../src/documents/address';
import { objectKey, type ObjectRef } from '../../../src/objects/objectRef';

const fn = (projectId: number, id: string): ObjectRef => ({ authority: 'h', projectId, kind: 'function', id });

describe('document addresses', () => {
  it('builds the three document paths', () => {
    assert.equal(
      documentPath({ object: fn(1, 'abc'), kind: 'functionCode', name: 'Slack alerts' }),
      '/projects/1/functions/abc/Slack alerts.hog',
    );
    assert.equal(
      documentPath({ object: fn(1, 'abc'), kind: 'functionConfig', name: 'a/b' }),
      '/projects/1/functions/abc/a-b.json',
    );
    assert.equal(documentPath({ object: { authority: 'h', projectId: 2, kind: 'flow', id: 'f1' }, kind: 'flow', name: '' }), '/projects/2/flows/f1/flow.json');
  });

  it('parses them back; the name is display only', () => {
    const a = parseDocumentAddress('127.0.0.1:8010', '/projects/1/functions/abc/Anything.hog');
    assert.deepEqual(a, { object: { authority: '127.0.0.1:8010', projectId: 1, kind: 'function', id: 'abc' }, kind: 'functionCode', name: 'Anything' });
    const b = parseDocumentAddress('h', '/projects/1/functions/abc/Other name.json')!;
    assert.equal(b.kind, 'functionConfig');
    assert.equal(objectKey(a!.object), objectKey({ ...b.object, authority: '127.0.0.1:8010' }));
    assert.deepEqual(parseDocumentAddress('h', '/projects/1/flows/f/x.json')!.object, { authority: 'h', projectId: 1, kind: 'flow', id: 'f' });
    assert.equal(parseDocumentAddress('h', '/projects/1/flows/f/x.json')!.kind, 'flow');
    assert.equal(parseDocumentAddress('h', '/projects/1/flows/f/x.hog'), undefined);
    assert.equal(parseDocumentAddress('h', '/projects/1/functions/abc'), undefined);
    assert.equal(parseDocumentAddress('', '/projects/1/functions/abc/x.hog'), undefined);
    // PostHog's project ids start at 1.
    assert.equal(parseDocumentAddress('h', '/projects/0/functions/abc/x.hog'), undefined);
    assert.equal(parseDocumentAddress('h', '/projects/@current/functions/abc/x.hog'), undefined);
  });

  it('knows the folders above documents', () => {
    for (const p of ['/', '/projects', '/projects/1', '/projects/1/functions', '/projects/1/flows/f']) assert.ok(isFolderPath(p), p);
    assert.ok(!isFolderPath('/projects/1/functions/abc/x.hog'));
    assert.ok(!isFolderPath('/other'));
  });

  it('sanitises names into one safe segment', () => {
    assert.equal(sanitizeName('  a:b*c?  \n d ', 'f'), 'a-b-c- d');
    assert.equal(sanitizeName('..hidden', 'f'), 'hidden');
    assert.equal(sanitizeName(null, 'function'), 'function');
    assert.equal(sanitizeName('x'.repeat(200), 'f').length, 80);
  });
});
