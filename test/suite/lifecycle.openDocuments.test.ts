// Lifecycle PATCHes (enable / disable, rename, flow status) carry the version the user last saw and
// change `updated_at` under the object's open documents. A document they cannot affect keeps its
// edits and saves without a conflict; a clean one is re-read; a dirty one holding the changed field
// still conflicts on save (it holds the old value); and when someone else changed the object
// meanwhile, nothing is sent over their change: the item is refreshed and Retry offered.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HogFlow } from '../../src/api/types/hogFlow';
import type { HogFunction } from '../../src/api/types/hogFunction';
import { only, type LoggedRequest } from './helpers/emulator';
import { closeAllEditors, replaceText, waitUntil } from './helpers/extension';
import { findFunction, flowsNode, functionGroup, loadAll, serverObject, signedInSession, type FlowNode, type FunctionNode } from './helpers/session';

const patches = (requests: LoggedRequest[]) => only(requests, 'PATCH', /./);

describe('lifecycle: open documents follow lifecycle changes', () => {
  const session = signedInSession();
  let node: FunctionNode;
  let fn: Record<string, unknown>;

  beforeEach(async () => {
    await closeAllEditors();
    session.prompter.clear();
    session.prompter.answer = () => undefined;
    ({ node, fn } = await findFunction(session, 'Destinations', (f) => f.enabled === true));
  });
  afterEach(closeAllEditors);

  async function open(command: 'posthog.openFunctionCode' | 'posthog.openFunctionConfig' | 'posthog.openFlow', target: FunctionNode | FlowNode): Promise<vscode.TextDocument> {
    await vscode.commands.executeCommand(command, target);
    return vscode.window.activeTextEditor!.document;
  }

  it('a dirty code buffer saves with exactly one PATCH on the new base after Disable; the clean configuration is re-read', async () => {
    const { emulator, prompter } = session;
    const code = await open('posthog.openFunctionCode', node);
    const config = await open('posthog.openFunctionConfig', node);
    assert.equal((JSON.parse(config.getText()) as { enabled: boolean }).enabled, true);
    const readVersion = (await serverObject(session, node)).updated_at as string;
    const edited = `${fn.hog as string}\nprint('edited before disabling')`;
    await replaceText(code, edited);
    await emulator.clearRequests();

    const disabled = await vscode.commands.executeCommand<HogFunction>('posthog.disableFunction', node);
    assert.ok(disabled, JSON.stringify(prompter.shown));
    assert.equal(disabled.enabled, false);
    assert.notEqual(disabled.updated_at, readVersion);
    const [disable] = patches(await emulator.requests());
    assert.deepEqual(disable?.body, { enabled: false, base_updated_at: readVersion }, 'guarded by the base of the dirty code buffer');
    await waitUntil(() => (JSON.parse(config.getText()) as { enabled: boolean }).enabled === false, 'the clean configuration shows enabled: false');
    assert.equal(config.isDirty, false);

    await emulator.clearRequests();
    assert.equal(await code.save(), true, JSON.stringify(prompter.shown));
    const saves = patches(await emulator.requests());
    assert.equal(saves.length, 1, 'exactly one PATCH');
    assert.deepEqual(saves[0]!.body, { hog: edited, base_updated_at: disabled.updated_at });
    assert.equal(prompter.shown.filter((m) => m.kind === 'error').length, 0, JSON.stringify(prompter.shown));
    const stored = await serverObject(session, node);
    assert.equal(stored.hog, edited);
    assert.equal(stored.enabled, false, 'the code save kept the lifecycle change');
    await vscode.commands.executeCommand('posthog.enableFunction', node);
  });

  it('a dirty configuration buffer still conflicts after a rename: it holds the old name', async () => {
    const { emulator, prompter } = session;
    const config = await open('posthog.openFunctionConfig', node);
    const seen = (await serverObject(session, node)).updated_at as string;
    const mine = JSON.parse(config.getText()) as Record<string, unknown>;
    mine.description = 'Edited before the rename';
    await replaceText(config, JSON.stringify(mine, null, 2) + '\n');
    await emulator.clearRequests();

    const renamed = await vscode.commands.executeCommand<HogFunction>('posthog.renameFunction', { host: emulator.url, projectId: node.project.projectId, functionId: node.summary.id, name: `${String(fn.name)} (renamed)` });
    assert.equal(renamed?.name, `${String(fn.name)} (renamed)`);
    const [rename] = patches(await emulator.requests());
    assert.deepEqual(rename?.body, { name: `${String(fn.name)} (renamed)`, base_updated_at: seen }, 'guarded by the version the user saw, though no document can move');

    await emulator.clearRequests();
    assert.equal(await config.save(), false, 'the save conflicts');
    const message = await prompter.waitFor((m) => m.kind === 'error');
    assert.deepEqual(message.actions, ['Compare', 'Merge', 'Overwrite']);
    assert.equal(config.isDirty, true);
    const stored = await serverObject(session, node);
    assert.equal(stored.name, `${String(fn.name)} (renamed)`, 'the rename was not overwritten');
    assert.notEqual(stored.description, 'Edited before the rename');
  });

  it('when someone else changed the function meanwhile, Disable sends nothing over it: the item is refreshed, the error names the change, and Retry disables it', async () => {
    const { emulator, prompter, api } = session;
    const code = await open('posthog.openFunctionCode', node);
    const readVersion = (await serverObject(session, node)).updated_at as string;
    await replaceText(code, `${fn.hog as string}\nprint('mine')\n`);
    const theirs = await emulator.touch('hog_function', node.summary.id);
    assert.notEqual(theirs.updated_at, readVersion);
    await emulator.clearRequests();
    prompter.answer = (m) => (m.kind === 'error' ? 'Retry' : undefined);

    const disabled = await vscode.commands.executeCommand<HogFunction>('posthog.disableFunction', node);
    assert.equal(disabled, undefined, 'not disabled by the first attempt');
    const error = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(error.message, /was changed on PostHog since you last saw it \(description\), so nothing was sent over it; .*Retry to disable it anyway/);
    assert.deepEqual(error.actions, ['Retry']);
    await waitUntil(async () => patches(await emulator.requests()).length === 2, 'Retry sends the PATCH again');

    const objectPath = `/api/projects/${node.project.projectId}/hog_functions/${node.summary.id}/`;
    const sent = (await emulator.requests()).filter((r) => r.path === objectPath);
    assert.deepEqual(sent.map((r) => r.method), ['PATCH', 'GET', 'PATCH'], 'guarded PATCH, 409, one GET to refresh, Retry');
    assert.deepEqual(patches(sent).map((r) => r.body), [
      { enabled: false, base_updated_at: readVersion },
      { enabled: false, base_updated_at: theirs.updated_at },
    ], 'Retry is guarded with the version the refreshed explorer shows: never re-sent unguarded');
    const item = async () => (await loadAll(api, await functionGroup(session, 'Destinations'))).find((n) => n.id === node.id) as FunctionNode;
    await waitUntil(async () => (await item()).summary.enabled === false, 'the explorer shows the result');
    const stored = await serverObject(session, node);
    assert.equal(stored.enabled, false, 'Retry disabled it');
    assert.equal(stored.description, theirs.description, 'their change stands');
    assert.equal(code.isDirty, true, 'the edit is kept');
    prompter.answer = () => undefined;
    prompter.clear();

    assert.equal(await code.save(), false, 'the code buffer is based on the version before theirs: it must not overwrite it silently');
    const conflict = await prompter.waitFor((m) => m.kind === 'error');
    assert.deepEqual(conflict.actions, ['Compare', 'Merge', 'Overwrite']);
    await vscode.commands.executeCommand('posthog.enableFunction', node);
  });

  it('a flow status change re-reads a clean flow document (which then saves normally) and keeps a dirty one on its base', async () => {
    const { emulator, prompter } = session;
    const flow = (await loadAll(session.api, await flowsNode(session))).find((n): n is FlowNode => n.kind === 'flow' && n.summary.status === 'draft');
    assert.ok(flow, 'a draft flow in the demo data');
    const setStatus = (status: string) =>
      vscode.commands.executeCommand<HogFlow>('posthog.changeFlowStatus', { host: emulator.url, projectId: flow.project.projectId, flowId: flow.summary.id, status });
    const editDescription = async (description: string) => {
      const mine = JSON.parse(document.getText()) as Record<string, unknown>;
      mine.description = description;
      await replaceText(document, JSON.stringify(mine, null, 2) + '\n');
    };
    const document = await open('posthog.openFlow', flow);
    const archived = await setStatus('archived');
    assert.equal(archived?.status, 'archived', JSON.stringify(prompter.shown));
    await waitUntil(() => (JSON.parse(document.getText()) as { status: string }).status === 'archived', 'the clean flow document shows the new status');

    // The re-read text is longer ("archived"): VS Code must still accept the next save.
    await editDescription('Edited after a status change');
    await emulator.clearRequests();
    assert.equal(await document.save(), true, JSON.stringify(prompter.shown));
    const [save] = patches(await emulator.requests());
    assert.equal((save?.body as { base_updated_at?: string }).base_updated_at, archived.updated_at);

    await editDescription('Edited before a status change');
    await setStatus('draft');
    assert.equal(await document.save(), false, 'it holds status: archived, which is no longer true');
    const message = await prompter.waitFor((m) => m.kind === 'error');
    assert.deepEqual(message.actions, ['Compare', 'Merge', 'Overwrite']);
    assert.equal((await serverObject(session, flow)).status, 'draft');
  });
});
