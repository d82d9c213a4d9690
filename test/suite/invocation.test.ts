// posthog.testInvocation and posthog.editTestGlobals against the emulator: the exact request (the
// buffer's unsaved text, the globals, the mock flag), PostHog's answer returned as is, the output
// channel, the globals document that persists between runs, and a buffer that does not parse.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostHogHogApi } from '../../src/extension';
import { only, type LoggedRequest } from './helpers/emulator';
import { closeAllEditors, replaceText, waitUntil } from './helpers/extension';
import { findFunction, flowsNode, loadAll, signedInSession, type FlowNode, type FunctionNode } from './helpers/session';

type Json = Record<string, unknown>;

function globalsUri(api: PostHogHogApi, node: FunctionNode | FlowNode): vscode.Uri {
  const kind = node.kind === 'flow' ? 'flow' : 'function';
  return api.testing.invocations.globalsUri({ authority: node.project.authority, projectId: node.project.projectId, kind, id: node.summary.id });
}

async function readJson(uri: vscode.Uri): Promise<Json> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as Json;
}

async function deleteGlobals(api: PostHogHogApi, node: FunctionNode | FlowNode): Promise<void> {
  await vscode.workspace.fs.delete(globalsUri(api, node)).then(undefined, () => undefined);
}

function invocationRequest(requests: LoggedRequest[], family: 'hog_functions' | 'hog_flows', id: string): LoggedRequest {
  const posts = only(requests, 'POST', new RegExp(`/${family}/${id}/invocations/$`));
  assert.equal(posts.length, 1, `one invocation request, got ${JSON.stringify(requests.map((r) => `${r.method} ${r.path}`))}`);
  return posts[0]!;
}

