// Auto-save never deploys: a PostHog document is saved (PATCHed) only when the user saves it. The
// browser VS Code the demo runs in auto-saves after a 1 s pause by default; the extension turns
// auto-save off for Hog and PostHog JSON documents.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, replaceText, waitUntil } from './helpers/extension';
import { findFunction, serverObject, signedInSession, type FunctionNode } from './helpers/session';

/** Resolves when VS Code saves `document` (any reason). */
function savedOnce(document: vscode.TextDocument): Promise<void> {
  return new Promise((resolve) => {
    const listener = vscode.workspace.onDidSaveTextDocument((saved) => {
      if (saved.uri.toString() !== document.uri.toString()) return;
      listener.dispose();
      resolve();
    });
  });
}

describe('auto-save never deploys', () => {
  const session = signedInSession();
  const files = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('files');

  before(async () => {
    await files().update('autoSave', 'afterDelay', vscode.ConfigurationTarget.Global);
    await files().update('autoSaveDelay', 200, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await files().update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    await files().update('autoSaveDelay', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('Hog and PostHog JSON documents are not auto-saved', () => {
    for (const languageId of ['hog', 'posthog-json']) {
      assert.equal(vscode.workspace.getConfiguration('files', { languageId }).get('autoSave'), 'off', languageId);
    }
    assert.equal(files().get('autoSave'), 'afterDelay', 'other files still auto-save');
  });

  it('an auto-save pause sends no PATCH and keeps the buffer dirty; a manual save sends one', async () => {
    const { emulator } = session;
    const { node, fn } = await findFunction(session, 'Destinations');
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const code = vscode.window.activeTextEditor!.document;
    await vscode.commands.executeCommand('posthog.openFunctionConfig', node);
    const config = vscode.window.activeTextEditor!.document;
    assert.equal(config.languageId, 'posthog-json');
    // The witness: a file on disk, edited after the PostHog documents, auto-saved by the same timer.
    const witnessPath = join(mkdtempSync(join(tmpdir(), 'posthog-autosave-')), 'witness.txt');
    writeFileSync(witnessPath, 'before\n');
    const witness = await vscode.workspace.openTextDocument(witnessPath);
    await emulator.clearRequests();

    await replaceText(code, `${fn.hog as string}\n// typed, not saved\n`);
    await replaceText(config, config.getText().replace(/"enabled": (true|false)/, (_, value: string) => `"enabled": ${value === 'true' ? 'false' : 'true'}`));
    const witnessSaved = savedOnce(witness);
    await replaceText(witness, 'after\n');
    await witnessSaved;

    assert.equal(witness.isDirty, false, 'VS Code auto-saved the file on disk');
    assert.equal(code.isDirty, true, 'the Hog buffer is not saved');
    assert.equal(config.isDirty, true, 'the configuration buffer is not saved');
    assert.deepEqual((await emulator.requests()).filter((r) => r.method !== 'GET'), [], 'nothing sent to PostHog');

    assert.equal(await code.save(), true);
    const writes = (await emulator.requests()).filter((r) => r.method !== 'GET');
    assert.deepEqual(writes.map((r) => `${r.method} ${r.path.includes(node.summary.id) ? 'the function' : r.path}`), ['PATCH the function']);
    await vscode.commands.executeCommand('workbench.action.files.revert', config.uri);
  });
});

describe('posthog.autoSave', () => {
  const session = signedInSession();
  const files = (languageId?: string): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('files', languageId ? { languageId } : undefined);
  const posthog = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('posthog');

  before(async () => {
    // Forced past the extension's `[hog]` default, as a user could.
    await files('hog').update('autoSave', 'afterDelay', vscode.ConfigurationTarget.Global, true);
    await files().update('autoSave', 'afterDelay', vscode.ConfigurationTarget.Global);
    await files().update('autoSaveDelay', 200, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await files('hog').update('autoSave', undefined, vscode.ConfigurationTarget.Global, true);
    await files().update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    await files().update('autoSaveDelay', undefined, vscode.ConfigurationTarget.Global);
    await posthog().update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  async function openCode(): Promise<{ code: vscode.TextDocument; fn: Record<string, unknown>; id: string; node: FunctionNode }> {
    const { node, fn } = await findFunction(session, 'Destinations');
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const code = vscode.window.activeTextEditor!.document;
    assert.equal(files('hog').get('autoSave'), 'afterDelay', 'auto-save is on for Hog in this test');
    return { code, fn, id: node.summary.id, node };
  }

  it('off (the default): an auto-save sends no PATCH, keeps the buffer dirty and shows the hint; a manual save sends one', async () => {
    const { emulator, api } = session;
    assert.equal(posthog().get('autoSave'), false);
    const { code, fn, id } = await openCode();
    const witnessPath = join(mkdtempSync(join(tmpdir(), 'posthog-autosave-')), 'witness.txt');
    writeFileSync(witnessPath, 'before\n');
    const witness = await vscode.workspace.openTextDocument(witnessPath);
    await emulator.clearRequests();

    await replaceText(code, `${fn.hog as string}\n// typed, auto-saved, not deployed\n`);
    const witnessSaved = savedOnce(witness);
    await replaceText(witness, 'after\n');
    await witnessSaved;
    await waitUntil(() => api.testing.notSavedHint() !== undefined, 'the refused auto-save shows the hint');

    assert.equal(api.testing.notSavedHint(), 'Not saved to PostHog yet: press Ctrl+S');
    assert.equal(code.isDirty, true, 'the Hog buffer is not saved');
    assert.deepEqual((await emulator.requests()).filter((r) => r.method !== 'GET'), [], 'nothing sent to PostHog');

    assert.equal(await code.save(), true);
    const writes = (await emulator.requests()).filter((r) => r.method !== 'GET');
    assert.deepEqual(writes.map((r) => `${r.method} ${r.path.includes(id) ? 'the function' : r.path}`), ['PATCH the function']);
    assert.equal(api.testing.notSavedHint(), undefined, 'the hint goes once saved');
  });

  it('on: an auto-save deploys', async () => {
    const { emulator } = session;
    await posthog().update('autoSave', true, vscode.ConfigurationTarget.Global);
    const { code, fn, id, node } = await openCode();
    await emulator.clearRequests();
    const saved = savedOnce(code);
    const mine = `${fn.hog as string}\n// auto-saved and deployed`;
    await replaceText(code, mine);
    await saved;
    const writes = (await emulator.requests()).filter((r) => r.method !== 'GET');
    assert.deepEqual(writes.map((r) => `${r.method} ${r.path.includes(id) ? 'the function' : r.path}`), ['PATCH the function']);
    assert.equal((await serverObject(session, node)).hog, mine);
  });
});
