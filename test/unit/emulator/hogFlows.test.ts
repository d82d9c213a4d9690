// Hog flow endpoints: list filters, create validation, update (409, status, version), hard
// delete, bulk delete, batch jobs, schedules, blast radius and test invocations (one step, run for real).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DIGEST_FLOW, FLOWS, ONBOARDING_FLOW, REMINDER_FLOW, shiftMicros, useEmulator } from './helpers';

const trigger = { id: 'trigger_node', name: 'Trigger', type: 'trigger', config: { type: 'event', filters: { events: [{ id: 'x', type: 'events' }] } } };
const exit = { id: 'exit_node', name: 'Exit', type: 'exit', config: { reason: 'done' } };

function flowBody(actions: unknown[], extra: Record<string, unknown> = {}) {
  return { name: 'Test flow', actions, edges: [{ from: 'trigger_node', to: 'exit_node', type: 'continue' }], ...extra };
}

describe('hog flows', () => {
  const api = useEmulator();

  test('list: ordering -updated_at, status/search/type filters, minimal form', async () => {
    const all = (await api.get(`${FLOWS}/`)).body;
    assert.equal(all.count, 3);
    const stamps = all.results.map((f: { updated_at: string }) => f.updated_at);
    assert.deepEqual(stamps, [...stamps].sort().reverse());
    assert.ok(!('schedules' in all.results[0]) && 'actions' in all.results[0]);
    assert.deepEqual((await api.get(`${FLOWS}/?status=archived`)).body.results.map((f: { id: string }) => f.id), [REMINDER_FLOW]);
    assert.deepEqual((await api.get(`${FLOWS}/?search=weekly digest`)).body.results.map((f: { id: string }) => f.id), [DIGEST_FLOW]);
    const messaging = (await api.get(`${FLOWS}/?type=messaging`)).body.results.map((f: { id: string }) => f.id).sort();
    assert.deepEqual(messaging, [ONBOARDING_FLOW, REMINDER_FLOW].sort());
    assert.equal((await api.get(`${FLOWS}/?created_by=4821`)).status, 400);
    const paged = (await api.get(`${FLOWS}/?limit=1&offset=1`)).body;
    assert.equal(paged.results.length, 1);
    assert.ok(paged.next && paged.previous);
  });

  test('retrieve: full form with schedules, derived trigger, secrets masked', async () => {
    const digest = (await api.get(`${FLOWS}/${DIGEST_FLOW}/`)).body;
    assert.equal(digest.schedules.length, 1);
    assert.equal(digest.trigger.type, 'batch');
    const step = digest.actions.find((a: { id: string }) => a.id === 'post_digest');
    assert.deepEqual(step.config.inputs.bot_token, { secret: true });
    assert.ok(!JSON.stringify(digest).includes('xoxb-emulator-digest'));
    assert.deepEqual(digest.billable_action_types, ['function']);
    assert.equal((await api.get(`${FLOWS}/00000000-0000-4000-8000-000000000000/`)).status, 404);
  });

  test('create 201 and validation rules', async () => {
    const created = await api.call('POST', `${FLOWS}/`, flowBody([trigger, exit]));
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.status, 'draft');
    assert.equal(created.body.version, 1);
    assert.deepEqual(created.body.schedules, []);
    const cases: Array<[unknown, string, string]> = [
      [flowBody([exit]), 'actions', 'Exactly one trigger action is required'],
      [flowBody([trigger, trigger, exit]), 'actions', 'Exactly one trigger action is required'],
      [flowBody([trigger, exit, { ...exit, name: 'Again' }]), 'actions', 'Duplicate action id(s): exit_node'],
      [flowBody([trigger, { id: 'd', name: 'Delay', type: 'delay', config: { delay_duration: '10 minutes' } }]), 'actions__1__config', ''],
      [flowBody([trigger], { variables: [{ key: 'a', type: 'string', default: '' }, { key: 'a', type: 'string', default: '' }] }), 'variables', 'Variable keys must be unique'],
      [flowBody([{ ...trigger, config: { type: 'batch' } }]), 'actions__0__filters', 'Filters are required for batch triggers.'],
      [flowBody([trigger, { id: 'f', name: 'Fn', type: 'function', config: { template_id: 'template-nope', inputs: {} } }]), 'actions__1__config__template_id', ''],
      [flowBody([trigger, { id: 'f', name: 'Fn', type: 'function', config: { template_id: 'template-webhook', inputs: {} } }]), 'actions__1__config__inputs__url', 'This field is required.'],
      [flowBody([trigger, { id: 'x', name: 'X', type: 'webhook', config: {} }]), 'actions__1__type', ''],
      [{ name: 'no actions' }, 'actions', 'This field is required.'],
    ];
    for (const [body, attr, detail] of cases) {
      const r = await api.call('POST', `${FLOWS}/`, body);
      assert.equal(r.status, 400, `${attr}: ${r.text}`);
      assert.equal(r.body.type, 'validation_error');
      assert.equal(r.body.attr, attr);
      if (detail) assert.equal(r.body.detail, detail);
    }
  });

  test('PATCH: 409 with the flow wording, status change, version on content changes', async () => {
    const flow = (await api.call('POST', `${FLOWS}/`, flowBody([trigger, exit]))).body;
    const stale = await api.call('PATCH', `${FLOWS}/${flow.id}/`, { base_updated_at: shiftMicros(flow.updated_at, -1), name: 'x' });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'stale_update');
    assert.match(stale.body.detail, /workflow was updated elsewhere/);
    const activated = await api.call('PATCH', `${FLOWS}/${flow.id}/`, { base_updated_at: flow.updated_at, status: 'active' });
    assert.equal(activated.status, 200, activated.text);
    assert.equal(activated.body.status, 'active');
    assert.equal(activated.body.version, 1);
    const edited = await api.call('PATCH', `${FLOWS}/${flow.id}/`, { actions: [trigger, { ...exit, config: { reason: 'changed' } }] });
    assert.equal(edited.body.version, 2);
    assert.equal((await api.call('PATCH', `${FLOWS}/${flow.id}/`, { status: 'paused' })).body.attr, 'status');
    assert.equal((await api.call('PATCH', `${FLOWS}/${flow.id}/`, { origin_product: 'loops' })).body.attr, 'origin_product');
  });

  test('secret step inputs: kept with the marker, keyed by action id', async () => {
    const slackStep = (inputs: unknown) => ({ id: 'slack', name: 'Slack', type: 'function', config: { template_id: 'template-slack', inputs } });
    const created = await api.call('POST', `${FLOWS}/`, flowBody([trigger, slackStep({ bot_token: { value: 'xoxb-1' }, channel: { value: '#a' } }), exit]));
    assert.equal(created.status, 201, created.text);
    assert.ok(!created.text.includes('xoxb-1'));
    const kept = await api.call('PATCH', `${FLOWS}/${created.body.id}/`, {
      actions: [trigger, slackStep({ bot_token: { secret: true }, channel: { value: '#b' } }), exit],
    });
    assert.equal(kept.status, 200, kept.text);
    const renamed = await api.call('PATCH', `${FLOWS}/${created.body.id}/`, {
      actions: [trigger, { ...slackStep({ bot_token: { secret: true }, channel: { value: '#b' } }), id: 'slack2' }, exit],
    });
    assert.equal(renamed.status, 400, 'a new action id has no stored secret');
    assert.equal(renamed.body.attr, 'actions__1__config__inputs__bot_token');
  });

  test('DELETE is a hard delete (204); bulk_delete removes only archived flows', async () => {
    const flow = (await api.call('POST', `${FLOWS}/`, flowBody([trigger, exit]))).body;
    const del = await api.call('DELETE', `${FLOWS}/${flow.id}/`);
    assert.equal(del.status, 204);
    assert.equal(del.text, '');
    assert.equal((await api.get(`${FLOWS}/${flow.id}/`)).status, 404);
    const bulk = await api.call('POST', `${FLOWS}/bulk_delete/`, { ids: [REMINDER_FLOW, ONBOARDING_FLOW] });
    assert.deepEqual(bulk.body, { deleted: 1 });
    assert.equal((await api.get(`${FLOWS}/${REMINDER_FLOW}/`)).status, 404);
    assert.equal((await api.get(`${FLOWS}/${ONBOARDING_FLOW}/`)).status, 200);
    assert.deepEqual((await api.call('POST', `${FLOWS}/bulk_delete/`, { ids: [] })).body, { error: "A non-empty list of 'ids' is required" });
    assert.deepEqual((await api.call('POST', `${FLOWS}/bulk_delete/`, { ids: ['nope'] })).body, { error: 'One or more IDs are not valid UUIDs' });
  });

  test('batch jobs: bare array newest first; POST needs an active flow', async () => {
    const jobs = (await api.get(`${FLOWS}/${DIGEST_FLOW}/batch_jobs/`)).body;
    assert.ok(Array.isArray(jobs) && jobs.length === 2);
    assert.ok(jobs[0].created_at > jobs[1].created_at);
    const inactive = await api.call('POST', `${FLOWS}/${DIGEST_FLOW}/batch_jobs/`, {});
    assert.equal(inactive.status, 400);
    assert.equal(inactive.body.detail, 'Workflow must be active to run a batch. Enable it first.');
    await api.call('PATCH', `${FLOWS}/${DIGEST_FLOW}/`, { status: 'active' });
    const job = await api.call('POST', `${FLOWS}/${DIGEST_FLOW}/batch_jobs/`, { variables: { campaign: 'now' }, filters: { ignored: true } });
    assert.equal(job.status, 200, job.text);
    assert.equal(job.body.hog_flow, DIGEST_FLOW);
    assert.deepEqual(job.body.variables, { campaign: 'now' });
    assert.equal(job.body.filters.properties[0].key, 'plan', 'filters come from the trigger');
    assert.equal((await api.get(`${FLOWS}/${DIGEST_FLOW}/batch_jobs/`)).body[0].id, job.body.id);
  });

  test('schedules: create 201, validation, PATCH 200, DELETE 204, unknown 404', async () => {
    const path = `${FLOWS}/${ONBOARDING_FLOW}/schedules/`;
    const body = { rrule: 'FREQ=DAILY;BYHOUR=9', starts_at: '2030-01-01T09:00:00Z', timezone: 'Europe/Berlin' };
    const created = await api.call('POST', path, body);
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.status, 'active');
    assert.deepEqual(created.body.variables, {});
    const invalid: Array<[unknown, string, string]> = [
      [{ starts_at: body.starts_at }, 'rrule', 'RRULE string is required.'],
      [{ ...body, rrule: 'BYHOUR=9' }, 'rrule', 'Invalid RRULE.'],
      [{ ...body, rrule: 'FREQ=MINUTELY;INTERVAL=30' }, 'rrule', 'Schedules must run at most once per hour.'],
      [{ rrule: body.rrule }, 'starts_at', ''],
      [{ ...body, timezone: 'Mars/Olympus' }, 'timezone', 'Invalid or unknown timezone.'],
    ];
    for (const [payload, attr, detail] of invalid) {
      const r = await api.call('POST', path, payload);
      assert.equal(r.status, 400, attr);
      assert.equal(r.body.attr, attr);
      if (detail) assert.equal(r.body.detail, detail);
    }
    const hourly = await api.call('POST', path, { ...body, rrule: 'FREQ=HOURLY' });
    assert.equal(hourly.status, 201);
    const list = (await api.get(path)).body;
    assert.ok(Array.isArray(list));
    assert.equal(list[0].id, hourly.body.id, 'newest first');
    const patched = await api.call('PATCH', `${path}${created.body.id}/`, { variables: { a: '1' }, rrule: 'FREQ=WEEKLY' });
    assert.equal(patched.status, 200);
    assert.equal(patched.body.rrule, 'FREQ=WEEKLY');
    assert.equal(patched.body.next_run_at, null);
    assert.equal((await api.call('DELETE', `${path}${created.body.id}/`)).status, 204);
    const gone = await api.call('DELETE', `${path}${created.body.id}/`);
    assert.equal(gone.status, 404);
    assert.equal(gone.body.detail, 'Schedule not found');
  });

  test('user_blast_radius is deterministic from the filters', async () => {
    const body = { filters: { properties: [{ key: 'plan', value: ['pro'], operator: 'exact', type: 'person' }] }, dedupe_key: 'email' };
    const a = (await api.call('POST', `${FLOWS}/user_blast_radius/`, body)).body;
    const b = (await api.call('POST', `${FLOWS}/user_blast_radius/`, body)).body;
    assert.equal(a.affected, b.affected);
    assert.ok(a.affected <= a.total);
    assert.equal(a.dedupe_key, 'email');
    assert.equal(typeof a.confirm_token, 'string');
    const everyone = (await api.call('POST', `${FLOWS}/user_blast_radius/`, { filters: {} })).body;
    assert.equal(everyone.affected, everyone.total);
    assert.equal((await api.call('POST', `${FLOWS}/user_blast_radius/`, {})).status, 400);
  });

  test('an invocation runs one step for real and names the next; bad configuration → {"status":"error"}', async () => {
    const globals = { event: { uuid: 'e-9', event: 'signed_up', properties: {} }, person: { id: 'p-1', properties: { email: 'new@example.com' } } };
    const r = await api.call('POST', `${FLOWS}/${ONBOARDING_FLOW}/invocations/`, { globals });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(Object.keys(r.body), ['nextActionId', 'status', 'errors', 'logs', 'variables', 'execResult']);
    assert.equal(r.body.status, 'success');
    const lines = r.body.logs.map((log: { message: string }) => log.message);
    assert.equal(lines[0], 'Executing action [Action:delay_1h]', 'the step after the trigger');
    assert.match(lines[1], /^Workflow will pause until \d{4}-\d\d-\d\dT/);
    assert.equal(lines[2], 'Workflow moved to action [Action:has_email]');
    assert.equal(r.body.nextActionId, 'has_email');
    assert.deepEqual(r.body.variables, { campaign: 'onboarding' });
    assert.equal(r.body.execResult, null);

    const step = await api.call('POST', `${FLOWS}/${ONBOARDING_FLOW}/invocations/`, { globals, current_action_id: 'notify_crm' });
    assert.equal(step.body.status, 'success', step.text);
    const stepLines = step.body.logs.map((log: { message: string }) => log.message);
    assert.equal(stepLines[0], 'Executing action [Action:notify_crm]');
    assert.match(stepLines[1], /^\[Action:notify_crm\] Function completed in /, "the template's Hog ran");
    assert.equal(stepLines.at(-2), "Async function 'fetch' was mocked with arguments:", 'mocked calls come last, unprefixed');
    assert.match(stepLines.at(-1), /^fetch\('https:\/\/crm\.example\.com\/hooks\/signup', \{[\s\S]*"email": "new@example\.com"/);
    assert.deepEqual(step.body.variables, { campaign: 'onboarding' }, 'the template returns nothing: no output variable is stored');
    assert.equal(step.body.nextActionId, 'exit_node');

    const unsaved = await api.call('POST', `${FLOWS}/new/invocations/`, { configuration: flowBody([trigger, exit]), globals });
    assert.equal(unsaved.body.nextActionId, 'exit_node');
    assert.equal(unsaved.body.logs[0].message, 'Executing action [Action:exit_node]');
    const noEvent = await api.call('POST', `${FLOWS}/new/invocations/`, { configuration: flowBody([trigger, exit]) });
    assert.equal(noEvent.status, 400);
    assert.deepEqual(noEvent.body, { status: 'error', message: 'Missing event' });
    const bad = await api.call('POST', `${FLOWS}/new/invocations/`, { configuration: flowBody([exit]), globals });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.status, 'error');
    assert.equal(typeof bad.body.message, 'string');
  });
});