describe('invocation: test invocations', () => {
  const session = signedInSession();
  afterEach(closeAllEditors);

  it('sends the unsaved code, the sample globals and mock_async_functions, and returns PostHog’s answer itself', async () => {
    const { api, emulator, prompter } = session;
    const { node, fn } = await findFunction(session, 'Destinations');
    await deleteGlobals(api, node);
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const document = vscode.window.activeTextEditor!.document;
    const edited = `${fn.hog as string}\nprint('unsaved edit for the test run')\n`;
    await replaceText(document, edited);
    await emulator.clearRequests();
    prompter.clear();
    const outputBefore = api.testing.invocations.outputLines.length;

    const result = await vscode.commands.executeCommand<Json>('posthog.testInvocation', { uri: document.uri.toString() });

    const requests = await emulator.requests();
    const base = `/api/projects/${node.project.projectId}/hog_functions/${node.summary.id}/`;
    assert.deepEqual(requests.map((r) => `${r.method} ${r.path}`), [`GET ${base}`, `POST ${base}invocations/`]);
    const body = invocationRequest(requests, 'hog_functions', node.summary.id).body as Json;
    const configuration = body.configuration as Json;
    assert.equal(configuration.hog, edited, 'the buffer’s unsaved text');
    assert.equal(configuration.type, fn.type);
    const inputs = configuration.inputs as Record<string, Json>;
    const storedInputs = fn.inputs as Record<string, Json>;
    assert.deepEqual(Object.keys(inputs).sort(), Object.keys(storedInputs).sort(), 'every input');
    for (const [key, input] of Object.entries(storedInputs)) {
      if (input.secret === true) assert.deepEqual(inputs[key], { secret: true }, `secret input ${key} stays {secret: true}`);
      else assert.deepEqual(inputs[key]?.value, input.value);
    }
    assert.equal(body.mock_async_functions, true);
    const stored = await readJson(globalsUri(api, node));
    assert.deepEqual(body.globals, stored, 'the globals document written on the first run');
    assert.deepEqual(Object.keys(stored).sort(), ['event', 'groups', 'person', 'project', 'source']);
    assert.equal(document.isDirty, true, 'the buffer was not saved');
    assert.equal(only(requests, 'PATCH', /./).length, 0);

    assert.ok(result, 'the command returns the response');
    assert.deepEqual(Object.keys(result).sort(), ['errors', 'logs', 'result', 'status'], 'PostHog’s object, not a wrapper');
    assert.equal(result.status, 'success');
    const logs = result.logs as Array<{ level: string; message: string }>;
    assert.ok(logs.some((log) => log.level === 'info' && log.message === 'unsaved edit for the test run'), 'the unsaved code ran: its print line is logged');
    assert.match(logs.at(-1)!.message, /^Function completed in /);

    const written = api.testing.invocations.outputLines.slice(outputBefore);
    assert.ok(written.includes(`Test invocation of "${fn.name as string}" (${fn.type as string}): success`), written.join('\n'));
    // A multi-line message (a mocked fetch's pretty JSON) is written as its first line after the
    // level, then its other lines indented: every line of it must be there, in order.
    for (const log of logs) {
      const [first, ...rest] = log.message.split('\n');
      const at = written.findIndex((line) => line.includes(first!) && line.includes(log.level.toUpperCase()));
      assert.ok(at >= 0, `log line ${log.message}`);
      rest.forEach((part, i) => assert.ok(written[at + 1 + i]?.endsWith(part), `line ${i + 2} of ${log.message}`));
    }
    const note = await prompter.waitFor((m) => m.message.startsWith(`Test invocation of "${fn.name as string}": success`));
    assert.equal(note.kind, 'info');
  });

  it('keeps the globals between runs and uses edits to them, saved or not', async () => {
    const { api, emulator } = session;
    const { node } = await findFunction(session, 'Destinations');
    await vscode.commands.executeCommand('posthog.testInvocation', node);
    const uri = globalsUri(api, node);
    const first = await readJson(uri);

    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.editTestGlobals', node);
    assert.deepEqual(await emulator.requests(), [], 'existing globals open without a request');
    const document = vscode.window.activeTextEditor!.document;
    assert.equal(document.uri.toString(), uri.toString());
    const edited = structuredClone(first) as { event: { properties: Json } };
    edited.event.properties.marker = 'edited in the globals document';
    await replaceText(document, JSON.stringify(edited, null, 2));

    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.testInvocation', node);
    assert.deepEqual((invocationRequest(await emulator.requests(), 'hog_functions', node.summary.id).body as Json).globals, edited, 'unsaved edits are used');

    assert.equal(await document.save(), true);
    await closeAllEditors();
    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.testInvocation', node);
    assert.deepEqual((invocationRequest(await emulator.requests(), 'hog_functions', node.summary.id).body as Json).globals, edited, 'saved edits persist');
    assert.deepEqual(await readJson(uri), edited);
  });

  it('takes globals and mockAsyncFunctions from the automation argument, and the mock setting from its toggle', async () => {
    const { emulator, prompter } = session;
    const { node } = await findFunction(session, 'Destinations');
    const globals = { event: { event: 'custom', properties: { from: 'automation' } }, project: { id: node.project.projectId } };
    await emulator.clearRequests();
    await vscode.commands.executeCommand('posthog.testInvocation', {
      functionId: node.summary.id,
      projectId: node.project.projectId,
      globals,
      mockAsyncFunctions: false,
    });
    const body = invocationRequest(await emulator.requests(), 'hog_functions', node.summary.id).body as Json;
    assert.deepEqual(body.globals, globals);
    assert.equal(body.mock_async_functions, false);

    prompter.clear();
    assert.equal(await vscode.commands.executeCommand('posthog.toggleMockAsyncFunctions'), false);
    try {
      assert.equal(vscode.workspace.getConfiguration('posthog').get('testInvocation.mockAsyncFunctions'), false);
      await prompter.waitFor((m) => m.message.includes('for real'));
      await emulator.clearRequests();
      await vscode.commands.executeCommand('posthog.testInvocation', node);
      assert.equal((invocationRequest(await emulator.requests(), 'hog_functions', node.summary.id).body as Json).mock_async_functions, false);
    } finally {
      assert.equal(await vscode.commands.executeCommand('posthog.toggleMockAsyncFunctions'), true);
    }
  });

  it('shows the transformed event of a transformation', async () => {
    const { api } = session;
    const { node, fn } = await findFunction(session, 'Transformations');
    const before = api.testing.invocations.outputLines.length;
    const result = await vscode.commands.executeCommand<Json>('posthog.testInvocation', node);
    assert.equal(result?.status, 'success');
    const written = api.testing.invocations.outputLines.slice(before);
    assert.ok(written.includes(`Test invocation of "${fn.name as string}" (${fn.type as string}): success`));
    const at = written.indexOf('Result (the transformed event):');
    assert.ok(at > 0, written.join('\n'));
    assert.deepEqual(JSON.parse(written.slice(at + 1).join('\n')), result.result);
  });

  it('marks a configuration buffer that does not parse and sends nothing', async () => {
    const { emulator, prompter } = session;
    const { node } = await findFunction(session, 'Destinations');
    await vscode.commands.executeCommand('posthog.openFunctionConfig', node);
    const document = vscode.window.activeTextEditor!.document;
    await replaceText(document, '{\n  "name": "broken",\n  "enabled": tru\n}\n');
    await emulator.clearRequests();
    prompter.clear();
    const result = await vscode.commands.executeCommand('posthog.testInvocation', document.uri);
    assert.equal(result, undefined);
    assert.deepEqual(await emulator.requests(), [], 'no request at all');
    // VS Code's JSON support reports its own problem too; ours is the one from PostHog.
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'PostHog');
    assert.equal(diagnostics.length, 1, JSON.stringify(vscode.languages.getDiagnostics(document.uri)));
    assert.equal(diagnostics[0]!.range.start.line, 2);
    const error = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(error.message, /cannot be tested/);
  });

  it('sends nothing for Hog code that does not parse, and says where', async () => {
    const { emulator, prompter } = session;
    const { node } = await findFunction(session, 'Destinations');
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const document = vscode.window.activeTextEditor!.document;
    assert.equal(document.languageId, 'hog');
    await replaceText(document, "let payload := {'a': 1\nfetch(inputs.url, {'body': payload})\n");
    vscode.window.activeTextEditor!.selection = new vscode.Selection(1, 3, 1, 3);
    await emulator.clearRequests();
    prompter.clear();
    prompter.answer = (m) => (m.kind === 'error' ? 'Go to Error' : undefined);
    try {
      const result = await vscode.commands.executeCommand('posthog.testInvocation', document.uri);
      assert.equal(result, undefined);
      assert.deepEqual(await emulator.requests(), [], 'no request at all');
      const error = await prompter.waitFor((m) => m.kind === 'error');
      assert.match(error.message, /cannot be tested: the Hog code does not parse \(line 1, column 16: unclosed '\{'/);
      assert.deepEqual(error.actions, ['Go to Error']);
      // "Go to Error" selects the first error: line 1, column 16 (0-based 0:15).
      await waitUntil(() => vscode.window.activeTextEditor?.selection.start.isEqual(new vscode.Position(0, 15)) === true, 'the error is selected');
      assert.equal(vscode.window.activeTextEditor!.document.uri.toString(), document.uri.toString());
    } finally {
      prompter.answer = () => undefined;
    }
  });

  it('a 400 on the Hog code (PostHog’s raw serializer errors) marks the code and offers to go there', async () => {
    const { emulator, prompter } = session;
    const { node, fn } = await findFunction(session, 'Destinations');
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const document = vscode.window.activeTextEditor!.document;
    await replaceText(document, `${fn.hog as string}\nprint('rejected by PostHog')\n`);
    await emulator.addFault({
      match: { method: 'POST', path: `hog_functions/${node.summary.id}/invocations/` },
      response: { status: 400, body: { configuration: { hog: ['Hog code has errors.'] } } },
      times: 1,
    });
    await emulator.clearRequests();
    prompter.clear();
    const result = await vscode.commands.executeCommand('posthog.testInvocation', document.uri);
    assert.equal(result, undefined);
    assert.equal(only(await emulator.requests(), 'POST', /\/invocations\/$/).length, 1, 'one invocation, no retry');
    const error = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(error.message, /cannot be tested: PostHog rejected the Hog code: Hog code has errors\./);
    assert.deepEqual(error.actions, ['Go to Error']);
    const ours = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'PostHog');
    assert.equal(ours.length, 1, JSON.stringify(vscode.languages.getDiagnostics(document.uri)));
    assert.equal(ours[0]!.range.start.line, 0);
    assert.match(ours[0]!.message, /Hog code has errors/);
  });

  it('a 400 on the Hog code in PostHog’s envelope (attr "hog") is marked the same way', async () => {
    const { emulator, prompter } = session;
    const { node, fn } = await findFunction(session, 'Destinations');
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const document = vscode.window.activeTextEditor!.document;
    await replaceText(document, `${fn.hog as string}\n`);
    await emulator.addFault({
      match: { method: 'POST', path: `hog_functions/${node.summary.id}/invocations/` },
      response: { status: 400, body: { type: 'validation_error', code: 'invalid_input', detail: 'Hog code has errors.', attr: 'hog' } },
      times: 1,
    });
    prompter.clear();
    assert.equal(await vscode.commands.executeCommand('posthog.testInvocation', document.uri), undefined);
    const error = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(error.message, /PostHog rejected the Hog code: Hog code has errors\./);
    assert.equal(vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'PostHog').length, 1);
  });

  it('runs a flow with its unsaved definition and flow globals', async () => {
    const { api, emulator } = session;
    // The onboarding flow: its first step after the trigger (a delay) runs cleanly in a test run.
    const flow = (await loadAll(api, await flowsNode(session))).find((n): n is FlowNode => n.kind === 'flow' && /^Onboarding/.test(n.summary.name ?? ''));
    assert.ok(flow);
    await deleteGlobals(api, flow);
    await vscode.commands.executeCommand('posthog.openFlow', flow);
    const document = vscode.window.activeTextEditor!.document;
    const definition = JSON.parse(document.getText()) as Json;
    definition.description = 'Edited for a test run, not saved';
    await replaceText(document, JSON.stringify(definition, null, 2));
    await emulator.clearRequests();
    const before = api.testing.invocations.outputLines.length;

    const result = await vscode.commands.executeCommand<Json>('posthog.testInvocation', document.uri);

    const body = invocationRequest(await emulator.requests(), 'hog_flows', flow.summary.id).body as Json;
    assert.equal((body.configuration as Json).description, 'Edited for a test run, not saved');
    assert.deepEqual((body.configuration as Json).actions, definition.actions);
    assert.equal(body.mock_async_functions, true);
    assert.deepEqual(body.globals, await readJson(globalsUri(api, flow)));
    assert.ok('event' in (body.globals as Json) && 'variables' in (body.globals as Json));
    assert.equal(result?.status, 'success');
    assert.ok('nextActionId' in result, 'the flow worker’s answer, as is');
    assert.equal(result.nextActionId, 'has_email', 'the delay after the trigger ran; the next step is named');
    const written = api.testing.invocations.outputLines.slice(before);
    assert.ok(written.some((line) => line.endsWith('(hog_flow): success')), written.join('\n'));
  });

  it('offers "Run test invocation" as a CodeLens at the top of a function’s Hog code', async () => {
    const { node } = await findFunction(session, 'Destinations');
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const document = vscode.window.activeTextEditor!.document;
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    const run = lenses.find((lens) => lens.command?.command === 'posthog.testInvocation');
    assert.ok(run, 'the lens is there');
    assert.equal(run.range.start.line, 0);
    assert.match(run.command!.title, /Run test invocation/);
    assert.equal(String(run.command!.arguments?.[0]), document.uri.toString());
  });
});
