// Flow commands, checked through the emulator's request log: status changes (with the blast radius
// before activating), schedules, batch jobs, bulk delete of archived flows.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BatchJob, HogFlow } from '../../src/api/types/hogFlow';
import type { Schedule } from '../../src/api/types/schedule';
import { TEST_KEY, type LoggedRequest } from './helpers/emulator';
import { children, treeItem } from './helpers/extension';
import { flowsNode, projectNode, signedInSession, type FlowNode } from './helpers/session';

const calls = (requests: LoggedRequest[]) => requests.map((r) => `${r.method} ${r.path}`);

describe('flows: flow commands', () => {
  const session = signedInSession();
  let projectId: number;
  let host: string;
  let base: string;

  before(async () => {
    projectId = (await projectNode(session)).projectId;
    host = session.emulator.url;
    base = `/api/projects/${projectId}/hog_flows`;
  });

  beforeEach(() => {
    session.prompter.clear();
    session.prompter.answer = () => undefined;
  });

  async function flowNamed(name: string): Promise<FlowNode> {
    const flows = (await children(session.api, await flowsNode(session))).filter((n): n is FlowNode => n.kind === 'flow');
    const found = flows.find((n) => n.summary.name === name);
    assert.ok(found, `no flow “${name}” in ${flows.map((f) => f.summary.name).join(', ')}`);
    return found;
  }

  async function blastRadius(filters: unknown): Promise<{ affected: number; total: number }> {
    const response = await fetch(`${session.emulator.url}${base}/user_blast_radius/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ filters }),
    });
    return (await response.json()) as { affected: number; total: number };
  }

  it('activates only after showing the blast radius of the trigger’s filters as counts', async () => {
    const { emulator, prompter, api } = session;
    const digest = await flowNamed('Weekly digest (batch)');
    const filters = digest.summary.trigger?.filters;
    assert.ok(filters);

    prompter.answer = (m) => (m.kind === 'confirm' ? false : undefined);
    await emulator.clearRequests();
    assert.equal(await vscode.commands.executeCommand('posthog.changeFlowStatus', { host, projectId, flowId: digest.summary.id, status: 'active' }), undefined);
    let requests = await emulator.requests();
    assert.deepEqual(calls(requests), [`POST ${base}/user_blast_radius/`], 'declined: no PATCH');
    const { bytecode: _computed, ...sent } = filters;
    assert.deepEqual(requests[0]!.body, { filters: sent }, 'the trigger’s filters, without what PostHog computed from them');
    const expected = await blastRadius(sent);
    const confirm = prompter.shown.find((m) => m.kind === 'confirm')!;
    assert.ok(
      confirm.message.includes(`affect ${expected.affected.toLocaleString('en-US')} of ${expected.total.toLocaleString('en-US')} persons`),
      confirm.message,
    );
    assert.ok(confirm.message.includes('“Weekly digest (batch)”'));

    prompter.clear();
    prompter.answer = (m) => (m.kind === 'confirm' ? true : m.kind === 'pick' ? 'active' : undefined);
    await emulator.clearRequests();
    const flow = await vscode.commands.executeCommand<HogFlow>('posthog.changeFlowStatus', digest);
    assert.equal(flow?.status, 'active');
    requests = await emulator.requests();
    assert.deepEqual(calls(requests), [`POST ${base}/user_blast_radius/`, `PATCH ${base}/${digest.summary.id}/`]);
    assert.deepEqual(requests[1]!.body, { status: 'active', base_updated_at: digest.summary.updated_at }, 'guarded by the version the explorer shows');
    const pick = prompter.shown.find((m) => m.kind === 'pick')!;
    assert.deepEqual(pick.actions, ['active', 'archived'], 'the current status is not offered');
    const shown = await flowNamed('Weekly digest (batch)');
    assert.equal((await treeItem(api, shown)).description, 'active');
  });

  it('changes to draft or archived with one PATCH {status} and no blast radius', async () => {
    const { emulator } = session;
    const reminder = await flowNamed('Trial reminder (retired)');
    await emulator.clearRequests();
    const flow = await vscode.commands.executeCommand<HogFlow>('posthog.changeFlowStatus', { host, projectId, flowId: reminder.summary.id, status: 'draft' });
    assert.equal(flow?.status, 'draft');
    const requests = await emulator.requests();
    assert.deepEqual(calls(requests), [`PATCH ${base}/${reminder.summary.id}/`]);
    assert.deepEqual(requests[0]!.body, { status: 'draft', base_updated_at: reminder.summary.updated_at });
    await vscode.commands.executeCommand('posthog.changeFlowStatus', { host, projectId, flowId: reminder.summary.id, status: 'archived' });
    assert.equal((await emulator.get(`${base}/${reminder.summary.id}/`)).status, 'archived');
  });

  it('creates, edits and deletes schedules; checks fields before sending', async () => {
    const { emulator, prompter } = session;
    const digest = await flowNamed('Weekly digest (batch)');
    const flowId = digest.summary.id;
    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.createFlowSchedule', { host, projectId, flowId, rrule: 'FREQ=MINUTELY', startsAt: '2030-01-01T09:00:00Z' });
    assert.deepEqual(await emulator.requests(), [], 'an invalid rule is not sent');
    assert.match((await prompter.waitFor((m) => m.kind === 'error')).message, /at most once per hour/);

    const created = await vscode.commands.executeCommand<Schedule>('posthog.createFlowSchedule', {
      host, projectId, flowId, rrule: 'FREQ=DAILY;BYHOUR=7;BYMINUTE=30', startsAt: '2030-01-01T07:30:00Z', timezone: 'Europe/Berlin',
    });
    assert.ok(created);
    let requests = await emulator.requests();
    assert.deepEqual(calls(requests), [`POST ${base}/${flowId}/schedules/`]);
    assert.deepEqual(requests[0]!.body, { rrule: 'FREQ=DAILY;BYHOUR=7;BYMINUTE=30', starts_at: '2030-01-01T07:30:00Z', timezone: 'Europe/Berlin' });

    await emulator.clearRequests();
    const edited = await vscode.commands.executeCommand<Schedule>('posthog.editFlowSchedule', { host, projectId, flowId, scheduleId: created.id, rrule: 'FREQ=WEEKLY;BYDAY=FR' });
    assert.equal(edited?.rrule, 'FREQ=WEEKLY;BYDAY=FR');
    requests = await emulator.requests();
    assert.deepEqual(calls(requests), [`PATCH ${base}/${flowId}/schedules/${created.id}/`]);
    assert.deepEqual(requests[0]!.body, { rrule: 'FREQ=WEEKLY;BYDAY=FR' });

    // Through the input boxes: only the changed field is sent.
    await emulator.clearRequests();
    prompter.answer = (m) => (m.kind === 'input' ? (m.message.includes('Time zone') ? 'America/New_York' : m.actions[0]) : undefined);
    await vscode.commands.executeCommand('posthog.editFlowSchedule', { host, projectId, flowId, scheduleId: created.id });
    requests = await emulator.requests();
    assert.deepEqual(calls(requests), [`GET ${base}/${flowId}/schedules/`, `PATCH ${base}/${flowId}/schedules/${created.id}/`]);
    assert.deepEqual(requests[1]!.body, { timezone: 'America/New_York' });

    await emulator.clearRequests();
    prompter.answer = (m) => (m.kind === 'confirm' ? true : undefined);
    assert.equal(await vscode.commands.executeCommand('posthog.deleteFlowSchedule', { host, projectId, flowId, scheduleId: created.id }), true);
    assert.deepEqual(calls(await emulator.requests()), [`DELETE ${base}/${flowId}/schedules/${created.id}/`]);
    const left = (await emulator.get(`${base}/${flowId}/schedules/`)) as unknown as Schedule[];
    assert.ok(!left.some((s) => s.id === created.id));
  });

  it('lists schedules in a quick pick and creates one from it through validated input boxes', async () => {
    const { emulator, prompter } = session;
    const digest = await flowNamed('Weekly digest (batch)');
    const answers: Record<string, string> = { RRULE: 'FREQ=MONTHLY;BYMONTHDAY=1', 'Starts at': '2031-02-01T08:00:00Z', 'Time zone': 'UTC' };
    prompter.answer = (m) => {
      if (m.kind === 'pick') return '$(add) New schedule…';
      if (m.kind === 'input') return Object.entries(answers).find(([k]) => m.message.includes(k))?.[1];
      return undefined;
    };
    await emulator.clearRequests();
    const created = await vscode.commands.executeCommand<Schedule>('posthog.flowSchedules', digest);
    assert.equal(created?.rrule, 'FREQ=MONTHLY;BYMONTHDAY=1');
    const requests = await emulator.requests();
    assert.deepEqual(calls(requests), [`GET ${base}/${digest.summary.id}/schedules/`, `POST ${base}/${digest.summary.id}/schedules/`]);
    const pick = prompter.shown.find((m) => m.kind === 'pick')!;
    assert.ok(pick.actions.includes('FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0'), 'the seeded schedule is listed');
  });

  it('starts a batch job only for an active flow, after a confirm', async () => {
    const { emulator, prompter } = session;
    const digest = await flowNamed('Weekly digest (batch)'); // activated above
    prompter.answer = (m) => (m.kind === 'confirm' ? true : undefined);
    await emulator.clearRequests();
    const job = await vscode.commands.executeCommand<BatchJob>('posthog.startFlowBatchJob', { host, projectId, flowId: digest.summary.id, variables: { campaign: 'vscode' } });
    assert.equal(job?.status, 'queued');
    const requests = await emulator.requests();
    assert.deepEqual(calls(requests), [`POST ${base}/${digest.summary.id}/batch_jobs/`], 'the tree knew the status: no GET');
    assert.deepEqual(requests[0]!.body, { variables: { campaign: 'vscode' } });
    assert.ok(prompter.shown.some((m) => m.kind === 'confirm' && m.message.includes('“Weekly digest (batch)”')));

    const reminder = await flowNamed('Trial reminder (retired)');
    prompter.clear();
    await emulator.clearRequests();
    assert.equal(await vscode.commands.executeCommand('posthog.startFlowBatchJob', reminder), undefined);
    assert.deepEqual(await emulator.requests(), []);
    assert.match((await prompter.waitFor((m) => m.kind === 'error')).message, /only active flows run batch jobs/);
  });

  it('lists batch jobs newest first in one GET', async () => {
    const { emulator, prompter } = session;
    const digest = await flowNamed('Weekly digest (batch)');
    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.flowBatchJobs', digest);
    assert.deepEqual(calls(await emulator.requests()), [`GET ${base}/${digest.summary.id}/batch_jobs/`]);
    const pick = prompter.shown.find((m) => m.kind === 'pick')!;
    assert.equal(pick.actions[0], '$(play) Start a batch job…');
    assert.equal(pick.actions.length, 4, 'start, the job started above and the two seeded ones');
    assert.match(pick.actions[1]!, /^queued · /);
  });

  it('bulk-deletes archived flows after a confirm listing their names: one GET, one POST', async () => {
    const { emulator, prompter, api } = session;
    const flows = await flowsNode(session);
    const archived = (await children(api, flows)).filter((n): n is FlowNode => n.kind === 'flow' && n.summary.status === 'archived');
    assert.ok(archived.length > 0);

    prompter.answer = (m) => (m.kind === 'confirm' ? false : undefined);
    await emulator.clearRequests();
    assert.equal(await vscode.commands.executeCommand('posthog.bulkDeleteArchivedFlows', flows), 0);
    assert.deepEqual(calls(await emulator.requests()), [`GET ${base}/`], 'declined: nothing deleted');
    const confirm = prompter.shown.find((m) => m.kind === 'confirm')!;
    for (const flow of archived) assert.ok(confirm.message.includes(`• ${flow.summary.name}`), confirm.message);

    prompter.answer = (m) => (m.kind === 'confirm' ? true : undefined);
    await emulator.clearRequests();
    assert.equal(await vscode.commands.executeCommand('posthog.bulkDeleteArchivedFlows', flows), archived.length);
    const requests = await emulator.requests();
    assert.deepEqual(calls(requests), [`GET ${base}/`, `POST ${base}/bulk_delete/`]);
    assert.equal(requests[0]!.query.status, 'archived');
    assert.deepEqual(requests[1]!.body, { ids: archived.map((f) => f.summary.id) });
    const remaining = (await children(api, flows)).filter((n): n is FlowNode => n.kind === 'flow');
    assert.ok(remaining.length > 0 && remaining.every((n) => n.summary.status !== 'archived'));
  });
});
