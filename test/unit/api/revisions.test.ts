// The client's revision methods against the emulator: listing as PostHog pages it, one revision with
// content, restore into the draft (DraftExistsError, the flow's expected_draft_updated_at fence).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiError, DraftExistsError, StaleUpdateError } from '../../../src/api';
import { rejection, useClientFixture } from './support/harness';

const CHECKOUT_ID = '0197e2a1-5c3b-7d4e-8f90-000000000001';
const DIGEST_FLOW = '0197d0c4-3a2b-7c1d-8e9f-000000000002';

describe('revisions', () => {
  const fx = useClientFixture();

  /** Three live content changes of the checkout destination (v7 → v10), so four revisions. */
  async function threeChanges(): Promise<void> {
    for (const n of [1, 2, 3]) {
      await fx.client.hogFunctions.update(fx.projectId, CHECKOUT_ID, { hog: `print('change ${n}')` });
    }
  }

  test('list: newest first, summaries only; the iterator follows next, page() takes limit/offset', async () => {
    assert.deepEqual(await fx.client.hogFunctions.revisions.list(fx.projectId, CHECKOUT_ID).all(), []);
    await threeChanges();
    await fx.admin.clearRequests();
    const all = await fx.client.hogFunctions.revisions.list(fx.projectId, CHECKOUT_ID, { limit: 3 }).all();
    assert.deepEqual(all.map((r) => r.version), [10, 9, 8, 7]);
    assert.deepEqual(Object.keys(all[0]!).sort(), ['created_at', 'created_by', 'version']);
    assert.equal(all[3]!.created_by, null);
    assert.equal((await fx.admin.requestsTo('GET', /\/revisions\/$/)).length, 2, 'two pages of three');
    const page = await fx.client.hogFunctions.revisions.list(fx.projectId, CHECKOUT_ID).page({ limit: 1, offset: 1 });
    assert.equal(page.count, 4);
    assert.deepEqual(page.results.map((r) => r.version), [9]);
  });

  test('get: one revision with its content; unknown versions are 404, non-integers never leave the client', async () => {
    await threeChanges();
    const revision = await fx.client.hogFunctions.revisions.get(fx.projectId, CHECKOUT_ID, 9);
    assert.equal(revision.version, 9);
    assert.equal(revision.content.hog, "print('change 2')");
    assert.ok(revision.content.inputs && !('api_key' in revision.content.inputs));
    const missing = await rejection(() => fx.client.hogFunctions.revisions.get(fx.projectId, CHECKOUT_ID, 2));
    assert.ok(missing instanceof ApiError);
    assert.equal(missing.status, 404);
    assert.equal(missing.detail, 'No such revision for this function.');
    await fx.admin.clearRequests();
    await assert.rejects(() => fx.client.hogFunctions.revisions.get(fx.projectId, CHECKOUT_ID, 1.5), RangeError);
    await assert.rejects(() => fx.client.hogFunctions.revisions.restore(fx.projectId, CHECKOUT_ID, -1), RangeError);
    assert.deepEqual(await fx.admin.requests(), []);
  });

  test('restore puts the revision in the draft; an open draft is DraftExistsError until overwrite', async () => {
    await threeChanges();
    const restored = await fx.client.hogFunctions.revisions.restore(fx.projectId, CHECKOUT_ID, 8);
    assert.equal(restored.hog, "print('change 3')", 'live untouched');
    assert.equal(restored.draft?.hog, "print('change 1')");
    const error = await rejection(() => fx.client.hogFunctions.revisions.restore(fx.projectId, CHECKOUT_ID, 9));
    assert.ok(error instanceof DraftExistsError, String(error));
    assert.equal(error.status, 409);
    assert.equal(error.code, 'draft_exists');
    const overwritten = await fx.client.hogFunctions.revisions.restore(fx.projectId, CHECKOUT_ID, 9, { overwrite: true });
    assert.equal(overwritten.draft?.hog, "print('change 2')");
    const bodies = (await fx.admin.requestsTo('POST', /\/restore\/$/)).map((r) => r.body);
    assert.deepEqual(bodies, [{ overwrite: false }, { overwrite: false }, { overwrite: true }]);
  });

  test('flows: content revisions, and a restore fenced by expectedDraftUpdatedAt', async () => {
    const flow = await fx.client.hogFlows.get(fx.projectId, DIGEST_FLOW);
    await fx.client.hogFlows.update(fx.projectId, DIGEST_FLOW, { variables: [] });
    const revisions = await fx.client.hogFlows.revisions.list(fx.projectId, DIGEST_FLOW).all();
    assert.deepEqual(revisions.map((r) => r.version), [flow.version + 1, flow.version]);
    const old = await fx.client.hogFlows.revisions.get(fx.projectId, DIGEST_FLOW, flow.version);
    assert.deepEqual(old.content.variables, flow.variables);
    assert.equal(old.content.trigger?.type, 'batch');

    const restored = await fx.client.hogFlows.revisions.restore(fx.projectId, DIGEST_FLOW, flow.version);
    assert.deepEqual(restored.draft?.variables, flow.variables);
    const fence = { overwrite: true, expectedDraftUpdatedAt: '2020-01-01T00:00:00.000000Z' };
    const stale = await rejection(() => fx.client.hogFlows.revisions.restore(fx.projectId, DIGEST_FLOW, flow.version + 1, fence));
    assert.ok(stale instanceof StaleUpdateError, String(stale));
    const confirmed = await fx.client.hogFlows.revisions.restore(fx.projectId, DIGEST_FLOW, flow.version + 1, {
      overwrite: true,
      expectedDraftUpdatedAt: restored.draft_updated_at,
    });
    assert.deepEqual(confirmed.draft?.variables, []);
    const last = (await fx.admin.requestsTo('POST', /\/restore\/$/)).at(-1);
    assert.deepEqual(last?.body, { overwrite: true, expected_draft_updated_at: restored.draft_updated_at });
  });
});
