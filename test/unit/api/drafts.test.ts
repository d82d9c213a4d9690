// The client's draft methods against the emulator: an agent stages a function draft (as PostHog's MCP
// server would), we preview, publish with the token, discard; flows stage with stage_draft; test runs
// with use_draft; masked_secrets.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiError, type PostHogClient, StaleUpdateError } from '../../../src/api';
import { makeClient, READONLY_KEY, rejection, useClientFixture } from './support/harness';

const CHECKOUT_ID = '0197e2a1-5c3b-7d4e-8f90-000000000001';
const ONBOARDING_FLOW = '0197d0c4-3a2b-7c1d-8e9f-000000000001';
const STAGED = "print('staged by an agent')";

describe('drafts', () => {
  const fx = useClientFixture();
  /** Same key, an agent's User-Agent: its content edits of enabled destinations become drafts. */
  let agent: PostHogClient;
  before(() => {
    agent = makeClient(fx.emu, { userAgent: 'posthog/mcp-server 9.9 (test)' });
  });
  after(() => agent.close());

  async function adminPost(path: string, body: unknown = {}): Promise<void> {
    const response = await fetch(fx.emu.url + path, { method: 'POST', body: JSON.stringify(body) });
    assert.ok(response.ok, `${path}: ${response.status}`);
  }

  test('function: the draft shows in lists and objects; preview, then publish with the token', async () => {
    const staged = await agent.hogFunctions.update(fx.projectId, CHECKOUT_ID, { hog: STAGED });
    assert.equal(staged.draft?.hog, STAGED);
    const listed = (await fx.client.hogFunctions.list(fx.projectId).all()).find((f) => f.id === CHECKOUT_ID);
    assert.equal(listed?.draft_updated_at, staged.draft_updated_at);

    const preview = await fx.client.hogFunctions.drafts.preview(fx.projectId, CHECKOUT_ID);
    assert.equal(preview.published, false);
    assert.deepEqual(preview.changed_fields, ['hog']);
    const published = await fx.client.hogFunctions.drafts.publish(fx.projectId, CHECKOUT_ID, preview.confirm_token);
    assert.equal(published.published, true);
    assert.equal(published.function.hog, STAGED);
    assert.equal(published.function.version, staged.version! + 1);
    assert.equal(published.function.draft, null);
    const bodies = (await fx.admin.requestsTo('POST', /\/publish\/$/)).map((r) => r.body);
    assert.deepEqual(bodies, [{}, { confirm: true, confirm_token: preview.confirm_token }]);
  });

  test('function: a stale token is StaleUpdateError; no token on an enabled function is a 400 on confirm_token', async () => {
    await agent.hogFunctions.update(fx.projectId, CHECKOUT_ID, { hog: STAGED });
    const preview = await fx.client.hogFunctions.drafts.preview(fx.projectId, CHECKOUT_ID);
    await agent.hogFunctions.update(fx.projectId, CHECKOUT_ID, { hog: `${STAGED}\nprint(2)` });
    const stale = await rejection(() => fx.client.hogFunctions.drafts.publish(fx.projectId, CHECKOUT_ID, preview.confirm_token));
    assert.ok(stale instanceof StaleUpdateError, String(stale));
    const missing = await rejection(() => fx.client.hogFunctions.drafts.publish(fx.projectId, CHECKOUT_ID));
    assert.ok(missing instanceof ApiError && !(missing instanceof StaleUpdateError));
    assert.equal(missing.status, 400);
    assert.equal(missing.attr, 'confirm_token');
    await adminPost('/_emulator/expire-publish-tokens');
    const expired = await rejection(() => fx.client.hogFunctions.drafts.publish(fx.projectId, CHECKOUT_ID, preview.confirm_token));
    assert.ok(expired instanceof ApiError);
    assert.match(expired.detail, /^Expired/);
  });

  test('function: discard returns the object without its draft; use_draft tests the draft', async () => {
    await assert.rejects(
      () => fx.client.hogFunctions.invoke(fx.projectId, CHECKOUT_ID, { use_draft: true }),
      (error: unknown) => error instanceof ApiError && error.attr === 'use_draft',
    );
    await agent.hogFunctions.update(fx.projectId, CHECKOUT_ID, { hog: STAGED });
    const run = await fx.client.hogFunctions.invoke(fx.projectId, CHECKOUT_ID, { use_draft: true, globals: { event: { uuid: 'e-1', event: '$pageview', properties: {} } } });
    assert.equal(run.status, 'success');
    const discarded = await fx.client.hogFunctions.drafts.discard(fx.projectId, CHECKOUT_ID);
    assert.equal(discarded.draft, null);
    assert.equal(discarded.draft_updated_at, null);
    const [discard] = await fx.admin.requestsTo('POST', /\/discard_draft\/$/);
    assert.equal(discard?.body, null, 'discard sends no body');
  });

  test('flow: stage with stage_draft, preview the impact, publish, discard', async () => {
    const flow = await fx.client.hogFlows.get(fx.projectId, ONBOARDING_FLOW);
    const staged = await fx.client.hogFlows.drafts.stage(fx.projectId, ONBOARDING_FLOW, { variables: [], name: 'Renamed' }, {
      baseUpdatedAt: flow.updated_at,
      baseLiveUpdatedAt: flow.updated_at,
    });
    assert.deepEqual(staged.draft?.variables, []);
    assert.deepEqual(staged.variables, flow.variables);
    assert.equal(staged.name, 'Renamed');
    const [patch] = await fx.admin.requestsTo('PATCH', /hog_flows\/[^/]+\/$/);
    assert.deepEqual(patch?.body, {
      variables: [], name: 'Renamed', stage_draft: true, base_updated_at: flow.updated_at, base_live_updated_at: flow.updated_at,
    });

    const run = await fx.client.hogFlows.invoke(fx.projectId, ONBOARDING_FLOW, { use_draft: true, globals: { event: { uuid: 'e-1', event: 'signed_up', properties: {} } } });
    assert.equal(run.status, 'success');
    const preview = await fx.client.hogFlows.drafts.preview(fx.projectId, ONBOARDING_FLOW);
    assert.equal(preview.in_flight_runs, 0);
    assert.deepEqual(preview.impact.deleted_steps, []);
    const published = await fx.client.hogFlows.drafts.publish(fx.projectId, ONBOARDING_FLOW, preview.confirm_token);
    assert.deepEqual(published.workflow.variables, []);
    assert.equal(published.workflow.version, flow.version + 1);

    await fx.client.hogFlows.drafts.stage(fx.projectId, ONBOARDING_FLOW, { variables: flow.variables ?? [] });
    const discarded = await fx.client.hogFlows.drafts.discard(fx.projectId, ONBOARDING_FLOW);
    assert.equal(discarded.draft, null);
    assert.ok(discarded.updated_at > published.workflow.updated_at, "a flow's discard moves updated_at");
  });

  test('scopes: hog_function:read lists revisions and masked secrets; publish, discard and restore need write', async () => {
    const readonly = makeClient(fx.emu, { apiKey: READONLY_KEY });
    try {
      assert.deepEqual(await readonly.hogFunctions.revisions.list(fx.projectId, CHECKOUT_ID).all(), []);
      assert.deepEqual(await readonly.hogFunctions.maskedSecrets(fx.projectId), []);
      const writes = [
        () => readonly.hogFunctions.drafts.preview(fx.projectId, CHECKOUT_ID),
        () => readonly.hogFunctions.drafts.discard(fx.projectId, CHECKOUT_ID),
        () => readonly.hogFunctions.revisions.restore(fx.projectId, CHECKOUT_ID, 7),
      ];
      for (const write of writes) {
        const error = await rejection(write);
        assert.ok(error instanceof ApiError && error.status === 403 && error.code === 'permission_denied', String(error));
      }
    } finally {
      await readonly.close();
    }
  });

  test('maskedSecrets: a bare array of the functions to fix', async () => {
    assert.deepEqual(await fx.client.hogFunctions.maskedSecrets(fx.projectId), []);
    await adminPost('/_emulator/mask-secret', { id: CHECKOUT_ID, key: 'api_key' });
    const masked = await fx.client.hogFunctions.maskedSecrets(fx.projectId);
    assert.deepEqual(masked.map((m) => [m.id, m.input_keys, m.draft_input_keys]), [[CHECKOUT_ID, ['api_key'], []]]);
  });
});
