// posthog.tailLogs / posthog.stopTailingLogs against the emulator: every entry exactly once under a
// burst larger than a page (entries sharing timestamps) and across a 503 in the middle; no request
// after stop; a 404 ends the tail with a message.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostHogHogApi } from '../../src/extension';
import { only, type TestEmulator } from './helpers/emulator';
import { closeAllEditors, waitUntil } from './helpers/extension';
import { findFunction, flowsNode, functionGroup, loadAll, signedInSession, type FlowNode, type FunctionNode } from './helpers/session';

const INTERVAL_SECONDS = 0.5;

function keyOf(node: FunctionNode | FlowNode): string {
  const family = node.kind === 'flow' ? 'flows' : 'functions';
  return `${node.project.authority}/projects/${node.project.projectId}/${family}/${node.summary.id}`;
}

/** Appends entries through the emulator's admin route; `perTimestamp` entries share each timestamp. */
async function appendBurst(emulator: TestEmulator, node: FunctionNode | FlowNode, prefix: string, count: number, perTimestamp: number): Promise<string[]> {
  const startMs = Date.now();
  const messages = Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);
  const entries = messages.map((message, i) => ({
    level: i % 7 === 0 ? 'ERROR' : 'INFO',
    message,
    timestamp: new Date(startMs + Math.floor(i / perTimestamp)).toISOString(),
  }));
  await emulator.appendLogs(node.kind === 'flow' ? 'hog_flow' : 'hog_function', node.summary.id, entries);
  return messages;
}

function messagesWith(api: PostHogHogApi, key: string, prefix: string): string[] {
  return api.testing.logTails.lines(key).map((line) => line.slice(line.lastIndexOf(' ') + 1)).filter((m) => m.startsWith(`${prefix}-`));
}

/** Every expected message exactly once, and the lines in time order. */
function assertExactlyOnce(api: PostHogHogApi, key: string, prefix: string, expected: string[]): void {
  const shown = messagesWith(api, key, prefix);
  assert.equal(new Set(shown).size, shown.length, 'no entry shown twice');
  assert.deepEqual([...shown].sort(), [...expected].sort(), 'every entry shown');
  const stamps = api.testing.logTails.lines(key).map((line) => line.slice(0, line.indexOf(' ')));
  for (let i = 1; i < stamps.length; i++) assert.ok(stamps[i - 1]! <= stamps[i]!, `lines in time order at ${i}: ${stamps[i - 1]} > ${stamps[i]}`);
}

async function logRequests(emulator: TestEmulator, node: FunctionNode | FlowNode): Promise<number> {
  const family = node.kind === 'flow' ? 'hog_flows' : 'hog_functions';
  return only(await emulator.requests(), 'GET', new RegExp(`/${family}/${node.summary.id}/logs/$`)).length;
}

/** Waits until `node`'s tail has polled `count` more times: a repeat would have shown by then. */
async function furtherPolls(emulator: TestEmulator, node: FunctionNode | FlowNode, count: number): Promise<void> {
  const from = await logRequests(emulator, node);
  await waitUntil(async () => (await logRequests(emulator, node)) >= from + count, `${count} more polls`, 10_000);
}

/**
 * Tails another function (the witness) until it has polled `count` times, then stops it: a tail
 * that were still running on the same interval would have polled by then too.
 */
async function witnessPolls(session: ReturnType<typeof signedInSession>, exclude: FunctionNode | FlowNode, count: number): Promise<void> {
  const functions = await loadAll(session.api, await functionGroup(session, 'Destinations'));
  const witness = functions.find((n): n is FunctionNode => n.kind === 'function' && n.summary.id !== exclude.summary.id);
  assert.ok(witness, 'a second function to tail');
  await vscode.commands.executeCommand('posthog.tailLogs', witness);
  try {
    await furtherPolls(session.emulator, witness, count);
  } finally {
    await vscode.commands.executeCommand('posthog.stopTailingLogs', witness);
  }
}

