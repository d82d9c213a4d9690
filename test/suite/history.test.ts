// History and drafts: revisions listed and diffed, restore into the draft, publish with a preview
// and its confirm token (a stale token previews again), discard; checked through the emulator's
// request log and the documents VS Code shows.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HistoryDiff } from '../../src/history/showHistory';
import { only, TEST_KEY } from './helpers/emulator';
import { child, closeAllEditors, replaceText, treeItem, waitUntil } from './helpers/extension';
import {
  findFunction, flowsNode, functionGroup, loadAll, projectNode, serverObject, signedInSession, type FlowNode, type FunctionNode, type Session,
} from './helpers/session';

interface RevisionItem {
  version: number;
  created_by: unknown;
}

async function api(session: Session, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(session.emulator.url + path, {
    method,
    headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

function functionPath(node: FunctionNode, ...rest: string[]): string {
  return [`/api/projects/${node.project.projectId}/hog_functions/${node.summary.id}`, ...rest, ''].join('/');
}

async function revisions(session: Session, node: FunctionNode): Promise<RevisionItem[]> {
  return (await api(session, 'GET', functionPath(node, 'revisions'))).results as RevisionItem[];
}

function activeDiff(): vscode.TabInputTextDiff {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  assert.ok(input instanceof vscode.TabInputTextDiff, 'a diff editor is active');
  return input;
}

async function textOf(uri: vscode.Uri): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).getText();
}

describe('history: revisions and drafts', () => {
  const session = signedInSession();
  afterEach(closeAllEditors);
  beforeEach(() => {
    session.prompter.clear();
    session.prompter.answer = () => undefined;
  });

  async function saveCode(document: vscode.TextDocument, text: string): Promise<void> {
    await replaceText(document, text);
    assert.equal(await document.save(), true);
  }

  it('lists the revisions two saves wrote and diffs the picked one with the current version', async function () {
    this.timeout(60_000);
    const { emulator, prompter } = session;
    const { node, fn } = await findFunction(session, 'Destinations', (f) => f.enabled === true);
    const host = emulator.url;
    const target = { host, projectId: node.project.projectId, functionId: node.summary.id };
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const document = vscode.window.activeTextEditor!.document;
    const first = `${fn.hog as string}\nprint('first')`;
    const second = `${first}\nprint('second')`;
    await saveCode(document, first);
    await saveCode(document, second);
    const listed = await revisions(session, node);
    const afterFirst = listed[1]!;
    assert.ok(listed.length >= 2);

    prompter.answer = (m) => (m.kind === 'pick' ? `Version ${afterFirst.version}` : undefined);
    await emulator.clearRequests();
    const diff = await vscode.commands.executeCommand<HistoryDiff>('posthog.showHistory', { uri: document.uri.toString() });
    assert.ok(diff);
    const pick = prompter.shown.find((m) => m.kind === 'pick')!;
    assert.deepEqual(pick.actions, listed.map((r) => `Version ${r.version}`), 'newest first, as PostHog lists them');
    const input = activeDiff();
    assert.equal(input.original.toString(), diff.revision.toString());
    assert.equal(
      diff.revision.path,
      `/projects/${node.project.projectId}/functions/${node.summary.id}/revisions/${afterFirst.version}/${document.uri.path.split('/').pop()}`,
    );
    assert.equal(input.modified.scheme, 'posthog-server');
    assert.equal(await textOf(diff.revision), first);
    assert.equal(await textOf(diff.current), second);
    const revisionDocument = await vscode.workspace.openTextDocument(diff.revision);
    assert.equal(revisionDocument.languageId, 'hog', 'the same language features as the live code');
    const stat = await vscode.workspace.fs.stat(diff.revision);
    assert.equal(stat.permissions, vscode.FilePermission.Readonly);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(diff.revision, new TextEncoder().encode('x'))), /NoPermissions/, 'writes refused');
    const requests = await emulator.requests();
    assert.ok(requests.some((r) => r.method === 'GET' && r.path === functionPath(node, 'revisions', String(afterFirst.version))), 'the revision is read from PostHog');
    assert.ok(!requests.some((r) => r.method !== 'GET'), 'history writes nothing');

    // The configuration: only what a revision holds, secrets left out on both sides.
    prompter.clear();
    prompter.answer = (m) => (m.kind === 'pick' ? (m.message === 'Which document?' ? 'Configuration' : `Version ${afterFirst.version}`) : undefined);
    const config = await vscode.commands.executeCommand<HistoryDiff>('posthog.showHistory', target);
    assert.ok(config);
    assert.match(config.revision.path, /\/revisions\/\d+\/[^/]+\.json$/);
    const revisionConfig = JSON.parse(await textOf(config.revision)) as Record<string, unknown>;
    const currentConfig = JSON.parse(await textOf(config.current)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(revisionConfig), ['inputs_schema', 'inputs', 'filters', 'mappings', 'masking'].filter((f) => f in revisionConfig));
    assert.ok(!('name' in revisionConfig) && !('name' in currentConfig));
    assert.deepEqual(revisionConfig, currentConfig, 'two code saves changed nothing a configuration diff shows');
    const secrets = (fn.inputs_schema as { key: string; secret?: boolean }[]).filter((i) => i.secret).map((i) => i.key);
    for (const key of secrets) assert.ok(!(key in (currentConfig.inputs as object)), `secret ${key} left out`);
  });

  it('says so for an object without revisions', async () => {
    const { prompter } = session;
    const nodes = (await loadAll(session.api, await functionGroup(session, 'Transformations'))).filter((n): n is FunctionNode => n.kind === 'function');
    let found: FunctionNode | undefined;
    for (const node of nodes) if (!found && (await revisions(session, node)).length === 0) found = node;
    assert.ok(found, 'the demo seed has a function never changed');
    const result = await vscode.commands.executeCommand('posthog.showHistory', { host: session.emulator.url, projectId: found.project.projectId, functionId: found.summary.id });
    assert.equal(result, undefined);
    const info = await prompter.waitFor((m) => m.kind === 'info');
    assert.match(info.message, /has no revisions yet/);
    assert.ok(!prompter.shown.some((m) => m.kind === 'pick'));
  });

  /** Stages `hog` in the draft as PostHog's MCP server would (an agent's PATCH of an enabled destination). */
  async function stageDraft(node: FunctionNode, hog: string): Promise<Record<string, unknown>> {
    const staged = await api(session, 'PATCH', functionPath(node), { hog }, { 'x-posthog-client': 'mcp' });
    assert.equal((staged.draft as { hog: string }).hog, hog, 'the emulator staged a draft');
    return staged;
  }

  async function enabledDestination(): Promise<{ node: FunctionNode; fn: Record<string, unknown> }> {
    return findFunction(session, 'Destinations', (f) => f.enabled === true && f.type === 'destination');
  }

  it('opens the draft read-only beside the live document, and test-runs it with use_draft', async function () {
    this.timeout(60_000);
    const { emulator, prompter } = session;
    const { node, fn } = await enabledDestination();
    const target = { host: emulator.url, projectId: node.project.projectId, functionId: node.summary.id };
    const draftHog = `${fn.hog as string}\nprint('from the draft')`;
    await stageDraft(node, draftHog);
    prompter.answer = (m) => (m.kind === 'pick' ? 'Hog code' : undefined);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('posthog.openDraft', target);
    assert.ok(uri);
    assert.match(uri.path, new RegExp(`/functions/${node.summary.id}/draft/[^/]+\\.hog$`));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.document.getText(), draftHog);
    assert.equal((await vscode.workspace.fs.stat(uri)).permissions, vscode.FilePermission.Readonly);
    assert.equal((await serverObject(session, node)).hog, fn.hog, 'live untouched');

    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.testDraft', { ...target, mockAsyncFunctions: true });
    const [invocation] = only(await emulator.requests(), 'POST', /\/invocations\/$/);
    assert.ok(invocation, 'one test invocation');
    const body = invocation.body as Record<string, unknown>;
    assert.equal(body.use_draft, true);
    assert.ok(!('configuration' in body), 'PostHog runs its draft, not what we send');
    await api(session, 'POST', functionPath(node, 'discard_draft'));
  });

  it('publishes after a preview with the confirm token; a stale token previews again', async function () {
    this.timeout(60_000);
    const { emulator, prompter } = session;
    const { node, fn } = await enabledDestination();
    const target = { host: emulator.url, projectId: node.project.projectId, functionId: node.summary.id };
    await stageDraft(node, `${fn.hog as string}\nprint('draft one')`);
    const newer = `${fn.hog as string}\nprint('draft two')`;
    let confirms = 0;
    prompter.answer = async (m) => {
      if (m.kind !== 'confirm') return undefined;
      confirms++;
      // Someone changes the draft between the preview and the confirmation: the token goes stale.
      if (confirms === 1) await stageDraft(node, newer);
      return true;
    };
    await emulator.clearRequests();
    const published = await vscode.commands.executeCommand<Record<string, unknown>>('posthog.publishDraft', target);
    assert.equal(published?.hog, newer);
    const publishes = only(await emulator.requests(), 'POST', /\/publish\/$/);
    const bodies = publishes.map((r) => r.body as Record<string, unknown>);
    assert.equal(bodies.length, 4, JSON.stringify(bodies));
    assert.deepEqual(bodies[0], {});
    assert.equal(bodies[1]!.confirm, true);
    assert.equal(typeof bodies[1]!.confirm_token, 'string');
    assert.deepEqual(bodies[2], {}, 'previewed again after the 409');
    assert.notEqual(bodies[3]!.confirm_token, bodies[1]!.confirm_token, 'the new preview’s token');
    const shown = prompter.shown.filter((m) => m.kind === 'confirm');
    assert.equal(shown.length, 2);
    assert.match(shown[0]!.message, /Changes: hog\./);
    assert.match(shown[1]!.message, /changed since the last preview/);
    const after = await serverObject(session, node);
    assert.equal(after.hog, newer);
    assert.equal(after.draft ?? null, null, 'nothing staged any more');
  });

  it('an expired token previews again; declining the preview publishes nothing', async function () {
    this.timeout(60_000);
    const { emulator, prompter } = session;
    const { node, fn } = await enabledDestination();
    const target = { host: emulator.url, projectId: node.project.projectId, functionId: node.summary.id };
    const draft = `${fn.hog as string}\nprint('expiring')`;
    await stageDraft(node, draft);
    prompter.answer = () => false;
    await emulator.clearRequests();
    assert.equal(await vscode.commands.executeCommand('posthog.publishDraft', target), undefined);
    assert.deepEqual(only(await emulator.requests(), 'POST', /\/publish\/$/).map((r) => r.body), [{}], 'declined: the preview only');

    let confirms = 0;
    prompter.answer = async (m) => {
      if (m.kind !== 'confirm') return undefined;
      if (++confirms === 1) await fetch(`${emulator.url}/_emulator/expire-publish-tokens`, { method: 'POST', body: '{}' });
      return true;
    };
    const published = await vscode.commands.executeCommand<Record<string, unknown>>('posthog.publishDraft', target);
    assert.equal(published?.hog, draft);
    assert.equal(confirms, 2);
  });

  it('discards the draft only after asking', async function () {
    this.timeout(60_000);
    const { emulator, prompter } = session;
    const { node, fn } = await enabledDestination();
    const target = { host: emulator.url, projectId: node.project.projectId, functionId: node.summary.id };
    await stageDraft(node, `${fn.hog as string}\nprint('to discard')`);
    prompter.answer = () => false;
    await emulator.clearRequests();
    assert.equal(await vscode.commands.executeCommand('posthog.discardDraft', target), undefined);
    assert.deepEqual(only(await emulator.requests(), 'POST', /discard_draft/), [], 'declined: nothing sent');
    assert.match(prompter.shown.find((m) => m.kind === 'confirm')!.message, /Discard the draft/);
    prompter.answer = (m) => m.kind === 'confirm';
    await vscode.commands.executeCommand('posthog.discardDraft', target);
    assert.equal(only(await emulator.requests(), 'POST', /discard_draft\/$/).length, 1);
    const after = await serverObject(session, node);
    assert.equal(after.draft ?? null, null);
    assert.equal(after.hog, fn.hog, 'live untouched');
  });

  it('restores a revision as the draft (asking before replacing an open one), then publishes it', async function () {
    this.timeout(60_000);
    const { emulator, prompter } = session;
    const { node, fn } = await enabledDestination();
    const target = { host: emulator.url, projectId: node.project.projectId, functionId: node.summary.id };
    const old = `${fn.hog as string}\nprint('old version')`;
    await api(session, 'PATCH', functionPath(node), { hog: old });
    await api(session, 'PATCH', functionPath(node), { hog: `${old}\nprint('newest')` });
    const oldVersion = (await revisions(session, node))[1]!.version;
    await stageDraft(node, `${fn.hog as string}\nprint('open draft')`);

    prompter.answer = (m) => (m.kind === 'pick' ? `Version ${oldVersion}` : m.kind === 'confirm' ? true : m.kind === 'info' ? 'Publish…' : undefined);
    await emulator.clearRequests();
    const restored = await vscode.commands.executeCommand<Record<string, unknown>>('posthog.restoreRevision', target);
    assert.equal((restored?.draft as { hog: string }).hog, old);
    const restores = only(await emulator.requests(), 'POST', /\/restore\/$/);
    assert.deepEqual(restores.map((r) => r.body), [{ overwrite: false }, { overwrite: true }], 'draft_exists, then the confirmed overwrite');
    assert.ok(restores.every((r) => r.path === functionPath(node, 'revisions', String(oldVersion), 'restore')));
    assert.match(prompter.shown.find((m) => m.kind === 'confirm')!.message, /already has a draft/);
    // "Publish…" on the notification runs the publish flow: preview, confirm, token.
    await prompter.waitFor((m) => m.kind === 'confirm' && /Publish the draft/.test(m.message));
    await waitUntil(async () => (await serverObject(session, node)).hog === old, 'the restored version is live');
    assert.equal((await serverObject(session, node)).draft ?? null, null);
  });

  it('marks a function with a pending draft in the tree, from its list item', async function () {
    this.timeout(60_000);
    const { node, fn } = await enabledDestination();
    await stageDraft(node, `${fn.hog as string}\nprint('pending')`);
    await vscode.commands.executeCommand('posthog.refresh');
    const group = await functionGroup(session, 'Destinations');
    const shown = (await loadAll(session.api, group)).find((n): n is FunctionNode => n.kind === 'function' && n.summary.id === node.summary.id)!;
    assert.match(String((await treeItem(session.api, shown)).description), /draft pending/);
    await api(session, 'POST', functionPath(node, 'discard_draft'));
    await vscode.commands.executeCommand('posthog.refresh');
    const again = (await loadAll(session.api, await functionGroup(session, 'Destinations'))).find((n): n is FunctionNode => n.kind === 'function' && n.summary.id === node.summary.id)!;
    assert.doesNotMatch(String((await treeItem(session.api, again)).description), /draft pending/);
  });

  it('saves an active flow’s document as its draft with stage_draft, fenced with the version it was read from', async function () {
    this.timeout(60_000);
    const { emulator, prompter } = session;
    const flows = (await loadAll(session.api, await flowsNode(session))).filter((n): n is FlowNode => n.kind === 'flow');
    const active = flows.find((f) => f.summary.status === 'active');
    assert.ok(active, 'the demo seed has an active flow');
    await vscode.commands.executeCommand('posthog.openFlow', active);
    const document = vscode.window.activeTextEditor!.document;
    const before = await serverObject(session, active);
    const edited = JSON.parse(document.getText()) as Record<string, unknown>;
    edited.exit_condition = edited.exit_condition === 'exit_only_at_end' ? 'exit_on_conversion' : 'exit_only_at_end';
    await replaceText(document, JSON.stringify(edited, null, 2) + '\n');
    prompter.answer = (m) => m.kind === 'confirm';
    await emulator.clearRequests();
    const staged = await vscode.commands.executeCommand<Record<string, unknown>>('posthog.saveFlowAsDraft', { uri: document.uri.toString() });
    assert.ok(staged);
    const [patch] = only(await emulator.requests(), 'PATCH', /hog_flows\/[^/]+\/$/);
    const body = patch!.body as Record<string, unknown>;
    assert.equal(body.stage_draft, true);
    assert.equal(body.base_live_updated_at, before.updated_at);
    assert.equal(body.base_updated_at, (before.draft_updated_at as string | null) ?? before.updated_at);
    const after = await serverObject(session, active);
    assert.equal((after.draft as { exit_condition: string }).exit_condition, edited.exit_condition);
    assert.equal(after.exit_condition, before.exit_condition, 'live content untouched');
    assert.equal(document.isDirty, true, 'the edit stays in its buffer');
    await api(session, 'POST', `/api/projects/${active.project.projectId}/hog_flows/${active.summary.id}/discard_draft/`);
  });

  it('lists functions storing a masked secret and opens the configuration to re-enter it', async function () {
    this.timeout(60_000);
    const { emulator, prompter } = session;
    const { node, fn } = await findFunction(session, 'Destinations', (f) => (f.inputs_schema as { secret?: boolean }[]).some((i) => i.secret));
    const key = (fn.inputs_schema as { key: string; secret?: boolean }[]).find((i) => i.secret)!.key;
    const response = await fetch(`${emulator.url}/_emulator/mask-secret`, { method: 'POST', body: JSON.stringify({ id: node.summary.id, key }) });
    assert.ok(response.ok, await response.text());
    prompter.answer = (m) => (m.kind === 'pick' ? (node.summary.name ?? undefined) : undefined);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('posthog.reenterMaskedSecrets', { host: emulator.url, projectId: node.project.projectId });
    const pick = prompter.shown.find((m) => m.kind === 'pick')!;
    assert.ok(pick.actions.includes(node.summary.name!), JSON.stringify(pick.actions));
    assert.ok(editor);
    assert.equal(editor.document.uri.path, `/projects/${node.project.projectId}/functions/${node.summary.id}/${node.summary.name}.json`);
  });

  it('marks a function storing a masked secret in the tree (one request per project); its menu opens the configuration; saving the secret clears the mark', async function () {
    this.timeout(60_000);
    const { emulator, prompter } = session;
    const extension = session.api;
    const { node, fn } = await findFunction(session, 'Destinations', (f) => (f.inputs_schema as { secret?: boolean }[]).some((i) => i.secret));
    const key = (fn.inputs_schema as { key: string; secret?: boolean }[]).find((i) => i.secret)!.key;
    const response = await fetch(`${emulator.url}/_emulator/mask-secret`, { method: 'POST', body: JSON.stringify({ id: node.summary.id, key }) });
    assert.ok(response.ok, await response.text());

    // Reloading the project's Functions reloads its lists, and with them the marks: one request for both groups.
    const project = await projectNode(session);
    const functions = await child(extension, project, (n) => n.kind === 'functions');
    await vscode.commands.executeCommand('posthog.refresh', functions);
    await emulator.clearRequests();
    const destinations = await functionGroup(session, 'Destinations');
    const [listed] = await Promise.all([loadAll(extension, destinations), loadAll(extension, await functionGroup(session, 'Transformations'))]);
    const maskedPath = `/api/projects/${node.project.projectId}/hog_functions/masked_secrets/`;
    assert.deepEqual(only(await emulator.requests(), 'GET', /\/masked_secrets\/$/).map((r) => r.path), [maskedPath]);
    const marked = listed.find((n): n is FunctionNode => n.kind === 'function' && n.summary.id === node.summary.id)!;
    const item = await treeItem(extension, marked);
    const icon = item.iconPath as vscode.ThemeIcon;
    assert.deepEqual([icon.id, (icon.color as { id?: string } | undefined)?.id], ['warning', 'list.warningForeground']);
    assert.equal(item.contextValue, `posthog.function.${marked.summary.enabled ? 'enabled' : 'disabled'}.maskedSecret`);
    assert.match(String(item.description), / · masked secret$/);
    const tooltip = (item.tooltip as vscode.MarkdownString).value.replace(/\\/g, '');
    assert.ok(tooltip.includes(`Stores a masked secret instead of a value: re-enter ${key}`), tooltip);
    const others = listed.filter((n): n is FunctionNode => n.kind === 'function' && n.summary.id !== node.summary.id);
    for (const other of others) assert.ok(!(await treeItem(extension, other)).contextValue?.endsWith('.maskedSecret'), String(other.summary.name));

    // The plain argument form names the function too.
    const configPath = `/projects/${node.project.projectId}/functions/${node.summary.id}/${node.summary.name}.json`;
    const byId = await vscode.commands.executeCommand<vscode.TextEditor>('posthog.reenterMaskedSecrets', { host: emulator.url, projectId: node.project.projectId, functionId: node.summary.id });
    assert.equal(byId?.document.uri.path, configPath);
    await closeAllEditors();

    // The item's menu entry: the tree knew the inputs, so no masked_secrets request.
    await emulator.clearRequests();
    prompter.clear();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('posthog.reenterMaskedSecrets', marked);
    assert.equal(editor?.document.uri.path, configPath);
    assert.equal(vscode.window.activeTextEditor?.document, editor.document);
    assert.deepEqual(only(await emulator.requests(), 'GET', /\/masked_secrets\/$/), []);
    assert.ok(prompter.shown.some((m) => m.kind === 'info' && m.message.includes(key)), JSON.stringify(prompter.shown));

    // Re-entering the secret and saving: one masked_secrets request, and the mark goes.
    const config = JSON.parse(editor.document.getText()) as { inputs: Record<string, unknown> };
    assert.deepEqual(config.inputs[key], { secret: true });
    config.inputs[key] = { value: 'sk_entered_again' };
    await replaceText(editor.document, JSON.stringify(config, null, 2) + '\n');
    await emulator.clearRequests();
    const unmarked = treeChangedUntil(async () => !(await treeItem(extension, marked)).contextValue?.endsWith('.maskedSecret'), 'the mark is gone');
    assert.equal(await editor.document.save(), true);
    await unmarked;
    assert.deepEqual(only(await emulator.requests(), 'GET', /\/masked_secrets\/$/).map((r) => r.path), [maskedPath]);
    const after = await treeItem(extension, marked);
    assert.notEqual(((after.iconPath as vscode.ThemeIcon).color as { id?: string } | undefined)?.id, 'list.warningForeground');
    assert.ok(!String(after.description).includes('masked secret'));
    assert.deepEqual(await api(session, 'GET', maskedPath), [], 'PostHog no longer lists it');
  });

  /** Resolves once a change of the explorer leaves `condition` true (listening before the change is caused). */
  function treeChangedUntil(condition: () => Promise<boolean>, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listener.dispose();
        reject(new Error(`timed out waiting until ${what}`));
      }, 10_000);
      const listener = session.api.explorer.onDidChangeTreeData!(async () => {
        if (!(await condition())) return;
        clearTimeout(timer);
        listener.dispose();
        resolve();
      });
    });
  }
});
