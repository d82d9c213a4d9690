// Auto-save never deploys: a PostHog document is saved (PATCHed) only when the user saves it. The
// browser VS Code the demo runs in auto-saves after a 1 s pause by default; the extension turns
// auto-save off for Hog and PostHog JSON documents.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, replaceText } from './helpers/extension';
import { findFunction, signedInSession } from './helpers/session';

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
