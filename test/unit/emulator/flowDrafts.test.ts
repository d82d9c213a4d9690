// Hog flow drafts (reference §11): stage_draft and the MCP header, publish with impact and an
// always-required token, discard (which moves updated_at), restore fenced by expected_draft_updated_at,
// and use_draft test runs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { envelope, MCP, type DraftClient, useDraftEmulator } from './draftSupport';
import { DIGEST_FLOW, FLOWS, ONBOARDING_FLOW } from './helpers';

const ONBOARDING = `${FLOWS}/${ONBOARDING_FLOW}`;
const STALE = /updated elsewhere since you loaded it/;

interface Action {
  id: string;
  type: string;
}

interface Edge {
  from: string;
  to: string;
}

/** Stages the onboarding flow without its delay step (the trigger leads straight to the branch). */
async function stageWithoutDelay(api: DraftClient, extra: Record<string, unknown> = {}) {
  const flow = (await api.get(`${ONBOARDING}/`)).body;
  const actions = flow.actions.filter((a: Action) => a.id !== 'delay_1h');
  const edges = [
    { from: 'trigger_node', to: 'has_email', type: 'continue' },
    ...flow.edges.filter((e: Edge) => e.from !== 'delay_1h' && e.to !== 'delay_1h'),
  ];
  const staged = await api.call('PATCH', `${ONBOARDING}/`, { stage_draft: true, actions, edges, ...extra });
  assert.equal(staged.status, 200, staged.text);
  return { flow, staged: staged.body };
}

async function preview(api: DraftClient) {
  const r = await api.call('POST', `${ONBOARDING}/publish/`, {});
  assert.equal(r.status, 200, r.text);
  return r.body;
}

