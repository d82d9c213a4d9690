// A POST that creates or runs something is sent again only when PostHog says it did nothing (its
// throttling answer). Faults with `afterHandler` let the emulator do the work and then answer 503:
// the emulator's state then shows whether a retry created a second object.
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { ApiError, type HogFunctionCreate } from '../../../src/api';
import { BATCH_FLOW, PRO_PERSONS, SCHEDULE_FLOW } from './support/flows';
import { rejection, useClientFixture } from './support/harness';

const FN_COLLECTION = /hog_functions\/$/;
const THROTTLED = { type: 'throttled_error', code: 'throttled', detail: 'Request was throttled. Expected available in 0 seconds.', attr: null };

function newFunction(name: string): HogFunctionCreate {
  return { type: 'destination', name, hog: "print('created once?')" };
}

describe('POSTs that create something', () => {
  const fx = useClientFixture();

  beforeEach(async () => {
    await fx.admin.clearRequests();
  });

  async function functionsNamed(name: string): Promise<number> {
    const all = await fx.client.hogFunctions.list(fx.projectId).all();
    return all.filter((f) => f.name === name).length;
  }

  test('a 503 after PostHog created the function is not retried: one POST, one function', async () => {
    await fx.admin.addFault({ match: { method: 'POST', path: FN_COLLECTION.source }, response: { status: 503, headers: { 'retry-after': '0' }, body: { detail: 'busy' }, afterHandler: true } });
    const error = await rejection(() => fx.client.hogFunctions.create(fx.projectId, newFunction('Created behind a 503')));
    assert.ok(error instanceof ApiError && error.status === 503, String(error));
    assert.deepEqual((await fx.admin.requestsTo('POST', FN_COLLECTION)).map((r) => r.handled), [true]);
    assert.equal(await functionsNamed('Created behind a 503'), 1);
  });

  test('PostHog\'s throttling answer (429 throttled) is retried: the second POST creates it, once', async () => {
    await fx.admin.addFault({ match: { method: 'POST', path: FN_COLLECTION.source }, response: { status: 429, headers: { 'retry-after': '0' }, body: THROTTLED } });
    const fn = await fx.client.hogFunctions.create(fx.projectId, newFunction('Created after throttling'));
    assert.equal(fn.name, 'Created after throttling');
    assert.deepEqual((await fx.admin.requestsTo('POST', FN_COLLECTION)).map((r) => r.handled), [false, true]);
    assert.equal(await functionsNamed('Created after throttling'), 1);
  });

  test('a 429 without PostHog\'s envelope (a proxy\'s) is not retried', async () => {
    await fx.admin.addFault({ match: { method: 'POST', path: FN_COLLECTION.source }, response: { status: 429, headers: { 'retry-after': '0' }, body: '<html>Too many requests</html>' } });
    const error = await rejection(() => fx.client.hogFunctions.create(fx.projectId, newFunction('Behind a proxy 429')));
    assert.ok(error instanceof ApiError && error.status === 429, String(error));
    assert.equal((await fx.admin.requestsTo('POST', FN_COLLECTION)).length, 1);
    assert.equal(await functionsNamed('Behind a proxy 429'), 0);
  });

  test('a schedule created behind a 503 exists once', async () => {
    const flow = await fx.client.hogFlows.create(fx.projectId, SCHEDULE_FLOW);
    const path = new RegExp(`hog_flows/${flow.id}/schedules/$`);
    await fx.admin.addFault({ match: { method: 'POST', path: path.source }, response: { status: 503, headers: { 'retry-after': '0' }, body: {}, afterHandler: true } });
    const error = await rejection(() => fx.client.hogFlows.schedules.create(fx.projectId, flow.id, { rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', starts_at: '2030-01-01T09:00:00Z' }));
    assert.ok(error instanceof ApiError && error.status === 503, String(error));
    assert.equal((await fx.admin.requestsTo('POST', path)).length, 1);
    assert.equal((await fx.client.hogFlows.schedules.list(fx.projectId, flow.id)).length, 1);
  });

  test('a batch job started behind a 503 runs once', async () => {
    const flow = await fx.client.hogFlows.create(fx.projectId, BATCH_FLOW);
    await fx.client.hogFlows.update(fx.projectId, flow.id, { status: 'active' });
    const path = new RegExp(`hog_flows/${flow.id}/batch_jobs/$`);
    await fx.admin.addFault({ match: { method: 'POST', path: path.source }, response: { status: 503, headers: { 'retry-after': '0' }, body: {}, afterHandler: true } });
    const error = await rejection(() => fx.client.hogFlows.createBatchJob(fx.projectId, flow.id, {}));
    assert.ok(error instanceof ApiError && error.status === 503, String(error));
    assert.equal((await fx.admin.requestsTo('POST', path)).length, 1);
    assert.equal((await fx.client.hogFlows.batchJobs(fx.projectId, flow.id)).length, 1);
  });

  test('a POST that only computes an answer (user blast radius) is retried after a 503', async () => {
    const path = /hog_flows\/user_blast_radius\/$/;
    await fx.admin.addFault({ match: { method: 'POST', path: path.source }, response: { status: 503, headers: { 'retry-after': '0' }, body: {} } });
    const radius = await fx.client.hogFlows.userBlastRadius(fx.projectId, { filters: PRO_PERSONS });
    assert.equal(typeof radius.affected, 'number');
    assert.equal((await fx.admin.requestsTo('POST', path)).length, 2);
  });
});
