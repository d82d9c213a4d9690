// Functions and flows as files from VS Code: pull a project into a folder (outside the workspace, by
// the command's folder argument), the PostHog source control listing a function whose .hog changed
// on disk (with the server version as its quick diff), Show Changes, and push: one PATCH with the
// lock's base_updated_at after a confirmation, and a conflict reported, never overwritten.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { OperationReport } from '../../src/workspace';
import type { ObjectChange } from '../../src/workspaceSync/showChanges';
import { treeItem, waitUntil } from './helpers/extension';
import { findFunction, projectNode, signedInSession } from './helpers/session';

interface LockFile {
  projects: Record<string, { functions: Record<string, { id: string; updated_at: string }> }>;
}

describe('workspace: functions and flows as files in VS Code', () => {
  const session = signedInSession();
  let dir: string;
  let projectId: number;
  let slug: string;
  let functionId: string;
  let hogFile: string;
  let otherSlug: string;

  const lock = async (): Promise<LockFile> => JSON.parse(await readFile(join(dir, 'posthog.lock.json'), 'utf8')) as LockFile;
  const changes = () => session.api.testing.workspaceSync.control(dir).changes.resourceStates;

  before(async function () {
    this.timeout(60_000);
    dir = await mkdtemp(join(tmpdir(), 'posthog-ws-'));
    projectId = (await projectNode(session)).projectId;
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    session.prompter.clear();
    session.prompter.answer = () => undefined;
  });

  it('pulls a project into a folder given as the argument: posthog.yaml, the lock and one file per object', async function () {
    this.timeout(60_000);
    const { emulator } = session;
    const report = await vscode.commands.executeCommand<OperationReport>('posthog.pullProject', { host: emulator.url, projectId, folder: dir });
    assert.ok(report, JSON.stringify(session.prompter.shown));
    assert.deepEqual(report.errors, []);
    const binding = await readFile(join(dir, 'posthog.yaml'), 'utf8');
    assert.match(binding, new RegExp(`host: ${emulator.url.replace(/[.]/g, '\\.')}`));
    assert.match(binding, new RegExp(`project: ${projectId}`));
    assert.doesNotMatch(binding, /phx_/, 'the key is never written');

    const functions = (await lock()).projects[String(projectId)]!.functions;
    const pulled = report.objects.filter((o) => o.kind === 'function' && o.action === 'write');
    assert.ok(pulled.length >= 5, `pulled ${pulled.length} functions`);
    assert.deepEqual(Object.keys(functions).sort(), report.objects.filter((o) => o.kind === 'function').map((o) => o.slug).sort());
    const withCode = pulled.filter((o) => existsSync(join(dir, 'functions', `${o.slug}.hog`)));
    assert.ok(withCode.length >= 2);
    slug = withCode[0]!.slug;
    otherSlug = withCode[1]!.slug;
    functionId = functions[slug]!.id;
    hogFile = join(dir, 'functions', `${slug}.hog`);
    const fn = await session.emulator.get(`/api/projects/${projectId}/hog_functions/${functionId}/`);
    assert.equal(await readFile(hogFile, 'utf8'), `${(fn.hog as string).trim()}\n`);
    assert.ok(session.prompter.shown.some((m) => m.kind === 'info' && m.message.startsWith(`Pulled project ${projectId}`)), JSON.stringify(session.prompter.shown));
  });

  it('marks the functions that have a local copy in the explorer', async function () {
    this.timeout(30_000);
    const { node } = await findFunction(session, 'Destinations');
    const entry = Object.entries((await lock()).projects[String(projectId)]!.functions).find(([, e]) => e.id === node.summary.id);
    assert.ok(entry, 'the pulled lock holds the destination');
    await waitUntil(async () => String((await treeItem(session.api, node)).description).endsWith('local'), 'the function is marked local');
    const tooltip = (await treeItem(session.api, node)).tooltip;
    assert.match(String(tooltip), new RegExp(`Local copy: .*functions/${entry[0]}\\.hog$`));
  });

  it('lists a function whose .hog was edited on disk in the PostHog source control, with the server version as quick diff', async function () {
    this.timeout(30_000);
    const original = await readFile(hogFile, 'utf8');
    await session.api.testing.workspaceSync.refresh(dir);
    assert.deepEqual(changes().map((r) => r.resourceUri.fsPath), [], 'a fresh pull has no changes');

    await writeFile(hogFile, `${original}print('edited in the files')\n`);
    await vscode.commands.executeCommand('posthog.refreshChanges', { folder: dir });
    const listed = changes();
    assert.deepEqual(listed.map((r) => r.resourceUri.fsPath), [hogFile]);
    assert.equal(listed[0]!.decorations?.tooltip, `functions/${slug}: modified locally`);
    const sourceControl = session.api.testing.workspaceSync.control(dir).sourceControl;
    assert.equal(sourceControl.id, 'posthog');
    assert.equal(sourceControl.rootUri?.fsPath, dir);

    const provider = sourceControl.quickDiffProvider?.provideOriginalResource;
    assert.ok(provider);
    const base = await provider(vscode.Uri.file(hogFile), new vscode.CancellationTokenSource().token);
    assert.ok(base instanceof vscode.Uri);
    assert.equal(base.scheme, 'posthog-ws-base');
    const server = await vscode.workspace.openTextDocument(base);
    assert.equal(server.getText(), original, 'the quick diff compares with what PostHog has');
  });

  it('refreshes the source control when a file of the folder is saved in the editor', async function () {
    this.timeout(30_000);
    const yamlFile = join(dir, 'functions', `${otherSlug}.yaml`);
    const document = await vscode.workspace.openTextDocument(yamlFile);
    const saved = document.getText();
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), saved.replace(/^name: (.*)$/m, 'name: $1 renamed locally'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save());
    await waitUntil(() => changes().some((r) => r.resourceUri.fsPath === yamlFile), 'the saved function is listed', 15_000);
    assert.equal(changes().find((r) => r.resourceUri.fsPath === yamlFile)?.decorations?.tooltip, `functions/${otherSlug}: modified locally`);

    await writeFile(yamlFile, saved);
    await vscode.commands.executeCommand('posthog.refreshChanges', { folder: dir });
    assert.deepEqual(changes().map((r) => r.resourceUri.fsPath), [hogFile]);
  });

  it('Show Changes lists each object with its status and offers the changed files to compare', async function () {
    this.timeout(30_000);
    const result = await vscode.commands.executeCommand<ObjectChange[]>('posthog.showChanges', { folder: dir });
    assert.ok(result, JSON.stringify(session.prompter.shown));
    const changed = result.filter((c) => c.status !== 'unchanged');
    assert.deepEqual(changed.map((c) => [c.slug, c.label]), [[slug, 'modified locally']]);
    const pick = await session.prompter.waitFor((m) => m.kind === 'pick');
    assert.deepEqual(pick.actions, [`functions/${slug}.hog`, `functions/${slug}.yaml`]);
  });

  it('pushes after a confirmation listing the plan: one PATCH with the code and the lock’s base_updated_at', async function () {
    this.timeout(30_000);
    const { emulator, prompter } = session;
    const base = (await lock()).projects[String(projectId)]!.functions[slug]!.updated_at;
    const code = await readFile(hogFile, 'utf8');
    prompter.answer = (m) => m.kind === 'confirm';
    await emulator.clearRequests();
    const report = await vscode.commands.executeCommand<OperationReport>('posthog.pushChanges', { folder: dir });
    assert.ok(report, JSON.stringify(prompter.shown));
    const confirm = prompter.shown.find((m) => m.kind === 'confirm');
    assert.ok(confirm, JSON.stringify(prompter.shown));
    assert.match(confirm.message, new RegExp(`Push 1 change\\(s\\) to PostHog project ${projectId}\\? update functions/${slug} \\(hog\\)`));

    const writes = (await emulator.requests()).filter((r) => r.method !== 'GET');
    assert.deepEqual(writes.map((r) => `${r.method} ${r.path}`), [`PATCH /api/projects/${projectId}/hog_functions/${functionId}/`]);
    assert.deepEqual(writes[0]!.body, { hog: code.trim(), base_updated_at: base });
    const server = await emulator.get(`/api/projects/${projectId}/hog_functions/${functionId}/`);
    assert.equal(server.hog, code.trim());
    assert.equal((await lock()).projects[String(projectId)]!.functions[slug]!.updated_at, server.updated_at);
    await waitUntil(() => changes().length === 0, 'the source control lists nothing after the push');
  });

  it('reports a function changed on PostHog since the pull as a conflict and sends nothing', async function () {
    this.timeout(30_000);
    const { emulator, prompter } = session;
    await writeFile(hogFile, `${await readFile(hogFile, 'utf8')}print('edited again')\n`);
    const theirs = await emulator.touch('hog_function', functionId);
    await emulator.clearRequests();
    prompter.answer = (m) => m.kind === 'confirm';
    const report = await vscode.commands.executeCommand<OperationReport>('posthog.pushChanges', { folder: dir });
    assert.ok(report, JSON.stringify(prompter.shown));
    assert.equal(report.objects.find((o) => o.slug === slug)?.action, 'conflict');
    assert.equal(prompter.shown.filter((m) => m.kind === 'confirm').length, 0, 'nothing to confirm: the conflict is not sent');
    assert.ok(prompter.shown.some((m) => m.kind === 'warning' && m.message.includes('1 conflict(s)')), JSON.stringify(prompter.shown));
    assert.deepEqual((await emulator.requests()).filter((r) => r.method !== 'GET'), []);
    const server = await emulator.get(`/api/projects/${projectId}/hog_functions/${functionId}/`);
    assert.equal(server.updated_at, theirs.updated_at, 'PostHog keeps its version');
    await vscode.commands.executeCommand('posthog.refreshChanges', { folder: dir });
    assert.equal(changes()[0]?.decorations?.tooltip, `functions/${slug}: both`);
    assert.ok(existsSync(hogFile));
  });

  it('gives the Hog files of the folder the type and inputs schema of the YAML beside them', async function () {
    this.timeout(30_000);
    const yamlText = await readFile(hogFile.replace(/\.hog$/, '.yaml'), 'utf8');
    const info = session.api.functionContext(vscode.Uri.file(hogFile));
    assert.ok(info, 'the file is known as a function');
    assert.match(yamlText, new RegExp(`^type: ${info.type}$`, 'm'));
    for (const item of info.inputsSchema ?? []) assert.match(yamlText, new RegExp(`key: ${item.key}$`, 'm'), item.key);

    const probe = join(dir, 'functions', `${slug}.hog`);
    const original = await readFile(probe, 'utf8');
    const document = await vscode.workspace.openTextDocument(probe);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), '\nprint(inputs.not_in_this_schema)\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitUntil(
      () => vscode.languages.getDiagnostics(document.uri).some((d) => d.message.startsWith("Input 'not_in_this_schema' is not defined in this function's inputs_schema")),
      'the unknown input is reported from the YAML schema',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert', document.uri);
    assert.equal(await readFile(probe, 'utf8'), original);
  });

  describe('tests as files in the Testing view', () => {
    const testFile = () => join(dir, 'functions', 'echo-test.test.yaml');
    const CASES = [
      'cases:',
      '  - name: says hello',
      '    globals:',
      '      event: {event: signup}',
      '    expect:',
      '      print: [hello signup]',
      '  - name: expects a goodbye',
      '    globals:',
      '      event: {event: signup}',
      '    expect:',
      '      print: [goodbye signup]',
      '',
    ].join('\n');
    const hogTests = () => session.api.testing.hogTests;
    const suiteItem = () => hogTests().controller.items.get(dir)?.children.get(`${dir}::functions/echo-test.test.yaml`);
    const caseItems = (): vscode.TestItem[] => {
      const items: vscode.TestItem[] = [];
      suiteItem()?.children.forEach((item) => items.push(item));
      return items;
    };
    const run = (include: vscode.TestItem[]) =>
      hogTests().runProfile.runHandler(new vscode.TestRunRequest(include), new vscode.CancellationTokenSource().token);

    before(async () => {
      await writeFile(join(dir, 'functions', 'echo-test.yaml'), 'type: destination\nname: Echo test\nenabled: true\n');
      await writeFile(join(dir, 'functions', 'echo-test.hog'), "print(f'hello {event.event}')\n");
      await writeFile(testFile(), CASES);
    });

    it('finds the cases with their lines and runs them: a pass, and a failure as an expected/actual diff at the expectation', async function () {
      this.timeout(30_000);
      await hogTests().controller.refreshHandler!(new vscode.CancellationTokenSource().token);
      const items = caseItems();
      assert.deepEqual(items.map((item) => [item.label, item.range?.start.line, item.range?.start.character]), [
        ['says hello', 1, 10],
        ['expects a goodbye', 6, 10],
      ]);
      assert.equal(items[0]!.uri?.fsPath, testFile());

      await run([suiteItem()!]);
      const passed = hogTests().outcomes.get(items[0]!.id);
      const failed = hogTests().outcomes.get(items[1]!.id);
      assert.deepEqual(passed, { state: 'passed', messages: [] });
      assert.equal(failed?.state, 'failed');
      assert.equal(failed.messages.length, 1);
      const message = failed.messages[0]!;
      assert.equal(message.message, 'print lines differ');
      assert.deepEqual(JSON.parse(message.expectedOutput!), ['goodbye signup']);
      assert.deepEqual(JSON.parse(message.actualOutput!), ['hello signup']);
      assert.equal(message.location?.uri.fsPath, testFile());
      assert.equal(message.location?.range.start.line, 10, 'at the failing expectation');
    });

    it('discovers again when the test file is saved, and a rerun of the fixed case passes', async function () {
      this.timeout(30_000);
      const document = await vscode.workspace.openTextDocument(testFile());
      const edit = new vscode.WorkspaceEdit();
      const fixed = `${CASES.replace('[goodbye signup]', '[hello signup]')}  - name: a third case\n    globals: {event: {event: x}}\n    expect: {print: [hello x]}\n`;
      edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), fixed);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await document.save());
      await waitUntil(() => caseItems().length === 3, 'the saved file is discovered again');
      const [, second, third] = caseItems();
      assert.equal(third!.label, 'a third case');

      await run([second!]);
      assert.deepEqual(hogTests().outcomes.get(second!.id), { state: 'passed', messages: [] });
      assert.equal(hogTests().outcomes.get(third!.id), undefined, 'only the requested case ran');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });
});