describe('hog flow drafts: staging', () => {
  const api = useDraftEmulator();

  test('stage_draft on an active flow stages content; without it the save is live', async () => {
    const { flow, staged } = await stageWithoutDelay(api);
    assert.equal(staged.version, flow.version);
    assert.equal(staged.updated_at, flow.updated_at, 'content only: the live row is untouched');
    assert.equal(staged.actions.length, flow.actions.length);
    assert.deepEqual(staged.draft.actions.map((a: Action) => a.id), ['trigger_node', 'has_email', 'welcome_email', 'notify_crm', 'exit_node']);
    assert.deepEqual(Object.keys(staged.draft).sort(), [
      'abort_action', 'actions', 'conversion', 'edges', 'email_sending_rate_limit', 'exit_condition', 'trigger',
      'trigger_masking', 'variables',
    ]);
    assert.equal(staged.draft.trigger.type, 'event');
    assert.deepEqual(staged.draft.variables, flow.variables);

    const live = await api.call('PATCH', `${ONBOARDING}/`, { variables: [] });
    assert.deepEqual(live.body.variables, []);
    assert.equal(live.body.version, flow.version + 1);
    assert.equal(live.body.draft.actions.length, 5, 'the draft stays');
  });

  test('metadata alongside a staged save goes live, fenced by base_live_updated_at', async () => {
    const flow = (await api.get(`${ONBOARDING}/`)).body;
    const staged = await api.call('PATCH', `${ONBOARDING}/`, { stage_draft: true, variables: [], name: 'Renamed', base_live_updated_at: flow.updated_at });
    assert.equal(staged.status, 200, staged.text);
    assert.equal(staged.body.name, 'Renamed');
    assert.notEqual(staged.body.updated_at, flow.updated_at);
    assert.deepEqual(staged.body.variables, flow.variables);
    const fenced = await api.call('PATCH', `${ONBOARDING}/`, { stage_draft: true, variables: [], name: 'Again', base_live_updated_at: flow.updated_at });
    assert.equal(fenced.status, 409);
    envelope('server_error', 'stale_update', STALE, null, fenced.body);
    const guarded = await api.call('PATCH', `${ONBOARDING}/`, { stage_draft: true, variables: [], base_updated_at: flow.updated_at });
    assert.equal(guarded.status, 409, 'once a draft exists its own stamp is the baseline');
    const current = await api.call('PATCH', `${ONBOARDING}/`, { stage_draft: true, variables: [], base_updated_at: staged.body.draft_updated_at });
    assert.equal(current.status, 200, current.text);
  });

  test('stage_draft is ignored on a flow that is not active', async () => {
    const digest = (await api.get(`${FLOWS}/${DIGEST_FLOW}/`)).body;
    const saved = await api.call('PATCH', `${FLOWS}/${DIGEST_FLOW}/`, { stage_draft: true, variables: [] });
    assert.equal(saved.body.draft, null);
    assert.deepEqual(saved.body.variables, []);
    assert.equal(saved.body.version, digest.version + 1);
  });

  test('MCP clients stage content of active flows and get PostHog guardrails', async () => {
    const staged = await api.as(MCP, 'PATCH', `${ONBOARDING}/`, { variables: [] });
    assert.equal(staged.status, 200, staged.text);
    assert.deepEqual(staged.body.draft.variables, []);
    assert.notDeepEqual(staged.body.variables, []);
    const graph = await api.as(MCP, 'PATCH', `${ONBOARDING}/`, { actions: [] });
    assert.equal(graph.status, 400);
    envelope('validation_error', 'invalid_input', /can't be replaced via workflows-update/, null, graph.body);
    const mixed = await api.as(MCP, 'PATCH', `${ONBOARDING}/`, { status: 'archived', name: 'x' });
    assert.equal(mixed.status, 400);
    envelope('validation_error', 'invalid_input', /^Status changes via MCP/, null, mixed.body);
    const status = await api.as(MCP, 'PATCH', `${ONBOARDING}/`, { status: 'archived' });
    assert.equal(status.body.status, 'archived');
  });
});

describe('hog flow drafts: publish, discard, restore, use_draft', () => {
  const api = useDraftEmulator();

  test('preview: in-flight runs, impact and a token; no workflow key; nothing staged is 400', async () => {
    const none = await api.call('POST', `${ONBOARDING}/publish/`, {});
    assert.equal(none.status, 400);
    envelope('validation_error', 'invalid_input', 'This workflow has no staged draft to publish.', null, none.body);
    const schedule = await api.call('POST', `${ONBOARDING}/schedules/`, {
      rrule: 'FREQ=WEEKLY', starts_at: '2030-01-01T09:00:00Z', variables: { campaign: 'spring', region: 'eu' },
    });
    assert.equal(schedule.status, 201, schedule.text);
    const flow = (await api.get(`${ONBOARDING}/`)).body;
    const actions = flow.actions
      .filter((a: Action) => a.id !== 'delay_1h')
      .map((a: Action & { config: Record<string, unknown> }) =>
        a.id === 'notify_crm' ? { ...a, config: { ...a.config, inputs: { url: { value: 'https://crm.example.com/{variables.coupon}' } } } } : a);
    const { staged } = await stageWithoutDelay(api, { actions, variables: [{ key: 'coupon', type: 'string', default: '' }] });
    const p = await preview(api);
    assert.deepEqual(Object.keys(p).sort(), ['confirm_token', 'draft_updated_at', 'impact', 'in_flight_runs', 'published']);
    assert.equal(p.published, false);
    assert.equal(p.in_flight_runs, 0);
    assert.equal(p.draft_updated_at, staged.draft_updated_at);
    assert.deepEqual(p.impact, {
      deleted_steps: [{ action_id: 'delay_1h', name: 'Wait 1 hour', runs: 0, moves_to: { action_id: 'has_email', name: 'Has email?' }, exits: false }],
      position_unknown: 0,
      empty_variables: [{ variable: 'coupon', set_by: null, referenced_by: ['notify_crm'] }],
      schedule_conflicts: [{ schedule_id: schedule.body.id, variables: ['campaign', 'region'] }],
    });
  });

  test('confirm publishes: version +1 with revisions; the token is always required; changes since the preview are 409', async () => {
    const { flow } = await stageWithoutDelay(api);
    const stale = await preview(api);
    await stageWithoutDelay(api, { variables: [] });
    const staleConfirm = await api.call('POST', `${ONBOARDING}/publish/`, { confirm: true, confirm_token: stale.confirm_token });
    assert.equal(staleConfirm.status, 409);
    envelope('server_error', 'stale_update', STALE, null, staleConfirm.body);

    const expiring = await preview(api);
    await api.admin('/_emulator/expire-publish-tokens');
    const expired = await api.call('POST', `${ONBOARDING}/publish/`, { confirm: true, confirm_token: expiring.confirm_token });
    envelope('validation_error', 'invalid_input', 'Expired — preview the publish again to get a fresh token.', 'confirm_token', expired.body);

    await api.call('PATCH', `${ONBOARDING}/`, { status: 'archived' });
    const missing = await api.call('POST', `${ONBOARDING}/publish/`, { confirm: true });
    assert.equal(missing.status, 400, 'even a flow that is not active needs the token');
    envelope('validation_error', 'invalid_input', /^Required when confirming a publish/, 'confirm_token', missing.body);

    const p = await preview(api);
    const published = await api.call('POST', `${ONBOARDING}/publish/`, { confirm: true, confirm_token: p.confirm_token });
    assert.equal(published.status, 200, published.text);
    const { workflow, ...rest } = published.body;
    assert.deepEqual(rest, { published: true, in_flight_runs: null, draft_updated_at: null, confirm_token: null, impact: null });
    assert.equal(workflow.version, flow.version + 1);
    assert.equal(workflow.draft, null);
    assert.deepEqual(workflow.variables, []);
    assert.ok(!workflow.actions.some((a: Action) => a.id === 'delay_1h'));
    const versions = (await api.get(`${ONBOARDING}/revisions/`)).body.results.map((r: { version: number }) => r.version);
    assert.deepEqual(versions, [flow.version + 1, flow.version]);
  });

  test('discard is idempotent and moves updated_at', async () => {
    const { staged } = await stageWithoutDelay(api);
    const first = await api.call('POST', `${ONBOARDING}/discard_draft/`);
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.draft, null);
    assert.ok(first.body.updated_at > staged.updated_at);
    const second = await api.call('POST', `${ONBOARDING}/discard_draft/`);
    assert.equal(second.body.draft, null);
    assert.ok(second.body.updated_at > first.body.updated_at);
  });

  test('restore: into the draft with live secrets, draft_exists, and expected_draft_updated_at fencing', async () => {
    const DIGEST = `${FLOWS}/${DIGEST_FLOW}`;
    const digest = (await api.get(`${DIGEST}/`)).body;
    await api.call('PATCH', `${DIGEST}/`, { variables: [] });
    await api.call('PATCH', `${DIGEST}/`, { status: 'active' });
    const restored = await api.call('POST', `${DIGEST}/revisions/${digest.version}/restore/`, {});
    assert.equal(restored.status, 200, restored.text);
    assert.deepEqual(restored.body.variables, [], 'live untouched');
    assert.deepEqual(restored.body.draft.variables, digest.variables);
    const post = restored.body.draft.actions.find((a: Action) => a.id === 'post_digest');
    assert.deepEqual(post.config.inputs.bot_token, { secret: true });

    const exists = await api.call('POST', `${DIGEST}/revisions/${digest.version}/restore/`, { overwrite: false });
    assert.equal(exists.status, 409);
    envelope('server_error', 'draft_exists', /This workflow has an open draft/, null, exists.body);
    const fenced = await api.call('POST', `${DIGEST}/revisions/${digest.version + 1}/restore/`, {
      overwrite: true, expected_draft_updated_at: '2020-01-01T00:00:00.000000Z',
    });
    assert.equal(fenced.status, 409);
    envelope('server_error', 'stale_update', STALE, null, fenced.body);
    const confirmed = await api.call('POST', `${DIGEST}/revisions/${digest.version + 1}/restore/`, {
      overwrite: true, expected_draft_updated_at: restored.body.draft_updated_at,
    });
    assert.equal(confirmed.status, 200, confirmed.text);
    assert.deepEqual(confirmed.body.draft.variables, []);
  });

  test('use_draft runs the draft; with a configuration or without a draft it is 400', async () => {
    const none = await api.call('POST', `${ONBOARDING}/invocations/`, { use_draft: true });
    assert.equal(none.status, 400);
    envelope('validation_error', 'invalid_input', /^This workflow has no staged draft to test/, 'use_draft', none.body);
    await stageWithoutDelay(api);
    const both = await api.call('POST', `${ONBOARDING}/invocations/`, { use_draft: true, configuration: {} });
    envelope('validation_error', 'invalid_input', /^Pass either use_draft or an explicit configuration/, 'use_draft', both.body);
    const globals = { event: { uuid: 'e-1', event: 'signed_up', properties: {} }, person: { id: 'p-1', properties: { email: 'a@example.com' } } };
    const draftRun = await api.call('POST', `${ONBOARDING}/invocations/`, { use_draft: true, globals });
    assert.equal(draftRun.status, 200, draftRun.text);
    assert.equal(draftRun.body.logs[0].message, 'Executing action [Action:has_email]', 'the draft has no delay step');
    assert.equal(draftRun.body.nextActionId, 'welcome_email');
    const liveRun = await api.call('POST', `${ONBOARDING}/invocations/`, { globals });
    assert.equal(liveRun.body.logs[0].message, 'Executing action [Action:delay_1h]');
    assert.equal(liveRun.body.nextActionId, 'has_email');
  });
});
