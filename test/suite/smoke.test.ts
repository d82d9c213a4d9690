// Smoke tests: the extension is installed in this VS Code, activates, and owns the `hog` language.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { PostHogHogApi } from '../../src/extension';

const EXTENSION_ID = 'hogdev.posthog-hog';

function ourExtension(): vscode.Extension<PostHogHogApi> {
  const extension = vscode.extensions.getExtension<PostHogHogApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded in this VS Code`);
  return extension;
}

describe('smoke', () => {
  it('runs inside the harness, with the summary guard and a workspace folder', () => {
    // Without the summary file the runner cannot tell a full run from an early process.exit(0).
    assert.ok(process.env.POSTHOG_TEST_SUMMARY_FILE, 'POSTHOG_TEST_SUMMARY_FILE is not set');
    assert.equal(vscode.workspace.workspaceFolders?.length, 1);
  });

  it('finds the extension by its id', () => {
    assert.equal(ourExtension().id, EXTENSION_ID);
  });

  it('activates and returns an API with the package version', async () => {
    const extension = ourExtension();
    const api = await extension.activate();
    assert.equal(extension.isActive, true);
    assert.equal(api.version, extension.packageJSON.version);
    assert.match(api.version, /^\d+\.\d+\.\d+/);
  });

  it('gives an untitled document opened as hog the language id hog', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'hog', content: 'return 1 + 2\n' });
    assert.equal(document.languageId, 'hog');
  });

  it('recognises a .hog file on disk as hog', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the run has no workspace folder');
    const path = join(folder.uri.fsPath, `smoke-${Date.now()}.hog`);
    writeFileSync(path, "let greeting := 'hello'\nreturn greeting\n");
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
    assert.equal(document.languageId, 'hog');
    const editor = await vscode.window.showTextDocument(document);
    assert.equal(editor.document.languageId, 'hog');
  });

  it('lists hog among the languages VS Code knows', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('hog'));
  });
});
