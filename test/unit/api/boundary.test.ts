// What a broken or hostile PostHog answer does to the client, over a real socket: the emulator
// answers with a doctored copy of a real object (a fault), and the client reports one clear error
// for that object, or, in a list page, leaves the item out and reports it.
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { type HogFunction, MalformedResponseError, UnexpectedShapeError } from '../../../src/api';
import { rejection, useClientFixture } from './support/harness';

describe('answers checked at the boundary', () => {
  const fx = useClientFixture();
  let fn: HogFunction;
  const fnPath = (): string => `^/api/projects/${fx.projectId}/hog_functions/${fn.id}/$`;
  const listPath = (): string => `^/api/projects/${fx.projectId}/hog_functions/$`;

  beforeEach(async () => {
    const [first] = (await fx.client.hogFunctions.list(fx.projectId, { type: ['destination'] }).page({ limit: 1 })).results;
    fn = await fx.client.hogFunctions.get(fx.projectId, first!.id);
    await fx.admin.clearRequests();
  });

  /** The raw JSON PostHog (the emulator) sends for this path, without the client's checks. */
  async function raw(path: string): Promise<Record<string, unknown>> {
    return fx.client.request<Record<string, unknown>>({ method: 'GET', path, expect: 'object' });
  }

  async function answerGetWith(body: unknown): Promise<void> {
    await fx.admin.addFault({ match: { method: 'GET', path: fnPath() }, response: { status: 200, body } });
  }

  for (const [label, change, message] of [
    ['a name that is not a string', { name: { first: 'x' } }, /“name” is an object, expected a string or null/],
    ['hog null', { hog: null }, /“hog” is null, expected a string/],
    ['inputs a string', { inputs: 'url=https://x' }, /“inputs” is a string, expected an object/],
  ] as const) {
    test(`get: ${label} is one UnexpectedShapeError naming the function, not retried`, async () => {
      const body = { ...(await raw(`/api/projects/${fx.projectId}/hog_functions/${fn.id}/`)), ...change };
      await fx.admin.clearRequests();
      await answerGetWith(body);
      const error = await rejection(() => fx.client.hogFunctions.get(fx.projectId, fn.id));
      assert.ok(error instanceof UnexpectedShapeError, String(error));
      assert.match(error.message, new RegExp(`^PostHog returned an unexpected shape for hog function ${fn.id}: `));
      assert.match(error.message, message);
      assert.equal((await fx.admin.requestsTo('GET', new RegExp(fnPath()))).length, 1);
    });
  }

  test('get: an answer about another function is refused', async () => {
    const others = (await fx.client.hogFunctions.list(fx.projectId).all()).filter((f) => f.id !== fn.id);
    const other = await raw(`/api/projects/${fx.projectId}/hog_functions/${others[0]!.id}/`);
    await answerGetWith(other);
    const error = await rejection(() => fx.client.hogFunctions.get(fx.projectId, fn.id));
    assert.ok(error instanceof UnexpectedShapeError, String(error));
    assert.match(error.message, /the answer is about id .*, not the hog function asked for/);
  });

  test('update: the PATCH goes to the named function; an answer naming another is refused', async () => {
    const others = (await fx.client.hogFunctions.list(fx.projectId).all()).filter((f) => f.id !== fn.id);
    const other = await raw(`/api/projects/${fx.projectId}/hog_functions/${others[0]!.id}/`);
    await fx.admin.addFault({ match: { method: 'PATCH', path: fnPath() }, response: { status: 200, body: other, afterHandler: true } });
    const error = await rejection(() => fx.client.hogFunctions.update(fx.projectId, fn.id, { description: 'mine' }, { baseUpdatedAt: fn.updated_at }));
    assert.ok(error instanceof UnexpectedShapeError, String(error));
    const patches = await fx.admin.requestsTo('PATCH', /hog_functions\//);
    assert.deepEqual(patches.map((r) => r.path), [`/api/projects/${fx.projectId}/hog_functions/${fn.id}/`]);
  });

  test('list page: a broken item and an item whose id is a path are left out and reported; the rest load', async () => {
    const page = await fx.client.request<Record<string, unknown>>({ method: 'GET', path: `/api/projects/${fx.projectId}/hog_functions/?limit=4`, expect: 'page' });
    const results = page.results as Record<string, unknown>[];
    const [good0, bad1, bad2, good3] = results;
    const doctored = { ...page, results: [good0, { ...bad1, name: 7 }, { ...bad2, id: '../../../users/@me' }, good3] };
    await fx.admin.addFault({ match: { method: 'GET', path: listPath() }, response: { status: 200, body: doctored } });
    const loaded = await fx.client.hogFunctions.list(fx.projectId).page({ limit: 4 });
    assert.deepEqual(loaded.results.map((f) => f.id), [good0!.id, good3!.id]);
    assert.equal(loaded.invalid.length, 2);
    assert.match(loaded.invalid[0]!.message, new RegExp(`hog function ${bad1!.id} \\(item 2 of the list\\): “name” is a whole number`));
    assert.match(loaded.invalid[1]!.message, /hog function \.\.\/\.\.\/\.\.\/users\/@me \(item 3 of the list\): “id” is a string, expected a UUID/);
  });

  test('iterating: bad items are collected on the list, every good one is yielded', async () => {
    const page = await fx.client.request<Record<string, unknown>>({ method: 'GET', path: `/api/projects/${fx.projectId}/hog_functions/?limit=1000`, expect: 'page' });
    const results = page.results as Record<string, unknown>[];
    const doctored = { ...page, results: results.map((f, i) => (i === 1 ? { ...f, hog: null } : f)) };
    await fx.admin.addFault({ match: { method: 'GET', path: listPath() }, response: { status: 200, body: doctored } });
    const listing = fx.client.hogFunctions.list(fx.projectId, { limit: 1000 });
    const all = await listing.all();
    assert.equal(all.length, results.length - 1);
    assert.equal(listing.invalid.length, 1);
    assert.match(listing.invalid[0]!.message, /“hog” is null/);
  });

  test('a page whose envelope is off fails whole', async () => {
    await fx.admin.addFault({ match: { method: 'GET', path: listPath() }, response: { status: 200, body: { count: 1, next: null, previous: null, results: {} } } });
    const notAList = await rejection(() => fx.client.hogFunctions.list(fx.projectId).page());
    assert.ok(notAList instanceof MalformedResponseError && notAList.kind === 'unexpected-shape', String(notAList));
    await fx.admin.addFault({ match: { method: 'GET', path: listPath() }, response: { status: 200, body: { count: '1', next: null, previous: null, results: [] } } });
    const badCount = await rejection(() => fx.client.hogFunctions.list(fx.projectId).page());
    assert.ok(badCount instanceof UnexpectedShapeError, String(badCount));
    assert.match(badCount.message, /for the hog function list: “count” is a string, expected a whole number/);
  });

  test('schedules (a bare list): one broken schedule fails the answer, naming it', async () => {
    const [flow] = await fx.client.hogFlows.list(fx.projectId, { status: 'active' }).all();
    const path = `/api/projects/${fx.projectId}/hog_flows/${flow!.id}/schedules/`;
    const id = '0197d0c5-0a0b-7c0d-8e0f-00000000abcd';
    await fx.admin.addFault({ match: { method: 'GET', path: `^${path}$` }, response: { status: 200, body: [{ id, rrule: null }] } });
    const error = await rejection(() => fx.client.hogFlows.schedules.list(fx.projectId, flow!.id));
    assert.ok(error instanceof UnexpectedShapeError, String(error));
    assert.match(error.message, new RegExp(`for schedule ${id} \\(item 1 of the list\\): “rrule” is null, expected a string`));
  });

  test('users/@me with an organization whose id is a path: refused before it can become a request path', async () => {
    const me = await raw('/api/users/@me/');
    const doctored = { ...me, organizations: [{ ...(me.organizations as Record<string, unknown>[])[0], id: '../projects/1/hog_functions' }] };
    await fx.admin.addFault({ match: { method: 'GET', path: '^/api/users/@me/$' }, response: { status: 200, body: doctored } });
    const error = await rejection(() => fx.client.discovery.me());
    assert.ok(error instanceof UnexpectedShapeError, String(error));
    assert.match(error.message, /“organizations\[0\]\.id” is a string, expected a UUID/);
  });
});
