// The one object reference and the argument form commands read it from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { objectKey, parseProjectId, type ObjectRef } from '../../../src/objects/objectRef';
import { NoTargetError, targetFields } from '../../../src/objects/targetFields';

describe('object references', () => {
  it('key an object by connection, project, kind and id', () => {
    const fn: ObjectRef = { authority: '127.0.0.1:8010', projectId: 1, kind: 'function', id: 'abc' };
    assert.equal(objectKey(fn), '127.0.0.1:8010/projects/1/functions/abc');
    assert.equal(objectKey({ ...fn, kind: 'flow' }), '127.0.0.1:8010/projects/1/flows/abc');
  });

  it('take project ids from 1 up, as numbers or digit strings', () => {
    assert.equal(parseProjectId(1), 1);
    assert.equal(parseProjectId('42'), 42);
    for (const bad of [0, -1, 1.5, '0', '', 'x1', '@current', null, undefined, Number.NaN]) assert.equal(parseProjectId(bad), undefined, String(bad));
  });
});

describe('target fields of a command argument', () => {
  it('read host, projectId and the object, functionId before flowId', () => {
    assert.deepEqual(targetFields({ host: 'http://h:1', projectId: '7', functionId: 'f', flowId: 'w', status: 'x' }), {
      uri: undefined, host: 'http://h:1', projectId: 7, object: { kind: 'function', id: 'f' },
    });
    assert.deepEqual(targetFields({ projectId: 7, flowId: 'w' }).object, { kind: 'flow', id: 'w' });
    assert.deepEqual(targetFields({ uri: 'posthog://h/projects/1/flows/w/x.json' }).uri, 'posthog://h/projects/1/flows/w/x.json');
    assert.deepEqual(targetFields({ name: 'only a field of the command' }), { uri: undefined, host: undefined, projectId: undefined, object: undefined });
  });

  it('refuse project ids PostHog cannot have, and an object id without its project', () => {
    for (const projectId of [0, -3, '0', 'abc', 2.5]) {
      assert.throws(() => targetFields({ projectId, functionId: 'f' }), (e: Error) => e instanceof NoTargetError && /not a PostHog project id/.test(e.message));
    }
    assert.throws(() => targetFields({ functionId: 'f' }), (e: Error) => e instanceof NoTargetError && /projectId/.test(e.message));
    assert.doesNotThrow(() => targetFields({ functionId: 'f', uri: 'posthog://h/projects/1/functions/f/x.hog' }));
  });
});
