// Every Hog flow endpoint of the client (schedules, batch jobs, bulk delete...), against the emulator.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiError, StaleUpdateError } from '../../../src/api';
import { BATCH_FLOW, EVENT_FLOW, PRO_PERSONS, SCHEDULE_FLOW } from './support/flows';
import { rejection, useClientFixture } from './support/harness';

describe('hog flows', () => {
  const fx = useClientFixture();

  test('list: all seed flows, and the status filter', async () => {
    const all = await fx.client.hogFlows.list(fx.projectId).all();
    const statuses = new Set(all.map((f) => f.status));
    assert.deepEqual([...statuses].sort(), ['active', 'archived', 'draft']);
    const active = await fx.client.hogFlows.list(fx.projectId, { status: 'active' }).all();
    assert.ok(active.length > 0 && active.every((f) => f.status === 'active'));
    assert.ok(all.every((f) => !('schedules' in f)), 'list items are summaries');
  });

  test('create (201), get, update with base_updated_at, hard delete (204)', async () => {
    const created = await fx.client.hogFlows.create(fx.projectId, EVENT_FLOW);
    assert.equal(created.name, EVENT_FLOW.name);
    assert.equal(created.trigger?.type, 'event');
    assert.ok(Array.isArray(created.schedules));

    const fetched = await fx.client.hogFlows.get(fx.projectId, created.id);
    assert.equal(fetched.id, created.id);

    const updated = await fx.client.hogFlows.update(fx.projectId, created.id, { description: 'changed' }, { baseUpdatedAt: created.updated_at });
    assert.equal(updated.description, 'changed');
    const [patch] = await fx.admin.requestsTo('PATCH', new RegExp(`${created.id}/$`));
    assert.deepEqual(patch?.body, { description: 'changed', base_updated_at: created.updated_at });

    await fx.client.hogFlows.delete(fx.projectId, created.id);
    const gone = await rejection(() => fx.client.hogFlows.get(fx.projectId, created.id));
    assert.ok(gone instanceof ApiError && gone.status === 404, String(gone));
  });

  test('a stale update fails with StaleUpdateError', async () => {
    const created = await fx.client.hogFlows.create(fx.projectId, EVENT_FLOW);
    await fx.admin.touch('hog_flow', created.id);
    const error = await rejection(() =>
      fx.client.hogFlows.update(fx.projectId, created.id, { name: 'x' }, { baseUpdatedAt: created.updated_at }));
    assert.ok(error instanceof StaleUpdateError, String(error));
    assert.equal(error.status, 409);
  });

  test('a flow without a trigger is a 400 on attr "actions"', async () => {
    const error = await rejection(() =>
      fx.client.hogFlows.create(fx.projectId, { name: 'bad', actions: [{ id: 'x', name: 'Exit', type: 'exit', config: {} }] }));
    assert.ok(error instanceof ApiError, String(error));
    assert.equal(error.status, 400);
    assert.equal(error.attr, 'actions');
  });

  test('bulkDelete removes only archived flows', async () => {
    const archived = await fx.client.hogFlows.create(fx.projectId, EVENT_FLOW);
    await fx.client.hogFlows.update(fx.projectId, archived.id, { status: 'archived' });
    const draft = await fx.client.hogFlows.create(fx.projectId, EVENT_FLOW);
    const result = await fx.client.hogFlows.bulkDelete(fx.projectId, [archived.id, draft.id]);
    assert.deepEqual(result, { deleted: 1 });
    await rejection(() => fx.client.hogFlows.get(fx.projectId, archived.id));
    assert.equal((await fx.client.hogFlows.get(fx.projectId, draft.id)).id, draft.id);
  });

  test('bulkDelete with invalid ids: the {"error": ...} body becomes a readable ApiError', async () => {
    const error = await rejection(() => fx.client.hogFlows.bulkDelete(fx.projectId, ['not-a-uuid']));
    assert.ok(error instanceof ApiError, String(error));
    assert.equal(error.status, 400);
    assert.match(error.detail, /valid UUID/i);
    assert.match(error.message, /valid UUID/i);
  });

  test('batch jobs: refused for a draft, created for an active batch flow, then listed', async () => {
    const created = await fx.client.hogFlows.create(fx.projectId, BATCH_FLOW);
    const refused = await rejection(() => fx.client.hogFlows.createBatchJob(fx.projectId, created.id, {}));
    assert.ok(refused instanceof ApiError && refused.status === 400, String(refused));

    await fx.client.hogFlows.update(fx.projectId, created.id, { status: 'active' });
    const job = await fx.client.hogFlows.createBatchJob(fx.projectId, created.id, { variables: { campaign: 'test' } });
    assert.equal(job.hog_flow, created.id);
    assert.equal(typeof job.status, 'string');
    const jobs = await fx.client.hogFlows.batchJobs(fx.projectId, created.id);
    assert.deepEqual(jobs.map((j) => j.id), [job.id]);
  });

  test('schedules: create (201), list, update, delete (204)', async () => {
    const created = await fx.client.hogFlows.create(fx.projectId, SCHEDULE_FLOW);
    const schedules = fx.client.hogFlows.schedules;
    const schedule = await schedules.create(fx.projectId, created.id, {
      rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', starts_at: '2030-01-01T09:00:00Z', timezone: 'UTC', variables: { a: '1' },
    });
    assert.equal(schedule.rrule, 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0');
    assert.deepEqual((await schedules.list(fx.projectId, created.id)).map((s) => s.id), [schedule.id]);

    const changed = await schedules.update(fx.projectId, created.id, schedule.id, { rrule: 'FREQ=WEEKLY;BYDAY=MO' });
    assert.equal(changed.rrule, 'FREQ=WEEKLY;BYDAY=MO');

    await schedules.delete(fx.projectId, created.id, schedule.id);
    assert.deepEqual(await schedules.list(fx.projectId, created.id), []);
    const missing = await rejection(() => schedules.delete(fx.projectId, created.id, schedule.id));
    assert.ok(missing instanceof ApiError && missing.status === 404, String(missing));
  });

  test('an invalid schedule is a 400', async () => {
    const created = await fx.client.hogFlows.create(fx.projectId, SCHEDULE_FLOW);
    const error = await rejection(() =>
      fx.client.hogFlows.schedules.create(fx.projectId, created.id, { rrule: 'FREQ=MINUTELY', starts_at: '2030-01-01T00:00:00Z' }));
    assert.ok(error instanceof ApiError && error.status === 400, String(error));
  });

  test('userBlastRadius returns counts and a confirm token', async () => {
    const radius = await fx.client.hogFlows.userBlastRadius(fx.projectId, { filters: PRO_PERSONS });
    assert.equal(typeof radius.affected, 'number');
    assert.equal(typeof radius.total, 'number');
    assert.equal(typeof radius.confirm_token, 'string');
  });

  test('invoke a flow configuration', async () => {
    const created = await fx.client.hogFlows.create(fx.projectId, EVENT_FLOW);
    const result = await fx.client.hogFlows.invoke(fx.projectId, created.id, {
      configuration: { ...EVENT_FLOW },
      globals: { event: { event: '$pageview', distinct_id: 'user-1', properties: {} } },
    });
    assert.equal(typeof result.status, 'string');
  });

  test('logs, metrics and totals of a seed flow', async () => {
    const [first] = await fx.client.hogFlows.list(fx.projectId, { status: 'active' }).all();
    assert.ok(first);
    const logs = await fx.client.hogFlows.logs(fx.projectId, first.id, { limit: 10 });
    assert.ok(Array.isArray(logs.results));
    const metrics = await fx.client.hogFlows.metrics(fx.projectId, first.id, { after: '-7d' });
    assert.ok(Array.isArray(metrics.labels) && Array.isArray(metrics.series));
    const totals = await fx.client.hogFlows.metricsTotals(fx.projectId, first.id, { after: '-7d' });
    assert.equal(typeof totals.totals, 'object');
  });
});
