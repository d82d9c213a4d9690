// Every Hog function endpoint of the client, against the local emulator over a real socket.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { ApiError, type HogFunctionCreate, type PostHogClient, StaleUpdateError } from '../../../src/api';
import { Admin, type Emulator, makeClient, rejection, startTestEmulator } from './support/harness';

const NEW_FUNCTION: HogFunctionCreate = {
  type: 'destination',
  name: 'Client test destination',
  hog: "print('hello from the client test')",
  inputs_schema: [{ key: 'url', type: 'string', label: 'URL', required: true }],
  inputs: { url: { value: 'https://example.com/hook' } },
  filters: { source: 'events', events: [{ id: '$pageview', name: '$pageview', type: 'events', order: 0 }] },
};

describe('hog functions', () => {
  let emu: Emulator;
  let client: PostHogClient;
  let admin: Admin;
  let projectId: number;

  before(async () => {
    emu = await startTestEmulator();
    client = makeClient(emu);
    admin = new Admin(emu.url);
    projectId = (await client.discovery.me()).team!.id;
  });
  beforeEach(async () => {
    await admin.reset();
    await admin.clearRequests();
  });
  after(async () => {
    await client.close();
    await emu.close();
  });

  describe('listing and pagination', () => {
    test('page({limit, offset}) returns one page with absolute next/previous links', async () => {
      const first = await client.hogFunctions.list(projectId).page({ limit: 5 });
      assert.ok(first.count >= 12, `count ${first.count}`);
      assert.equal(first.results.length, 5);
      assert.equal(first.previous, null);
      assert.ok(first.next?.startsWith('http'), `next: ${first.next}`);

      const second = await client.hogFunctions.list(projectId).page({ limit: 5, offset: 5 });
      assert.equal(second.results.length, 5);
      assert.notEqual(second.previous, null);
      const overlap = second.results.filter((f) => first.results.some((g) => g.id === f.id));
      assert.deepEqual(overlap, []);
    });

    test('pageAt(next) follows the link for "load more"', async () => {
      const listing = client.hogFunctions.list(projectId, { limit: 5 });
      const first = await listing.page();
      const second = await listing.pageAt(first.next!);
      const direct = await listing.page({ offset: 5 });
      assert.deepEqual(second.results.map((f) => f.id), direct.results.map((f) => f.id));
    });

    test('the iterator follows next across every page', async () => {
      const { count } = await client.hogFunctions.list(projectId).page({ limit: 1 });
      await admin.clearRequests();
      const all = await client.hogFunctions.list(projectId, { limit: 5 }).all();
      assert.equal(all.length, count);
      assert.equal(new Set(all.map((f) => f.id)).size, count, 'no duplicates');
      const gets = await admin.requestsTo('GET', /hog_functions\/$/);
      assert.equal(gets.length, Math.ceil(count / 5));
    });

    test('a next link naming another origin is requested on our own origin', async () => {
      const listing = client.hogFunctions.list(projectId);
      const foreign = `http://attacker.invalid:9/api/projects/${projectId}/hog_functions/?limit=2&offset=2`;
      const page = await listing.pageAt(foreign);
      assert.equal(page.results.length, 2);
      const logged = await admin.requestsTo('GET', /hog_functions\/$/);
      assert.equal(logged.length, 1, 'the request reached the emulator');
    });

    test('list items are summaries; listFull returns full objects', async () => {
      const [summary] = (await client.hogFunctions.list(projectId).page({ limit: 1 })).results;
      assert.ok(summary);
      assert.equal('inputs' in summary, false);
      assert.equal('version' in summary, false);
      const [full] = (await client.hogFunctions.listFull(projectId).page({ limit: 1 })).results;
      assert.ok(full);
      assert.equal(typeof full.version, 'number');
      assert.equal(typeof full.inputs, 'object');
    });

    test('type filter is sent comma-separated and applied', async () => {
      const items = await client.hogFunctions.list(projectId, { type: ['transformation', 'site_app'] }).all();
      assert.ok(items.length > 0);
      assert.ok(items.every((f) => f.type === 'transformation' || f.type === 'site_app'), items.map((f) => f.type).join());
    });

    test('@current works as the project id', async () => {
      const viaCurrent = await client.hogFunctions.list('@current').page({ limit: 3 });
      const viaId = await client.hogFunctions.list(projectId).page({ limit: 3 });
      assert.deepEqual(viaCurrent.results.map((f) => f.id), viaId.results.map((f) => f.id));
    });
  });

  describe('create, retrieve, update, delete', () => {
    test('create returns the full object; get retrieves it', async () => {
      const created = await client.hogFunctions.create(projectId, NEW_FUNCTION);
      assert.equal(created.name, NEW_FUNCTION.name);
      assert.equal(created.type, 'destination');
      assert.equal(typeof created.updated_at, 'string');
      const fetched = await client.hogFunctions.get(projectId, created.id);
      assert.equal(fetched.id, created.id);
      assert.equal(fetched.hog, NEW_FUNCTION.hog);
    });

    test('update sends base_updated_at verbatim and returns the new object', async () => {
      const fn = await client.hogFunctions.create(projectId, NEW_FUNCTION);
      await admin.clearRequests();
      const updated = await client.hogFunctions.update(projectId, fn.id, { name: 'Renamed' }, { baseUpdatedAt: fn.updated_at });
      assert.equal(updated.name, 'Renamed');
      const [patch] = await admin.requestsTo('PATCH', new RegExp(`${fn.id}/$`));
      assert.deepEqual(patch?.body, { name: 'Renamed', base_updated_at: fn.updated_at });
    });

    test('base_updated_at keeps microseconds a Date would lose', async () => {
      const fn = await client.hogFunctions.create(projectId, NEW_FUNCTION);
      const precise = '2999-01-01T00:00:00.123456Z';
      await admin.clearRequests();
      await client.hogFunctions.update(projectId, fn.id, { description: 'x' }, { baseUpdatedAt: precise });
      const [patch] = await admin.requestsTo('PATCH', /hog_functions\/.+\/$/);
      assert.equal((patch?.body as { base_updated_at?: string }).base_updated_at, precise);
    });

    test('an update based on an old updated_at fails with StaleUpdateError (409)', async () => {
      const fn = await client.hogFunctions.create(projectId, NEW_FUNCTION);
      await admin.touch('hog_function', fn.id);
      const error = await rejection(() =>
        client.hogFunctions.update(projectId, fn.id, { name: 'Mine' }, { baseUpdatedAt: fn.updated_at }));
      assert.ok(error instanceof StaleUpdateError, String(error));
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 409);
      assert.equal(error.code, 'stale_update');
      assert.equal(error.method, 'PATCH');
      assert.equal(error.path, `/api/projects/${projectId}/hog_functions/${fn.id}/`);
    });

    test('softDelete hides the function; restore brings it back', async () => {
      const fn = await client.hogFunctions.create(projectId, NEW_FUNCTION);
      await client.hogFunctions.softDelete(projectId, fn.id);
      const gone = await rejection(() => client.hogFunctions.get(projectId, fn.id));
      assert.ok(gone instanceof ApiError && gone.status === 404, String(gone));
      const listed = await client.hogFunctions.list(projectId).all();
      assert.equal(listed.some((f) => f.id === fn.id), false);

      const patches = await admin.requestsTo('PATCH', new RegExp(`${fn.id}/$`));
      assert.deepEqual(patches.map((p) => p.body), [{ deleted: true }]);

      const restored = await client.hogFunctions.restore(projectId, fn.id);
      assert.equal(restored.id, fn.id);
      assert.equal((await client.hogFunctions.get(projectId, fn.id)).id, fn.id);
    });

    test('DELETE on a function is refused with 405 (why softDelete exists)', async () => {
      const fn = await client.hogFunctions.create(projectId, NEW_FUNCTION);
      const error = await rejection(() =>
        client.request({ method: 'DELETE', path: `/api/projects/${projectId}/hog_functions/${fn.id}/`, expect: 'empty' }));
      assert.ok(error instanceof ApiError, String(error));
      assert.equal(error.status, 405);
      assert.equal(error.code, 'method_not_allowed');
      assert.match(error.detail, /deleted/);
    });
  });

  describe('invocations, logs, metrics', () => {
    test('invoke runs a configuration and returns status and logs', async () => {
      const fn = await client.hogFunctions.create(projectId, NEW_FUNCTION);
      const result = await client.hogFunctions.invoke(projectId, fn.id, {
        configuration: { ...NEW_FUNCTION },
        globals: { event: { event: '$pageview', distinct_id: 'user-1', properties: {} } },
        mock_async_functions: true,
      });
      assert.equal(typeof result.status, 'string');
      assert.ok(Array.isArray(result.logs), JSON.stringify(result));
    });

    test("invoke accepts 'new' for an unsaved function", async () => {
      const result = await client.hogFunctions.invoke(projectId, 'new', {
        configuration: { ...NEW_FUNCTION },
        globals: { event: { event: '$pageview', distinct_id: 'user-1', properties: {} } },
      });
      assert.equal(typeof result.status, 'string');
    });

    test('logs come newest first and honour the level filter', async () => {
      const withLogs = await findFunctionWithLogs(client, projectId);
      const page = await client.hogFunctions.logs(projectId, withLogs, { limit: 500 });
      assert.ok(page.results.length > 0);
      const times = page.results.map((l) => l.timestamp);
      assert.deepEqual(times, [...times].sort().reverse());
      const levels = new Set(page.results.map((l) => l.level));
      const level = [...levels][0]!;
      const filtered = await client.hogFunctions.logs(projectId, withLogs, { level: [level.toLowerCase()] });
      assert.ok(filtered.results.length > 0);
      assert.ok(filtered.results.every((l) => l.level === level));
    });

    test('logs `after` is strict', async () => {
      const id = await findFunctionWithLogs(client, projectId);
      const all = await client.hogFunctions.logs(projectId, id, { limit: 500 });
      const newest = all.results[0]!.timestamp;
      const newer = await client.hogFunctions.logs(projectId, id, { after: newest });
      assert.equal(newer.results.some((l) => l.timestamp === newest), false);
    });

    test('metrics: one value per label in every series; totals are numbers', async () => {
      const id = await findFunctionWithLogs(client, projectId);
      const metrics = await client.hogFunctions.metrics(projectId, id, { after: '-7d', interval: 'day' });
      assert.ok(metrics.labels.length >= 7, `labels ${metrics.labels.length}`);
      for (const series of metrics.series) assert.equal(series.values.length, metrics.labels.length, series.name);
      const totals = await client.hogFunctions.metricsTotals(projectId, id, { after: '-7d', breakdown_by: 'name' });
      assert.ok(Object.values(totals.totals).every((n) => typeof n === 'number'));
    });
  });

  describe('rearrange and icons', () => {
    test('rearrange swaps the execution order of two transformations', async () => {
      const transformations = await client.hogFunctions.list(projectId, { type: ['transformation'] }).all();
      assert.ok(transformations.length >= 2, 'demo seed has two transformations');
      const [a, b] = transformations;
      const result = await client.hogFunctions.rearrange(projectId, { [a!.id]: 2, [b!.id]: 1 });
      assert.ok(result.length >= 2);
      const order = result.map((f) => f.id);
      assert.ok(order.indexOf(b!.id) < order.indexOf(a!.id), `order: ${order.join(', ')}`);
      assert.equal(result.find((f) => f.id === b!.id)?.execution_order, 1);
    });

    test('icons returns an array; icon returns bytes', async () => {
      const icons = await client.hogFunctions.icons(projectId, 'slack');
      assert.ok(Array.isArray(icons));
      assert.ok(icons.length > 0, 'slack icon in the emulator');
      const bytes = await client.hogFunctions.icon(projectId, icons[0]!.id);
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
