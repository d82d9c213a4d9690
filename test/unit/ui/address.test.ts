import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { documentPath, isFolderPath, parseDocumentAddress, sanitizeName } from '../../../src/documents/address';
import { objectKey, type ObjectRef } from '../../../src/objects/objectRef';

const fn = (projectId: number, id: string): ObjectRef => ({ authority: 'h', projectId, kind: 'function', id });

const FN = '0197e2a1-5c3b-7d4e-8f90-1a2b3c4d5e6f';
const FLOW = '0197d0c4-3a2b-7c1d-8e9f-0a1b2c3d4e5f';

describe('document addresses', () => {
  it('builds the three document paths', () => {
    assert.equal(
      documentPath({ object: fn(1, FN), kind: 'functionCode', name: 'Slack alerts' }),
      `/projects/1/functions/${FN}/Slack alerts.hog`,
    );
    assert.equal(
      documentPath({ object: fn(1, FN), kind: 'functionConfig', name: 'a/b' }),
      `/projects/1/functions/${FN}/a-b.json`,
    );
    assert.equal(documentPath({ object: { authority: 'h', projectId: 2, kind: 'flow', id: FLOW }, kind: 'flow', name: '' }), `/projects/2/flows/${FLOW}/flow.json`);
  });

  it('parses them back; the name is display only', () => {
    const a = parseDocumentAddress('127.0.0.1:8010', `/projects/1/functions/${FN}/Anything.hog`);
    assert.deepEqual(a, { object: { authority: '127.0.0.1:8010', projectId: 1, kind: 'function', id: FN }, kind: 'functionCode', name: 'Anything' });
    const b = parseDocumentAddress('h', `/projects/1/functions/${FN}/Other name.json`)!;
    assert.equal(b.kind, 'functionConfig');
    assert.equal(objectKey(a!.object), objectKey({ ...b.object, authority: '127.0.0.1:8010' }));
    assert.deepEqual(parseDocumentAddress('h', `/projects/1/flows/${FLOW}/x.json`)!.object, { authority: 'h', projectId: 1, kind: 'flow', id: FLOW });
    assert.equal(parseDocumentAddress('h', `/projects/1/flows/${FLOW}/x.json`)!.kind, 'flow');
    assert.equal(parseDocumentAddress('h', `/projects/1/flows/${FLOW}/x.hog`), undefined);
    assert.equal(parseDocumentAddress('h', `/projects/1/functions/${FN}`), undefined);
    assert.equal(parseDocumentAddress('', `/projects/1/functions/${FN}/x.hog`), undefined);
    // PostHog's project ids start at 1.
    assert.equal(parseDocumentAddress('h', `/projects/0/functions/${FN}/x.hog`), undefined);
    assert.equal(parseDocumentAddress('h', `/projects/@current/functions/${FN}/x.hog`), undefined);
  });

  it('a crafted posthog:// link names no document: ids must have their documented form', () => {
    for (const path of [
      '/projects/1/functions/../x.hog',
      '/projects/1/functions/..%2F..%2Fusers/x.hog',
      '/projects/1/functions/abc/x.hog',
      `/projects/1/flows/${FLOW}%3F/x.json`,
      `/projects/../functions/${FN}/x.hog`,
      `/projects/0/functions/${FN}/x.hog`,
      `/projects/01/functions/${FN}/x.hog`,
      `/projects/@current/functions/${FN}/x.hog`,
      `/projects/1/functions/${FN}\u200b/x.hog`,
    ]) {
      assert.equal(parseDocumentAddress('h', path), undefined, path);
    }
  });

  it('addresses revision and draft documents read-only beside the live ones, and round-trips them', () => {
    const revision = { object: fn(1, FN), kind: 'functionCode' as const, name: 'Slack', source: { kind: 'revision' as const, version: 12 } };
    assert.equal(documentPath(revision), `/projects/1/functions/${FN}/revisions/12/Slack.hog`);
    assert.deepEqual(parseDocumentAddress('h', documentPath(revision)), revision);
    const draft = { object: { authority: 'h', projectId: 2, kind: 'flow' as const, id: FLOW }, kind: 'flow' as const, name: 'F', source: { kind: 'draft' as const } };
    assert.equal(documentPath(draft), `/projects/2/flows/${FLOW}/draft/F.json`);
    assert.deepEqual(parseDocumentAddress('h', documentPath(draft)), draft);
    assert.equal(parseDocumentAddress('h', `/projects/1/functions/${FN}/Slack.hog`)!.source, undefined, 'the live document has no source');
    for (const version of ['07', '-1', 'x', '1.5', '']) {
      assert.equal(parseDocumentAddress('h', `/projects/1/functions/${FN}/revisions/${version}/Slack.hog`), undefined, version);
    }
    assert.equal(parseDocumentAddress('h', `/projects/1/functions/${FN}/drafts/Slack.hog`), undefined);
    assert.ok(isFolderPath(`/projects/1/functions/${FN}/revisions/3`) && isFolderPath(`/projects/1/flows/${FLOW}/draft`));
  });

  it('knows the folders above documents', () => {
    for (const p of ['/', '/projects', '/projects/1', '/projects/1/functions', '/projects/1/flows/f']) assert.ok(isFolderPath(p), p);
    assert.ok(!isFolderPath(`/projects/1/functions/${FN}/x.hog`));
    assert.ok(!isFolderPath('/other'));
  });

  it('sanitises names into one safe segment', () => {
    assert.equal(sanitizeName('  a:b*c?  \n d ', 'f'), 'a-b-c- d');
    assert.equal(sanitizeName('..hidden', 'f'), 'hidden');
    assert.equal(sanitizeName(null, 'function'), 'function');
    assert.equal(sanitizeName('x'.repeat(200), 'f').length, 80);
  });

  it('tab titles keep no bidi controls or invisible characters', () => {
    assert.equal(sanitizeName('Invoice\u202egpj.exe', 'f'), 'Invoicegpj.exe');
    assert.equal(sanitizeName('Pro\u200bduction\u2066', 'f'), 'Production');
    assert.equal(sanitizeName('\u200b\u202e', 'function'), 'function');
    assert.equal(documentPath({ object: fn(1, FN), kind: 'functionCode', name: 'a\u202eb' }), `/projects/1/functions/${FN}/ab.hog`);
  });
});
