// Every Hog function endpoint of the client, against the local emulator over a real socket.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiError, type HogFunctionCreate, type PostHogClient, StaleUpdateError } from '../../../src/api';
import { rejection, useClientFixture } from './support/harness';

const NEW_FUNCTION: HogFunctionCreate = {
  type: 'destination',
  name: 'Client test destination',
  hog: "print('hello from the client test')",
  inputs_schema: [{ key: 'url', type: 'string', label: 'URL', required: true }],
  inputs: { url: { value: 'https://example.com/hook' } },
  filters: { source: 'events', events: [{ id: '$pageview', name: '$pageview', type: 'events', order: 0 }] },
};

describe('hog functions', () => {
  const fx = useClientFixture();

  describe('listing and pagination', () => {
    test('page({limit, offset}) returns one page with absolute next/previous links', async () => {
      const first = await fx.client.hogFunctions.list(fx.projectId).page({ limit: 5 });
      assert.ok(first.count >= 12, `count ${first.count}`);
      assert.equal(first.results.length, 5);
      assert.equal(first.previous, null);
      assert.ok(first.next?.startsWith('http'), `next: ${first.next}`);

      const second = await fx.client.hogFunctions.list(fx.projectId).page({ limit: 5, offset: 5 });
      assert.equal(second.results.length, 5);
      assert.notEqual(second.previous, null);
      const overlap = second.results.filter((f) => first.results.some((g) => g.id === f.id));
      assert.deepEqual(overlap, []);
    });

    test('pageAt(next) follows the link for "load more"', async () => {
      const listing = fx.client.hogFunctions.list(fx.projectId, { limit: 5 });
      const first = await listing.page();
      const second = await listing.pageAt(first.next!);
      const direct = await listing.page({ offset: 5 });
      assert.deepEqual(second.results.map((f) => f.id), direct.results.map((f) => f.id));
    });

    test('the iterator follows next across every page', async () => {
      const { count } = await fx.client.hogFunctions.list(fx.projectId).page({ limit: 1 });
      await fx.admin.clearRequests();
      const all = await fx.client.hogFunctions.list(fx.projectId, { limit: 5 }).all();
      assert.equal(all.length, count);
      assert.equal(new Set(all.map((f) => f.id)).size, count, 'no duplicates');
      const gets = await fx.admin.requestsTo('GET', /hog_functions\/$/);
      assert.equal(gets.length, Math.ceil(count / 5));
    });

    test('a next link naming another origin is requested on our own origin', async () => {
      const listing = fx.client.hogFunctions.list(fx.projectId);
      const foreign = `http://attacker.invalid:9/api/projects/${fx.projectId}/hog_functions/?limit=2&offset=2`;
      const page = await listing.pageAt(foreign);
      assert.equal(page.results.length, 2);
      const logged = await fx.admin.requestsTo('GET', /hog_functions\/$/);
      assert.equal(logged.length, 1, 'the request reached the emulator');
    });

    test('list items are summaries; listFull returns full objects', async () => {
      const [summary] = (await fx.client.hogFunctions.list(fx.projectId).page({ limit: 1 })).results;
      assert.ok(summary);
      assert.equal('inputs' in summary, false);
      assert.equal('version' in summary, false);
      const [full] = (await fx.client.hogFunctions.listFull(fx.projectId).page({ limit: 1 })).results;
      assert.ok(full);
      assert.equal(typeof full.version, 'number');
      assert.equal(typeof full.inputs, 'object');
    });

    test('type filter is sent comma-separated and applied', async () => {
      const items = await fx.client.hogFunctions.list(fx.projectId, { type: ['transformation', 'site_app'] }).all();
      assert.ok(items.length > 0);
      assert.ok(items.every((f) => f.type === 'transformation' || f.type === 'site_app'), items.map((f) => f.type).join());
    });

    test('@current works as the project id', async () => {
      const viaCurrent = await fx.client.hogFunctions.list('@current').page({ limit: 3 });
      const viaId = await fx.client.hogFunctions.list(fx.projectId).page({ limit: 3 });
      assert.deepEqual(viaCurrent.results.map((f) => f.id), viaId.results.map((f) => f.id));
    });
  });

  describe('create, retrieve, update, delete', () => {
    test('create returns the full object; get retrieves it', async () => {
      const created = await fx.client.hogFunctions.create(fx.projectId, NEW_FUNCTION);
      assert.equal(created.name, NEW_FUNCTION.name);
      assert.equal(created.type, 'destination');
      assert.equal(typeof created.updated_at, 'string');
      const fetched = await fx.client.hogFunctions.get(fx.projectId, created.id);
      assert.equal(fetched.id, created.id);
      assert.equal(fetched.hog, NEW_FUNCTION.hog);
    });

    test('update sends base_updated_at verbatim and returns the new object', async () => {
      const fn = await fx.client.hogFunctions.create(fx.projectId, NEW_FUNCTION);
      await fx.admin.clearRequests();
      const updated = await fx.client.hogFunctions.update(fx.projectId, fn.id, { name: 'Renamed' }, { baseUpdatedAt: fn.updated_at });
      assert.equal(updated.name, 'Renamed');
      const [patch] = await fx.admin.requestsTo('PATCH', new RegExp(`${fn.id}/$`));
      assert.deepEqual(patch?.body, { name: 'Renamed', base_updated_at: fn.updated_at });
    });

    test('base_updated_at keeps microseconds a Date would lose', async () => {
      const fn = await fx.client.hogFunctions.create(fx.projectId, NEW_FUNCTION);
      const precise = '2999-01-01T00:00:00.123456Z';
      await fx.admin.clearRequests();
      await fx.client.hogFunctions.update(fx.projectId, fn.id, { description: 'x' }, { baseUpdatedAt: precise });
      const [patch] = await fx.admin.requestsTo('PATCH', /hog_functions\/.+\/$/);
      assert.equal((patch?.body as { base_updated_at?: string }).base_updated_at, precise);
    });

    test('an update based on an old updated_at fails with StaleUpdateError (409)', async () => {
      const fn = await fx.client.hogFunctions.create(fx.projectId, NEW_FUNCTION);
      await fx.admin.touch('hog_function', fn.id);
      const error = await rejection(() =>
        fx.client.hogFunctions.update(fx.projectId, fn.id, { name: 'Mine' }, { baseUpdatedAt: fn.updated_at }));
      assert.ok(error instanceof StaleUpdateError, String(error));
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 409);
      assert.equal(error.code, 'stale_update');
      assert.equal(error.method, 'PATCH');
      assert.equal(error.path, `/api/projects/${fx.projectId}/hog_functions/${fn.id}/`);
    });

    test('softDelete hides the function; restore brings it back', async () => {
      const fn = await fx.client.hogFunctions.create(fx.projectId, NEW_FUNCTION);
      await fx.client.hogFunctions.softDelete(fx.projectId, fn.id);
      const gone = await rejection(() => fx.client.hogFunctions.get(fx.projectId, fn.id));
      assert.ok(gone instanceof ApiError && gone.status === 404, String(gone));
      const listed = await fx.client.hogFunctions.list(fx.projectId).all();
      assert.equal(listed.some((f) => f.id === fn.id), false);

      const patches = await fx.admin.requestsTo('PATCH', new RegExp(`${fn.id}/$`));
      assert.deepEqual(patches.map((p) => p.body), [{ deleted: true }]);

      const restored = await fx.client.hogFunctions.restore(fx.projectId, fn.id);
      assert.equal(restored.id, fn.id);
      assert.equal((await fx.client.hogFunctions.get(fx.projectId, fn.id)).id, fn.id);
    });

    test('softDelete is guarded like an update: a stale base is refused and deletes nothing', async () => {
      const fn = await fx.client.hogFunctions.create(fx.projectId, NEW_FUNCTION);
      const theirs = await fx.client.hogFunctions.update(fx.projectId, fn.id, { name: 'Changed by someone else' });
      assert.notEqual(theirs.updated_at, fn.updated_at);
      const stale = await rejection(() => fx.client.hogFunctions.softDelete(fx.projectId, fn.id, { baseUpdatedAt: fn.updated_at }));
      assert.ok(stale instanceof StaleUpdateError, String(stale));
      assert.equal((await fx.client.hogFunctions.get(fx.projectId, fn.id)).name, 'Changed by someone else');

      await fx.client.hogFunctions.softDelete(fx.projectId, fn.id, { baseUpdatedAt: theirs.updated_at });
      const patches = await fx.admin.requestsTo('PATCH', new RegExp(`${fn.id}/$`));
      assert.deepEqual(patches.map((p) => p.body).slice(1), [
        { deleted: true, base_updated_at: fn.updated_at },
        { deleted: true, base_updated_at: theirs.updated_at },
      ]);
      const gone = await rejection(() => fx.client.hogFunctions.get(fx.projectId, fn.id));
      assert.ok(gone instanceof ApiError && gone.status === 404, String(gone));
    });

    test('DELETE on a function is refused with 405 (why softDelete exists)', async () => {
      const fn = await fx.client.hogFunctions.create(fx.projectId, NEW_FUNCTION);
      const error = await rejection(() =>
        fx.client.request({ method: 'DELETE', path: `/api/projects/${fx.projectId}/hog_functions/${fn.id}/`, expect: 'empty' }));
      assert.ok(error instanceof ApiError, String(error));
      assert.equal(error.status, 405);
      assert.equal(error.code, 'method_not_allowed');
      assert.match(error.detail, /deleted/);
    });
  });

  describe('invocations, logs, metrics', () => {
    test('invoke runs a configuration and returns status and logs', async () => {
      const fn = await fx.client.hogFunctions.create(fx.projectId, NEW_FUNCTION);
      const result = await fx.client.hogFunctions.invoke(fx.projectId, fn.id, {
        configuration: { ...NEW_FUNCTION },
        globals: { event: { event: '$pageview', distinct_id: 'user-1', properties: {} } },
        mock_async_functions: true,
      });
      assert.equal(typeof result.status, 'string');
      assert.ok(Array.isArray(result.logs), JSON.stringify(result));
    });

    test("invoke accepts 'new' for an unsaved function", async () => {
      const result = await fx.client.hogFunctions.invoke(fx.projectId, 'new', {
        configuration: { ...NEW_FUNCTION },
        globals: { event: { event: '$pageview', distinct_id: 'user-1', properties: {} } },
      });
      assert.equal(typeof result.status, 'string');
    });

    test('logs come newest first and honour the level filter', async () => {
      const withLogs = await findFunctionWithLogs(fx.client, fx.projectId);
      const page = await fx.client.hogFunctions.logs(fx.projectId, withLogs, { limit: 500 });
      assert.ok(page.results.length > 0);
      const times = page.results.map((l) => l.timestamp);
      assert.deepEqual(times, [...times].sort().reverse());
      const levels = new Set(page.results.map((l) => l.level));
      const level = [...levels][0]!;
      const filtered = await fx.client.hogFunctions.logs(fx.projectId, withLogs, { level: [level.toLowerCase()] });
      assert.ok(filtered.results.length > 0);
      assert.ok(filtered.results.every((l) => l.level === level));
    });

    test('logs `after` is strict', async () => {
      const id = await findFunctionWithLogs(fx.client, fx.projectId);
      const all = await fx.client.hogFunctions.logs(fx.projectId, id, { limit: 500 });
      const newest = all.results[0]!.timestamp;
      const newer = await fx.client.hogFunctions.logs(fx.projectId, id, { after: newest });
      assert.equal(newer.results.some((l) => l.timestamp === newest), false);
    });

    test('metrics: one value per label in every series; totals are numbers', async () => {
      const id = await findFunctionWithLogs(fx.client, fx.projectId);
      const metrics = await fx.client.hogFunctions.metrics(fx.projectId, id, { after: '-7d', interval: 'day' });
      assert.ok(metrics.labels.length >= 7, `labels ${metrics.labels.length}`);
      for (const series of metrics.series) assert.equal(series.values.length, metrics.labels.length, series.name);
      const totals = await fx.client.hogFunctions.metricsTotals(fx.projectId, id, { after: '-7d', breakdown_by: 'name' });
      assert.ok(Object.values(totals.totals).every((n) => typeof n === 'number'));
    });
  });

  describe('rearrange and icons', () => {
    test('rearrange swaps the execution order of two transformations', async () => {
      const transformations = await fx.client.hogFunctions.list(fx.projectId, { type: ['transformation'] }).all();
      assert.ok(transformations.length >= 2, 'demo seed has two transformations');
      const [a, b] = transformations;
      const result = await fx.client.hogFunctions.rearrange(fx.projectId, { [a!.id]: 2, [b!.id]: 1 });
      assert.ok(result.length >= 2);
      const order = result.map((f) => f.id);
      assert.ok(order.indexOf(b!.id) < order.indexOf(a!.id), `order: ${order.join(', ')}`);
      assert.equal(result.find((f) => f.id === b!.id)?.execution_order, 1);
    });

    test('icons returns an array; icon returns bytes', async () => {
      const icons = await fx.client.hogFunctions.icons(fx.projectId, 'slack');
      assert.ok(Array.isArray(icons));
      assert.ok(icons.length > 0, 'slack icon in the emulator');
      const bytes = await fx.client.hogFunctions.icon(fx.projectId, icons[0]!.id);
      assert.ok(bytes instanceof Uint8Array);
      assert.ok(bytes.length > 0);
    });
  });
});

async function findFunctionWithLogs(client: PostHogClient, projectId: number): Promise<string> {
  for await (const fn of client.hogFunctions.list(projectId)) {
    const logs = await client.hogFunctions.logs(projectId, fn.id, { limit: 1 });
    if (logs.results.length > 0) return fn.id;
  }
  throw new Error('no function with logs in the demo seed');
}
