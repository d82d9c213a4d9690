// Opening and saving each kind of document: exactly one GET on open, exactly one PATCH on save with
// only that document's fields and the exact base_updated_at; secrets stay stored; other open views
// of the same object follow a save.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { only } from './helpers/emulator';
import { closeAllEditors, replaceText, treeItem, waitUntil } from './helpers/extension';
import { findFunction, flowsNode, loadAll, serverObject, signedInSession, type FlowNode } from './helpers/session';

const CONFIG_FIELDS = ['name', 'description', 'enabled', 'execution_order', 'icon_url', 'inputs_schema', 'inputs', 'filters', 'mappings', 'masking'];
const FLOW_FIELDS = ['name', 'description', 'status', 'exit_condition', 'trigger_masking', 'conversion', 'email_sending_rate_limit', 'variables', 'actions', 'edges'];

function hasSecretInput(fn: Record<string, unknown>): boolean {
  return Object.values(fn.inputs as Record<string, { secret?: boolean }>).some((v) => v.secret === true);
}

describe('core: documents', () => {
  const session = signedInSession();
  afterEach(closeAllEditors);

  it('opens function code with one GET and saves it with one PATCH {hog, base_updated_at}', async () => {
    const { emulator } = session;
    const { node, fn } = await findFunction(session, 'Destinations');
    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const document = editor.document;
    assert.equal(
      document.uri.toString(),
      vscode.Uri.from({ scheme: 'posthog', authority: emulator.authority, path: `/projects/${node.project.projectId}/functions/${node.summary.id}/${node.summary.name}.hog` }).toString(),
    );
    assert.equal(document.languageId, 'hog');
    assert.equal(document.getText(), fn.hog);
    const opened = await emulator.requests();
    assert.deepEqual(opened.map((r) => `${r.method} ${r.path}`), [`GET /api/projects/${node.project.projectId}/hog_functions/${node.summary.id}/`]);

    const edited = `${fn.hog as string}\nprint('edited in VS Code')`;
    await replaceText(document, edited);
    await emulator.clearRequests();
    assert.equal(await document.save(), true);
    assert.equal(document.isDirty, false);
    const requests = await emulator.requests();
    assert.equal(requests.length, 1, JSON.stringify(requests.map((r) => r.path)));
    const patch = requests[0]!;
    assert.equal(patch.method, 'PATCH');
    assert.equal(patch.path, `/api/projects/${node.project.projectId}/hog_functions/${node.summary.id}/`);
    assert.deepEqual(patch.body, { hog: edited, base_updated_at: fn.updated_at });
    assert.equal((await serverObject(session, node)).hog, edited);
  });

  it('opens the configuration without hog or id, and saves its fields with the whole inputs map; the secret stays stored', async () => {
    const { emulator } = session;
    const { node, fn } = await findFunction(session, 'Destinations', hasSecretInput);
    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.openFunctionConfig', node);
    const document = vscode.window.activeTextEditor!.document;
    assert.match(document.uri.path, /\.json$/);
    assert.equal((await emulator.requests()).length, 1);
    const text = document.getText();
    assert.ok(text.endsWith('}\n') && text.startsWith('{\n  "name"'), 'pretty-printed, trailing newline');
    const config = JSON.parse(text) as Record<string, unknown>;
    assert.deepEqual(Object.keys(config), CONFIG_FIELDS.filter((f) => f in fn));
    const secretKeys = Object.entries(fn.inputs as Record<string, { secret?: boolean }>).filter(([, v]) => v.secret).map(([k]) => k);
    for (const key of secretKeys) assert.deepEqual((config.inputs as Record<string, unknown>)[key], { secret: true });

    config.description = 'Edited from VS Code';
    await replaceText(document, JSON.stringify(config, null, 2) + '\n');
    await emulator.clearRequests();
    assert.equal(await document.save(), true);
    const [patch, ...rest] = await emulator.requests();
    assert.equal(rest.length, 0);
    assert.equal(patch!.method, 'PATCH');
    const body = patch!.body as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), [...Object.keys(config), 'base_updated_at'].sort());
    assert.equal(body.base_updated_at, fn.updated_at);
    assert.ok(!('hog' in body) && !('id' in body));
    assert.deepEqual(Object.keys(body.inputs as object).sort(), Object.keys(fn.inputs as object).sort(), 'the whole inputs map');

    const after = await serverObject(session, node);
    assert.equal(after.description, 'Edited from VS Code');
    for (const key of secretKeys) assert.deepEqual((after.inputs as Record<string, unknown>)[key], { secret: true }, `secret ${key} still stored`);
    assert.equal(after.hog, fn.hog, 'the code is untouched by a configuration save');
  });

  it('after saving the code, the open configuration (dirty or not) is based on the new version', async () => {
    const { emulator } = session;
    const { node, fn } = await findFunction(session, 'Transformations');
    await vscode.commands.executeCommand('posthog.openFunctionConfig', node);
    const config = vscode.window.activeTextEditor!.document;
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const code = vscode.window.activeTextEditor!.document;

    const parsed = JSON.parse(config.getText()) as Record<string, unknown>;
    parsed.description = 'Both buffers edited';
    await replaceText(config, JSON.stringify(parsed, null, 2) + '\n');
    await replaceText(code, `${fn.hog as string}\n// touched`);
    assert.equal(await code.save(), true);
    const afterCode = await serverObject(session, node);

    await emulator.clearRequests();
    assert.equal(await config.save(), true, 'no spurious conflict');
    const [patch] = only(await emulator.requests(), 'PATCH', /hog_functions/);
    assert.equal((patch!.body as Record<string, unknown>).base_updated_at, afterCode.updated_at);
    // Saving the configuration re-reads the clean code view: one GET.
    await waitUntil(async () => only(await emulator.requests(), 'GET', /hog_functions\/[^/]+\/$/).length === 1, 'the code is re-read');
    assert.equal(code.isDirty, false);
    const final = await serverObject(session, node);
    assert.equal(final.description, 'Both buffers edited');
    assert.equal(final.hog, `${fn.hog as string}\n// touched`);

    // A clean view is re-read after the other one is saved.
    await emulator.clearRequests();
    // No trailing newline: PostHog stores it as sent, so only the configuration is re-read.
    await replaceText(code, `${fn.hog as string}\n// touched twice`);
    assert.equal(await code.save(), true);
    // The code's save re-reads the clean configuration: one GET after the PATCH (an earlier one may
    // still be the configuration's own re-read after its save above, where PostHog normalised it).
    const afterPatch = async () => {
      const requests = await emulator.requests();
      return requests.slice(requests.findIndex((r) => r.method === 'PATCH') + 1);
    };
    await waitUntil(async () => only(await afterPatch(), 'GET', new RegExp(`hog_functions/${node.summary.id}/$`)).length === 1, 'the configuration is re-read');
    const methods = (await emulator.requests()).map((r) => r.method);
    assert.deepEqual(methods.slice(methods.indexOf('PATCH')), ['PATCH', 'GET']);
    assert.ok(methods.indexOf('PATCH') <= 1, methods.join(', '));
    assert.equal(config.isDirty, false);
  });

  it('opens a flow definition and saves its writable fields; the tree item follows', async () => {
    const { emulator, api } = session;
    const flows = await flowsNode(session);
    const node = (await loadAll(api, flows)).find((n): n is FlowNode => n.kind === 'flow')!;
    const flow = await serverObject(session, node);
    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.openFlow', node);
    const document = vscode.window.activeTextEditor!.document;
    assert.equal(document.uri.path, `/projects/${node.project.projectId}/flows/${node.summary.id}/${node.summary.name}.json`);
    assert.deepEqual((await emulator.requests()).map((r) => `${r.method} ${r.path}`), [`GET /api/projects/${node.project.projectId}/hog_flows/${node.summary.id}/`]);
    const definition = JSON.parse(document.getText()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(definition), FLOW_FIELDS.filter((f) => f in flow));
    assert.ok(!('trigger' in definition) && !('id' in definition) && !('updated_at' in definition));

    definition.name = `${String(flow.name)} (edited)`;
    await replaceText(document, JSON.stringify(definition, null, 2) + '\n');
    await emulator.clearRequests();
    assert.equal(await document.save(), true);
    const requests = await emulator.requests();
    assert.equal(requests.length, 1);
    const body = requests[0]!.body as Record<string, unknown>;
    assert.equal(requests[0]!.method, 'PATCH');
    assert.deepEqual(Object.keys(body).sort(), [...Object.keys(definition), 'base_updated_at'].sort());
    assert.equal(body.base_updated_at, flow.updated_at);
    assert.equal((await serverObject(session, node)).name, definition.name);

    const refreshed = (await api.explorer.getChildren(flows))!.find((n) => n.id === node.id)!;
    assert.equal((await treeItem(api, refreshed)).label, definition.name);
  });

  it('tells the language features the type and inputs of an open function', async () => {
    const { api } = session;
    const { node, fn } = await findFunction(session, 'Destinations', hasSecretInput);
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const context = api.functionContext(vscode.window.activeTextEditor!.document.uri);
    assert.equal(context?.type, fn.type);
    assert.deepEqual(context?.inputsSchema?.map((i) => i.key), (fn.inputs_schema as Array<{ key: string }>).map((i) => i.key));
    assert.equal(api.functionContext(vscode.Uri.file('/tmp/plain.hog')), undefined);
  });
});
