// Lifecycle commands of functions, each checked through the emulator's request log (method, path,
// body) and the resulting state: created, enabled / disabled, renamed, duplicated, deleted,
// reordered by drag and drop, opened in the browser, id copied.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HogFunction } from '../../src/api/types/hogFunction';
import type { ExplorerNode } from '../../src/explorer/nodes';
import { only, type LoggedRequest } from './helpers/emulator';
import { children, closeAllEditors, treeItem, waitUntil } from './helpers/extension';
import { findFunction, functionGroup, projectNode, signedInSession, type FunctionNode } from './helpers/session';

const calls = (requests: LoggedRequest[]) => requests.map((r) => `${r.method} ${r.path}`);

describe('lifecycle: function commands', () => {
  const session = signedInSession();
  let projectId: number;
  let host: string;

  before(async () => {
    projectId = (await projectNode(session)).projectId;
    host = session.emulator.url;
  });

  beforeEach(async () => {
    await closeAllEditors();
    session.prompter.clear();
    session.prompter.answer = () => undefined;
  });

  /** The group's current children (loading them if needed) as function nodes. */
  async function functionsIn(label: string): Promise<FunctionNode[]> {
    return (await children(session.api, await functionGroup(session, label))).filter((n): n is FunctionNode => n.kind === 'function');
  }

  it('creates a function from a template picked in the quick pick, asks for required inputs, and opens its code', async () => {
    const { emulator, prompter, api } = session;
    const group = await functionGroup(session, 'Destinations');
    await children(api, group);
    prompter.answer = (m) => {
      if (m.kind === 'pick') return 'HTTP Webhook';
      if (m.kind === 'input') return 'https://hooks.example.com/in';
      return undefined;
    };
    await emulator.clearRequests();
    const fn = await vscode.commands.executeCommand<HogFunction>('posthog.createFunction', group);
    assert.ok(fn, JSON.stringify(prompter.shown));

    const requests = await emulator.requests();
    assert.deepEqual(calls(requests), [
      `GET /api/projects/${projectId}/hog_function_templates/`,
      `POST /api/projects/${projectId}/hog_functions/`,
      `GET /api/projects/${projectId}/hog_functions/${fn.id}/`,
    ]);
    assert.equal(requests[0]!.query.types, 'destination');
    const body = requests[1]!.body as Record<string, unknown>;
    assert.equal(body.type, 'destination');
    assert.equal(body.template_id, 'template-webhook');
    assert.deepEqual((body.inputs as Record<string, unknown>).url, { value: 'https://hooks.example.com/in' });
    assert.deepEqual((body.inputs as Record<string, unknown>).method, { value: 'POST' }, 'defaults are sent like PostHog’s own form');

    const pick = prompter.shown.find((m) => m.kind === 'pick')!;
    assert.ok(pick.actions.includes('Slack') && pick.actions.includes('HTTP Webhook'), JSON.stringify(pick));
    assert.ok(!pick.actions.includes('URL Parameter Masking'), 'only templates of the chosen kind');
    assert.ok(!pick.actions.includes('Email'), 'hidden templates are not offered');
    const input = prompter.shown.find((m) => m.kind === 'input')!;
    assert.match(input.message, /Webhook URL/);

    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.scheme, 'posthog');
    assert.equal(editor?.document.uri.authority, emulator.authority);
    assert.equal(editor?.document.uri.path, `/projects/${projectId}/functions/${fn.id}/${fn.name}.hog`);
    assert.equal(editor?.document.getText(), fn.hog);
    assert.ok((await children(api, group)).some((n) => n.kind === 'function' && n.summary.id === fn.id), 'the group shows the new function');
  });

  it('creates from a template id in the argument form with one template GET and one POST', async () => {
    const { emulator } = session;
    await emulator.clearRequests();
    const fn = await vscode.commands.executeCommand<HogFunction>('posthog.createFunction', {
      host, projectId, type: 'transformation', templateId: 'template-url-masking', name: 'Masked URLs',
    });
    assert.ok(fn);
    const requests = await emulator.requests();
    assert.deepEqual(calls(requests).slice(0, 2), [
      `GET /api/projects/${projectId}/hog_function_templates/template-url-masking/`,
      `POST /api/projects/${projectId}/hog_functions/`,
    ]);
    assert.equal((requests[1]!.body as { name: string }).name, 'Masked URLs');
    assert.equal(fn.type, 'transformation');
    assert.equal(vscode.window.activeTextEditor?.document.uri.path.endsWith(`/${fn.id}/Masked URLs.hog`), true);
  });

  it('creates a blank function of every kind with a minimal body PostHog accepts', async () => {
    const { emulator } = session;
    for (const type of ['destination', 'transformation', 'source_webhook', 'site_destination', 'site_app']) {
      await emulator.clearRequests();
      const fn = await vscode.commands.executeCommand<HogFunction>('posthog.createBlankFunction', { host, projectId, type, name: `Blank ${type}` });
      assert.ok(fn, `${type}: ${JSON.stringify(session.prompter.shown)}`);
      const post = only(await emulator.requests(), 'POST', /\/hog_functions\/$/);
      assert.equal(post.length, 1);
      const body = post[0]!.body as Record<string, unknown>;
      assert.deepEqual(Object.keys(body).sort(), ['hog', 'name', 'type']);
      assert.equal(body.type, type);
      const document = vscode.window.activeTextEditor?.document;
      // The document shows the code as PostHog stores it: trimmed, as its serializer does.
      assert.equal(document?.getText(), (body.hog as string).trim());
      assert.equal(document?.languageId, type.startsWith('site_') ? 'typescript' : 'hog');
    }
  });

  it('asks for the kind when the command has only a project', async () => {
    const { prompter } = session;
    prompter.answer = (m) => (m.kind === 'pick' ? 'Source webhook' : m.kind === 'input' ? 'Incoming orders' : undefined);
    const fn = await vscode.commands.executeCommand<HogFunction>('posthog.createBlankFunction', await projectNode(session));
    assert.equal(fn?.type, 'source_webhook');
    assert.equal(fn?.name, 'Incoming orders');
  });

  it('enables and disables with one PATCH {enabled} each, updating the item without reloading', async () => {
    const { emulator, api } = session;
    const { node } = await findFunction(session, 'Destinations', (fn) => fn.enabled === false);
    await emulator.clearRequests();
    const enabled = await vscode.commands.executeCommand<HogFunction>('posthog.enableFunction', node);
    assert.equal(enabled?.enabled, true);
    let requests = await emulator.requests();
    assert.deepEqual(calls(requests), [`PATCH /api/projects/${projectId}/hog_functions/${node.summary.id}/`]);
    assert.deepEqual(requests[0]!.body, { enabled: true, base_updated_at: node.summary.updated_at }, 'guarded by the version the explorer shows');
    const shown = (await functionsIn('Destinations')).find((n) => n.id === node.id)!;
    assert.notEqual((await treeItem(api, shown)).description, 'disabled');

    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.enableFunction', node);
    assert.deepEqual(await emulator.requests(), [], 'already enabled: nothing to send');

    await vscode.commands.executeCommand('posthog.disableFunction', { host, projectId, functionId: node.summary.id });
    requests = await emulator.requests();
    assert.deepEqual(calls(requests), [`PATCH /api/projects/${projectId}/hog_functions/${node.summary.id}/`]);
    assert.deepEqual(requests[0]!.body, { enabled: false, base_updated_at: enabled.updated_at });
    const again = (await functionsIn('Destinations')).find((n) => n.id === node.id)!;
    assert.equal((await treeItem(api, again)).description, 'disabled');
  });

  it('renames through an input box with one PATCH {name}, refusing an empty name', async () => {
    const { emulator, prompter, api } = session;
    const { node } = await findFunction(session, 'Destinations');
    prompter.answer = (m) => (m.kind === 'input' ? '' : undefined);
    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.renameFunction', node);
    assert.deepEqual(await emulator.requests(), []);
    assert.ok(prompter.shown.some((m) => m.message === 'invalid input: Enter a name.'));

    prompter.answer = (m) => (m.kind === 'input' ? 'Renamed from VS Code' : undefined);
    const renamed = await vscode.commands.executeCommand<HogFunction>('posthog.renameFunction', node);
    const requests = await emulator.requests();
    assert.deepEqual(calls(requests), [`PATCH /api/projects/${projectId}/hog_functions/${node.summary.id}/`]);
    assert.deepEqual(requests[0]!.body, { name: 'Renamed from VS Code', base_updated_at: node.summary.updated_at });
    assert.equal(renamed?.name, 'Renamed from VS Code');
    const input = prompter.shown.find((m) => m.kind === 'input')!;
    assert.deepEqual(input.actions, [node.summary.name], 'the box starts with the current name');
    const shown = (await functionsIn('Destinations')).find((n) => n.id === node.id)!;
    assert.equal((await treeItem(api, shown)).label, 'Renamed from VS Code');
  });

  it('duplicates with one GET and one POST, never sending a secret marker, asking for secrets instead', async () => {
    const { emulator, prompter } = session;
    const { node, fn } = await findFunction(session, 'Destinations', (f) =>
      (f.inputs_schema as Array<{ secret?: boolean; required?: boolean }>).some((i) => i.secret && i.required),
    );
    const secretKey = (fn.inputs_schema as Array<{ key: string; secret?: boolean }>).find((i) => i.secret)!.key;
    prompter.answer = (m) => (m.kind === 'input' ? 'typed-secret-value' : undefined);
    await emulator.clearRequests();
    const copy = await vscode.commands.executeCommand<HogFunction>('posthog.duplicateFunction', node);
    assert.ok(copy, JSON.stringify(prompter.shown));
    const requests = await emulator.requests();
    assert.deepEqual(calls(requests), [
      `GET /api/projects/${projectId}/hog_functions/${node.summary.id}/`,
      `POST /api/projects/${projectId}/hog_functions/`,
    ]);
    const body = requests[1]!.body as Record<string, unknown>;
    assert.equal(body.name, `${String(fn.name)} (copy)`);
    assert.equal(body.enabled, false);
    assert.equal(body.hog, fn.hog);
    assert.deepEqual((body.inputs as Record<string, unknown>)[secretKey], { value: 'typed-secret-value' });
    const values = Object.values(body.inputs as Record<string, object>);
    assert.ok(values.length > 1);
    assert.ok(values.every((v) => !('secret' in v)), 'a copy has no stored secret to point at: no {secret: true} marker');
    assert.match(prompter.shown.find((m) => m.kind === 'input')!.message, /Secrets are not copied/);
    assert.equal(copy.type, fn.type);
  });

  it('a copy without the secret value sends no value for it, and PostHog’s refusal names the input', async () => {
    const { emulator, prompter } = session;
    const { node, fn } = await findFunction(session, 'Destinations', (f) =>
      (f.inputs_schema as Array<{ secret?: boolean; required?: boolean }>).some((i) => i.secret && i.required),
    );
    const secretKey = (fn.inputs_schema as Array<{ key: string; secret?: boolean }>).find((i) => i.secret)!.key;
    await emulator.clearRequests();
    const copy = await vscode.commands.executeCommand('posthog.duplicateFunction', { host, projectId, functionId: node.summary.id, secrets: {} });
    assert.equal(copy, undefined);
    const post = only(await emulator.requests(), 'POST', /\/hog_functions\/$/);
    assert.equal(post.length, 1);
    assert.equal(Object.hasOwn((post[0]!.body as { inputs: object }).inputs, secretKey), false);
    const error = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(error.message, new RegExp(`inputs__${secretKey}`));
  });

  it('deletes only after a modal confirm naming the function: one PATCH deleted:true, then 404; its clean tab closes', async () => {
    const { emulator, prompter, api } = session;
    const { node } = await findFunction(session, 'Destinations');
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const uri = vscode.window.activeTextEditor!.document.uri.toString();

    await emulator.clearRequests();
    prompter.answer = (m) => (m.kind === 'confirm' ? false : undefined);
    assert.equal(await vscode.commands.executeCommand('posthog.deleteFunction', node), false);
    assert.deepEqual(await emulator.requests(), [], 'declined: nothing sent');
    const confirm = prompter.shown.find((m) => m.kind === 'confirm')!;
    assert.ok(confirm.message.includes(`“${node.summary.name}”`), confirm.message);
    assert.deepEqual(confirm.actions, ['Delete']);

    prompter.answer = (m) => (m.kind === 'confirm' ? true : undefined);
    assert.equal(await vscode.commands.executeCommand('posthog.deleteFunction', node), true);
    // The open editor may re-read its document as it closes (a GET answered 404); nothing else is sent.
    const objectPath = `/api/projects/${projectId}/hog_functions/${node.summary.id}/`;
    const requests = (await emulator.requests()).filter((r) => !(r.method === 'GET' && r.path === objectPath));
    assert.deepEqual(calls(requests), [`PATCH ${objectPath}`]);
    assert.deepEqual(requests[0]!.body, { deleted: true, base_updated_at: node.summary.updated_at });
    await assert.rejects(emulator.get(`/api/projects/${projectId}/hog_functions/${node.summary.id}/`), /HTTP 404/);
    await waitUntil(() => !tabUris().includes(uri), 'the deleted function’s tab closes');
    assert.ok(!(await children(api, await functionGroup(session, 'Destinations'))).some((n) => n.id === node.id));
  });

  it('reorders transformations by drag and drop with exactly one rearrange request', async () => {
    const { emulator, api } = session;
    const dnd = api.explorerDragAndDrop;
    const token = new vscode.CancellationTokenSource().token;
    const listed = (await functionsIn('Transformations')).filter((n) => n.summary.type === 'transformation');
    assert.ok(listed.length >= 3, 'the seed has several transformations');
    const [first, second, third] = listed as [FunctionNode, FunctionNode, FunctionNode];

    const transfer = new vscode.DataTransfer();
    await dnd.handleDrag?.([third], transfer, token);
    await emulator.clearRequests();
    await dnd.handleDrop?.(first, transfer, token);
    const requests = await emulator.requests();
    assert.deepEqual(calls(requests), [
      `GET /api/projects/${projectId}/hog_functions/`,
      `PATCH /api/projects/${projectId}/hog_functions/rearrange/`,
    ], 'rearrange takes no precondition: the order the user saw is compared with a fresh listing first');
    assert.equal(requests[0]!.query.type, 'transformation');
    const expected = [third, first, second, ...listed.slice(3)].map((n, i) => [n.summary.id, i + 1]);
    assert.deepEqual(requests[1]!.body, { orders: Object.fromEntries(expected) });

    const reloaded = (await functionsIn('Transformations')).filter((n) => n.summary.type === 'transformation');
    assert.deepEqual(reloaded.map((n) => n.summary.id), expected.map(([id]) => id), 'the tree shows PostHog’s new order');

    // Dropped on the group: last.
    const again = new vscode.DataTransfer();
    await dnd.handleDrag?.([reloaded[0]!], again, token);
    const group = await functionGroup(session, 'Transformations');
    await emulator.clearRequests();
    await dnd.handleDrop?.(group, again, token);
    const last = only(await emulator.requests(), 'PATCH', /rearrange/);
    assert.equal(last.length, 1);
    const orders = (last[0]!.body as { orders: Record<string, number> }).orders;
    assert.equal(orders[reloaded[0]!.summary.id], reloaded.length);
  });

  it('does not reorder transformations someone else changed meanwhile: it says which, and Retry sends the order', async () => {
    const { emulator, prompter } = session;
    const dnd = session.api.explorerDragAndDrop;
    const token = new vscode.CancellationTokenSource().token;
    const [first, second] = (await functionsIn('Transformations')).filter((n) => n.summary.type === 'transformation') as [FunctionNode, FunctionNode];
    const theirs = await emulator.touch('hog_function', first.summary.id);
    const transfer = new vscode.DataTransfer();
    await dnd.handleDrag?.([second], transfer, token);
    await emulator.clearRequests();
    prompter.clear();
    prompter.answer = () => undefined;

    await dnd.handleDrop?.(first, transfer, token);
    const error = await prompter.waitFor((m) => m.kind === 'error');
    assert.ok(error.message.includes(`“${String(theirs.name)}” was changed`), error.message);
    assert.match(error.message, /so the new order was not sent/);
    assert.deepEqual(error.actions, ['Retry']);
    assert.deepEqual(calls(await emulator.requests()), [`GET /api/projects/${projectId}/hog_functions/`], 'nothing sent over their change');


    // Again, answering Retry: the order goes out after the error, as one rearrange.
    const [again, next] = (await functionsIn('Transformations')).filter((n) => n.summary.type === 'transformation') as [FunctionNode, FunctionNode];
    await emulator.touch('hog_function', again.summary.id);
    const retried = new vscode.DataTransfer();
    await dnd.handleDrag?.([next], retried, token);
    await emulator.clearRequests();
    prompter.clear();
    prompter.answer = (m) => (m.kind === 'error' ? 'Retry' : undefined);
    await dnd.handleDrop?.(again, retried, token);
    await prompter.waitFor((m) => m.kind === 'error');
    await waitUntil(async () => only(await emulator.requests(), 'PATCH', /rearrange/).length === 1, 'Retry sends the order');
    const log = await emulator.requests();
    assert.equal(calls(log)[0], `GET /api/projects/${projectId}/hog_functions/`);
    const orders = (only(log, 'PATCH', /rearrange/)[0]!.body as { orders: Record<string, number> }).orders;
    assert.ok(orders[next.summary.id]! < orders[again.summary.id]!, JSON.stringify(orders));
    prompter.answer = () => undefined;
  });

  it('does not drag anything but transformations', async () => {
    const { api, emulator } = session;
    const destination = (await functionsIn('Destinations'))[0]!;
    const transfer = new vscode.DataTransfer();
    await api.explorerDragAndDrop.handleDrag?.([destination], transfer, new vscode.CancellationTokenSource().token);
    const target = (await functionsIn('Transformations'))[0] as ExplorerNode;
    await emulator.clearRequests();
    await api.explorerDragAndDrop.handleDrop?.(target, transfer, new vscode.CancellationTokenSource().token);
    assert.deepEqual(await emulator.requests(), []);
  });

  it('opens a function or flow in PostHog’s web app and copies ids', async () => {
    const { emulator } = session;
    const { node } = await findFunction(session, 'Destinations');
    await emulator.clearRequests();
    const url = await vscode.commands.executeCommand<string>('posthog.openInBrowser', { host, projectId, functionId: node.summary.id });
    assert.equal(url, `${emulator.url}/project/${projectId}/functions/${node.summary.id}`);
    const flowUrl = await vscode.commands.executeCommand<string>('posthog.openInBrowser', { host, projectId, flowId: 'abc' });
    assert.equal(flowUrl, `${emulator.url}/project/${projectId}/workflows/abc/workflow`);

    // The workbench's browser really navigates there (the emulator sees the page load).
    await waitUntil(async () => (await emulator.requests()).some((r) => r.path === `/project/${projectId}/functions/${node.summary.id}`), 'the browser opens the page');

    const copied = await vscode.commands.executeCommand<string>('posthog.copyId', node);
    assert.equal(copied, node.summary.id);
    assert.equal(await vscode.env.clipboard.readText(), node.summary.id);
    const apiCalls = (await emulator.requests()).filter((r) => r.path.startsWith('/api/'));
    assert.deepEqual(apiCalls, [], 'links and ids cost no API request');
  });

  it('says how to pick a target when there is none', async () => {
    const { prompter } = session;
    await closeAllEditors();
    assert.equal(await vscode.commands.executeCommand('posthog.deleteFunction'), undefined);
    const error = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(error.message, /Pick a function in the PostHog explorer/);
  });
});

function tabUris(): string[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .map((t) => (t.input instanceof vscode.TabInputText ? t.input.uri.toString() : ''));
}