describe('logs: tailing', () => {
  const session = signedInSession();

  before(async () => {
    await vscode.workspace.getConfiguration('posthog').update('logs.pollIntervalSeconds', INTERVAL_SECONDS, vscode.ConfigurationTarget.Global);
  });
  // Signing out (the session's own `after`, which runs first) ends any tail still running.
  after(async () => {
    await vscode.workspace.getConfiguration('posthog').update('logs.pollIntervalSeconds', undefined, vscode.ConfigurationTarget.Global);
  });
  afterEach(async () => {
    await session.emulator.clearFaults();
  });

  it('shows every entry of a burst larger than a page exactly once, in order', async function () {
    this.timeout(40_000);
    const { api, emulator } = session;
    const { node } = await findFunction(session, 'Destinations');
    const key = keyOf(node);
    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.tailLogs', node);
    assert.ok(api.testing.logTails.tailing.includes(key));
    await waitUntil(async () => (await logRequests(emulator, node)) >= 2, 'the tail has polled twice');

    const burst = await appendBurst(emulator, node, 'burst', 1200, 150);
    await waitUntil(() => messagesWith(api, key, 'burst').length >= burst.length, 'the burst is shown', 20_000);
    await furtherPolls(emulator, node, 3);
    assertExactlyOnce(api, key, 'burst', burst);
    const paged = only(await emulator.requests(), 'GET', /\/logs\/$/).filter((r) => r.query.before !== undefined);
    assert.ok(paged.length >= 2, 'paged back with before');
  });

  it('resumes after a 503 in the middle without losing or repeating entries', async function () {
    this.timeout(40_000);
    const { api, emulator } = session;
    const { node } = await findFunction(session, 'Destinations');
    const key = keyOf(node);
    await vscode.commands.executeCommand('posthog.tailLogs', node);
    await waitUntil(async () => (await logRequests(emulator, node)) >= 1, 'the tail polls');

    await emulator.clearRequests();
    // Retry-After beyond what the client sits out: the error reaches the tail, which backs off.
    await emulator.addFault({
      match: { method: 'GET', path: `/hog_functions/${node.summary.id}/logs/$` },
      response: { status: 503, headers: { 'retry-after': '120' }, body: { type: 'server_error', code: 'error', detail: 'Queries are a little too busy right now.', attr: null } },
      times: 2,
    });
    const during = await appendBurst(emulator, node, 'during', 300, 50);
    await waitUntil(() => api.testing.logTails.problems(key).filter((p) => p.includes('503')).length >= 2, 'both 503s reached the tail', 15_000);
    const after = await appendBurst(emulator, node, 'after', 300, 50);
    await waitUntil(() => messagesWith(api, key, 'after').length >= after.length, 'entries after the fault are shown', 20_000);
    await furtherPolls(emulator, node, 3);
    assertExactlyOnce(api, key, 'during', during);
    assertExactlyOnce(api, key, 'after', after);
    assert.ok(api.testing.logTails.tailing.includes(key), 'still tailing');
  });

  it('shows DEBUG entries when posthog.logs.levels is empty, and only the listed levels when it is not', async function () {
    this.timeout(40_000);
    const { api, emulator } = session;
    const { node } = await findFunction(session, 'Destinations');
    const key = keyOf(node);
    const append = (prefix: string) => emulator.appendLogs('hog_function', node.summary.id, [
      { level: 'DEBUG', message: `${prefix}-debug`, timestamp: new Date().toISOString() },
      { level: 'INFO', message: `${prefix}-info`, timestamp: new Date().toISOString() },
    ]);
    const settings = vscode.workspace.getConfiguration('posthog');
    try {
      await vscode.commands.executeCommand('posthog.stopTailingLogs', node);
      await settings.update('logs.levels', [], vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('posthog.tailLogs', node);
      await append('everylevel');
      await waitUntil(() => messagesWith(api, key, 'everylevel').length >= 2, 'both entries are shown', 15_000);
      const debugLine = api.testing.logTails.lines(key).find((line) => line.endsWith(' everylevel-debug'));
      assert.match(debugLine ?? '', /^\S+Z \[DEBUG\] /, 'the line carries PostHog\'s timestamp and level');

      await vscode.commands.executeCommand('posthog.stopTailingLogs', node);
      await settings.update('logs.levels', ['INFO'], vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('posthog.tailLogs', node);
      await append('infoonly');
      await waitUntil(() => messagesWith(api, key, 'infoonly').length >= 1, 'the INFO entry is shown', 15_000);
      await furtherPolls(emulator, node, 2);
      assert.deepEqual(messagesWith(api, key, 'infoonly'), ['infoonly-info']);
    } finally {
      await vscode.commands.executeCommand('posthog.stopTailingLogs', node);
      await settings.update('logs.levels', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('sends no request after the tail is stopped', async function () {
    this.timeout(20_000);
    const { api, emulator } = session;
    const { node } = await findFunction(session, 'Destinations');
    const key = keyOf(node);
    await vscode.commands.executeCommand('posthog.tailLogs', node);
    await waitUntil(async () => (await logRequests(emulator, node)) >= 1, 'the tail polls');
    await vscode.commands.executeCommand('posthog.stopTailingLogs', node);
    assert.ok(!api.testing.logTails.tailing.includes(key));
    await emulator.clearRequests();
    await witnessPolls(session, node, 4);
    assert.equal(await logRequests(emulator, node), 0);
  });

  it('with several tails and no target, asks which one to stop (a dismissed pick stops none)', async function () {
    this.timeout(20_000);
    const { api, prompter } = session;
    await closeAllEditors();
    const [first, second] = (await loadAll(api, await functionGroup(session, 'Destinations'))).filter((n): n is FunctionNode => n.kind === 'function');
    assert.ok(first && second);
    await vscode.commands.executeCommand('posthog.tailLogs', first);
    await vscode.commands.executeCommand('posthog.tailLogs', second);
    assert.ok([keyOf(first), keyOf(second)].every((key) => api.testing.logTails.tailing.includes(key)));
    try {
      prompter.clear();
      prompter.answer = () => undefined;
      await vscode.commands.executeCommand('posthog.stopTailingLogs');
      assert.ok([keyOf(first), keyOf(second)].every((key) => api.testing.logTails.tailing.includes(key)), 'dismissed: both still tailing');

      prompter.answer = (m) => (m.kind === 'pick' ? `PostHog Logs: ${second.summary.name}` : undefined);
      await vscode.commands.executeCommand('posthog.stopTailingLogs');
      const pick = prompter.shown.filter((m) => m.kind === 'pick');
      assert.equal(pick.length, 2);
      assert.equal(pick[1]!.message, 'Stop Tailing Logs');
      assert.deepEqual([...pick[1]!.actions].sort(), [`PostHog Logs: ${first.summary.name}`, `PostHog Logs: ${second.summary.name}`].sort());
      assert.ok(!api.testing.logTails.tailing.includes(keyOf(second)), 'the picked tail stopped');
      assert.ok(api.testing.logTails.tailing.includes(keyOf(first)), 'the other still runs');

      prompter.clear();
      await vscode.commands.executeCommand('posthog.stopTailingLogs');
      assert.equal(prompter.shown.filter((m) => m.kind === 'pick').length, 0, 'only one left: no question');
      assert.ok(!api.testing.logTails.tailing.includes(keyOf(first)));
    } finally {
      prompter.answer = () => undefined;
      for (const node of [first, second]) await vscode.commands.executeCommand('posthog.stopTailingLogs', node);
    }
  });

  it('ends a flow’s tail when PostHog answers 404, with a message', async function () {
    this.timeout(20_000);
    const { api, emulator, prompter } = session;
    const flow = (await loadAll(api, await flowsNode(session))).find((n): n is FlowNode => n.kind === 'flow');
    assert.ok(flow);
    const key = keyOf(flow);
    await emulator.clearRequests();
    prompter.clear();
    await vscode.commands.executeCommand('posthog.tailLogs', flow);
    await waitUntil(async () => (await logRequests(emulator, flow)) >= 1, 'the flow’s logs are polled');
    await emulator.addFault({
      match: { method: 'GET', path: `/hog_flows/${flow.summary.id}/logs/$` },
      response: { status: 404, body: { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null } },
    });
    const message = await prompter.waitFor((m) => m.kind === 'warning' && m.message.startsWith('Stopped tailing the logs'));
    assert.match(message.message, /not found/i);
    assert.ok(!api.testing.logTails.tailing.includes(key));
    await emulator.clearRequests();
    await witnessPolls(session, flow, 3);
    assert.equal(await logRequests(emulator, flow), 0, 'no polling after the 404');
  });
});
