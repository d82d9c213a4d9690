// The save path: Save All of one function's two documents, a function deleted elsewhere, and what
// PostHog stored shown in the buffer.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { only, TEST_KEY } from './helpers/emulator';
import { children, closeAllEditors, replaceText, waitUntil } from './helpers/extension';
import { findFunction, functionGroup, serverObject, signedInSession, type FunctionNode } from './helpers/session';

describe('save path', () => {
  const session = signedInSession();

  let node: FunctionNode;
  let original: Record<string, unknown>;

  beforeEach(async () => {
    session.prompter.clear();
    session.prompter.answer = () => undefined;
    await session.emulator.clearFaults();
    ({ node, fn: original } = await findFunction(session, 'Destinations'));
  });
  afterEach(async () => {
    await session.emulator.clearFaults();
    await closeAllEditors();
  });

  async function open(command: 'posthog.openFunctionCode' | 'posthog.openFunctionConfig', target: FunctionNode = node): Promise<vscode.TextDocument> {
    await vscode.commands.executeCommand(command, target);
    return vscode.window.activeTextEditor!.document;
  }

  it('Save All of code and configuration sends two PATCHes, the second based on the first one’s answer', async () => {
    const { emulator, prompter } = session;
    const code = await open('posthog.openFunctionCode');
    const config = await open('posthog.openFunctionConfig');
    const mine = `${original.hog as string}\n// saved with the configuration`;
    await replaceText(code, mine);
    await replaceText(config, config.getText().replace(/"name": "[^"]*"/, '"name": "Saved together"'));
    await emulator.clearRequests();

    assert.equal(await vscode.workspace.saveAll(false), true);

    assert.equal(code.isDirty, false);
    assert.equal(config.isDirty, false);
    const patches = only(await emulator.requests(), 'PATCH', new RegExp(`hog_functions/${node.summary.id}/`));
    assert.equal(patches.length, 2);
    const [first, second] = patches.map((p) => p.body as Record<string, unknown>);
    assert.equal(first!.base_updated_at, original.updated_at);
    assert.notEqual(second!.base_updated_at, original.updated_at, 'the second is based on the first one’s answer');
    const server = await serverObject(session, node);
    assert.equal(server.hog, mine);
    assert.equal(server.name, 'Saved together');
    assert.deepEqual(prompter.shown.filter((m) => m.kind === 'error'), [], 'no conflict');
  });

  it('a function deleted elsewhere: the save keeps the buffer dirty, the tree drops it, Save as New Function creates one from the text', async () => {
    const { emulator, prompter, api } = session;
    const { node: doomed, fn } = await findFunction(session, 'Destinations', (f) => f.id !== node.summary.id);
    const code = await open('posthog.openFunctionCode', doomed);
    const mine = `${fn.hog as string}\n// kept after the delete`;
    await replaceText(code, mine);
    await deleteOnServer(doomed);
    prompter.answer = (m) => (m.kind === 'input' && m.password ? 'typed-again-secret' : m.actions.includes('Save as New Function') ? 'Save as New Function' : undefined);
    await emulator.clearRequests();

    assert.equal(await code.save(), false);
    assert.equal(code.isDirty, true);
    assert.equal(code.getText(), mine);
    const message = await prompter.waitFor((m) => m.kind === 'error');
    assert.deepEqual(message.actions, ['Save as New Function', 'Copy to Clipboard']);
    assert.match(message.message, /deleted on PostHog/);
    const siblings = await children(api, await functionGroup(session, 'Destinations'));
    assert.ok(!siblings.some((n) => n.id === doomed.id), 'the tree dropped the function');

    await waitUntil(() => vscode.window.activeTextEditor?.document.uri.toString() !== code.uri.toString(), `the new function opens; shown: ${JSON.stringify(prompter.shown)}`);
    const created = only(await emulator.requests(), 'POST', /hog_functions\/$/);
    assert.equal(created.length, 1);
    assert.equal((created[0]!.body as Record<string, unknown>).hog, mine);
    assert.equal(vscode.window.activeTextEditor!.document.getText(), mine);
    await undoUntilClean(code);
  });

  it('Copy to Clipboard copies the unsaved text of a deleted function', async () => {
    const { prompter } = session;
    const { node: doomed, fn } = await findFunction(session, 'Destinations', (f) => f.id !== node.summary.id);
    const code = await open('posthog.openFunctionCode', doomed);
    const mine = `${fn.hog as string}\n// copied after the delete`;
    await replaceText(code, mine);
    await deleteOnServer(doomed);
    await vscode.env.clipboard.writeText('');
    prompter.answer = (m) => (m.actions.includes('Copy to Clipboard') ? 'Copy to Clipboard' : undefined);

    assert.equal(await code.save(), false);
    await waitUntil(async () => (await vscode.env.clipboard.readText()) === mine, 'the text is on the clipboard');
    assert.equal(code.isDirty, true);
    await undoUntilClean(code);
  });

  /** A deleted function's buffer cannot be reverted (nothing to read): undo the edits instead. */
  async function undoUntilClean(document: vscode.TextDocument): Promise<void> {
    await vscode.window.showTextDocument(document);
    for (let i = 0; i < 10 && document.isDirty; i++) await vscode.commands.executeCommand('undo');
    assert.equal(document.isDirty, false);
  }

  it('the buffer shows what PostHog stored (trimmed hog) and says so in one line; undo still works', async () => {
    const { prompter } = session;
    const code = await open('posthog.openFunctionCode');
    const sent = `${original.hog as string}\n// trailing whitespace   \n\n`;
    await replaceText(code, sent);
    const reread = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== code || e.contentChanges.length === 0) return;
        listener.dispose();
        resolve();
      });
    });

    assert.equal(await code.save(), true);
    await reread;
    const stored = (await serverObject(session, node)).hog as string;
    assert.equal(stored, sent.trimEnd(), 'PostHog trims hog');
    assert.equal(code.getText(), stored);
    assert.equal(code.isDirty, false);
    const notes = prompter.shown.filter((m) => m.kind === 'info' && /stored/.test(m.message));
    assert.equal(notes.length, 1);
    assert.match(notes[0]!.message, /\(hog\)/);
    assert.doesNotMatch(notes[0]!.message, /\n/);
    await vscode.commands.executeCommand('undo');
    assert.equal(code.getText(), sent, 'undo brings back what was typed');
  });

  it('a save PostHog stores as sent says nothing and keeps the buffer', async () => {
    const { prompter } = session;
    const code = await open('posthog.openFunctionCode');
    const sent = `${original.hog as string}\n// stored as sent`;
    await replaceText(code, sent);
    assert.equal(await code.save(), true);
    assert.equal(code.getText(), sent);
    assert.deepEqual(prompter.shown.filter((m) => m.kind === 'info'), []);
  });

  it('Overwrite after Compare is based on the version Compare showed: a newer change conflicts again', async () => {
    const { emulator, prompter } = session;
    const code = await open('posthog.openFunctionCode');
    const mine = `${original.hog as string}\n// mine, after a compare`;
    await replaceText(code, mine);
    await patchOnServer(node, { description: 'changed before the compare' });
    prompter.answer = (m) => (m.actions.includes('Compare') ? 'Compare' : undefined);
    assert.equal(await code.save(), false);
    await waitUntil(() => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff, 'the diff editor opens');
    const diff = vscode.window.tabGroups.activeTabGroup.activeTab!.input as vscode.TabInputTextDiff;
    await vscode.workspace.openTextDocument(diff.original);
    const seen = await serverObject(session, node);
    const newer = await patchOnServer(node, { description: 'changed after the compare' });

    prompter.clear();
    // Overwrite once: the conflict it meets again is left for the user (no second Overwrite).
    let overwrites = 0;
    prompter.answer = (m) => (m.kind === 'confirm' ? true : m.actions.includes('Overwrite') && overwrites++ === 0 ? 'Overwrite' : undefined);
    await emulator.clearRequests();
    assert.equal(await code.save(), false);
    await prompter.waitFor((m) => m.kind === 'confirm');
    await waitUntil(async () => only(await emulator.requests(), 'PATCH', /hog_functions/).length === 2, 'the overwrite is sent');
    const patches = only(await emulator.requests(), 'PATCH', /hog_functions/);
    assert.equal((patches[1]!.body as Record<string, unknown>).base_updated_at, seen.updated_at, 'based on what Compare showed');
    await waitUntil(() => prompter.shown.filter((m) => m.kind === 'error').length === 2, 'the conflict is reported again');
    assert.equal(code.isDirty, true);
    const server = await serverObject(session, node);
    assert.equal(server.hog, original.hog, 'nothing overwritten');
    assert.equal(server.updated_at, newer.updated_at);
  });

  it('Overwrite changes only the fields the user edited; the other person keeps theirs', async () => {
    const { prompter } = session;
    const config = await open('posthog.openFunctionConfig');
    await replaceText(config, config.getText().replace(/"name": "[^"]*"/, '"name": "Mine wins"'));
    await patchOnServer(node, { name: 'Theirs', description: 'Their description' });
    prompter.answer = (m) => (m.kind === 'confirm' ? true : m.actions.includes('Overwrite') ? 'Overwrite' : undefined);

    assert.equal(await config.save(), false);
    await waitUntil(() => !config.isDirty, 'the overwrite save succeeds');
    const server = await serverObject(session, node);
    assert.equal(server.name, 'Mine wins');
    assert.equal(server.description, 'Their description', 'a field the user did not edit keeps their value');
    assert.equal((JSON.parse(config.getText()) as Record<string, unknown>).description, 'Their description', 'the buffer shows what was sent');
  });

  it('Merge: changes that do not overlap merge without markers, and the save is based on the server version', async () => {
    const { emulator, prompter } = session;
    const code = await open('posthog.openFunctionCode');
    const lines = (original.hog as string).split('\n');
    const mine = [...lines, '// my line at the end'].join('\n');
    await replaceText(code, mine);
    const theirsHog = ['// their line at the top', ...lines].join('\n');
    const theirs = await patchOnServer(node, { hog: theirsHog });
    prompter.answer = (m) => (m.actions.includes('Merge') ? 'Merge' : undefined);
    await emulator.clearRequests();

    assert.equal(await code.save(), false);
    await waitUntil(() => code.getText().startsWith('// their line at the top'), 'their change is merged into the buffer');
    assert.equal(code.getText(), ['// their line at the top', ...lines, '// my line at the end'].join('\n'));
    assert.doesNotMatch(code.getText(), /<<<<<<<|>>>>>>>/);
    assert.equal(code.isDirty, true, 'nothing saved yet');
    assert.equal(only(await emulator.requests(), 'PATCH', /hog_functions/).length, 1, 'only the failed save was sent');

    await emulator.clearRequests();
    assert.equal(await code.save(), true);
    const patches = only(await emulator.requests(), 'PATCH', /hog_functions/);
    assert.equal(patches.length, 1);
    assert.equal((patches[0]!.body as Record<string, unknown>).base_updated_at, theirs.updated_at);
    assert.equal((await serverObject(session, node)).hog, code.getText());
  });

  it('Merge (posthog.mergeWithServer {uri}): overlapping changes get conflict markers and nothing is sent until saved', async () => {
    const { emulator } = session;
    const code = await open('posthog.openFunctionCode');
    const lines = (original.hog as string).split('\n');
    await replaceText(code, ['// mine on the first line', ...lines.slice(1)].join('\n'));
    await patchOnServer(node, { hog: ['// theirs on the first line', ...lines.slice(1)].join('\n') });
    await emulator.clearRequests();

    const result = await vscode.commands.executeCommand<{ clean: boolean }>('posthog.mergeWithServer', { uri: code.uri });
    assert.equal(result.clean, false);
    assert.match(code.getText(), /<<<<<<<[^]*mine on the first line[^]*=======[^]*theirs on the first line[^]*>>>>>>>/);
    assert.equal(code.isDirty, true);
    assert.deepEqual((await emulator.requests()).filter((r) => r.method !== 'GET'), [], 'nothing sent');
    assert.equal((await serverObject(session, node)).hog, ['// theirs on the first line', ...lines.slice(1)].join('\n'));
  });

  /** Changes the function on the server as someone else would, with the test key. */
  async function patchOnServer(target: FunctionNode, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const url = `${session.emulator.url}/api/projects/${target.project.projectId}/hog_functions/${target.summary.id}/`;
    const response = await fetch(url, { method: 'PATCH', headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(response.status, 200);
    return (await response.json()) as Record<string, unknown>;
  }

  /** Soft-deletes the function on the server, as PostHog's UI does, with the test key. */
  async function deleteOnServer(target: FunctionNode): Promise<void> {
    await patchOnServer(target, { deleted: true });
  }
});
