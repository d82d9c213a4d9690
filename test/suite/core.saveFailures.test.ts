// Saving never loses work: conflicts (Compare / Overwrite), invalid JSON (never sent), server errors
// (Retry), rejected fields (diagnostics), rejected keys and scopes. The buffer stays dirty until a
// save succeeds.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { only } from './helpers/emulator';
import { closeAllEditors, replaceText, waitUntil } from './helpers/extension';
import { findFunction, serverObject, signedInSession, type FunctionNode } from './helpers/session';

/** Diagnostics from the save path (VS Code's JSON support adds its own for .json documents). */
function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'PostHog');
}

describe('core: failed saves', () => {
  const session = signedInSession();

  let node: FunctionNode;
  let original: Record<string, unknown>;

  beforeEach(async () => {
    session.prompter.clear();
    session.prompter.answer = () => undefined;
    await session.emulator.clearFaults();
    ({ node, fn: original } = await findFunction(session, 'Destinations', (fn) => Object.values(fn.inputs as object).length > 1));
  });
  afterEach(async () => {
    await session.emulator.clearFaults();
    await closeAllEditors();
  });

  async function openCode(): Promise<vscode.TextDocument> {
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    return vscode.window.activeTextEditor!.document;
  }

  async function openConfig(): Promise<vscode.TextDocument> {
    await vscode.commands.executeCommand('posthog.openFunctionConfig', node);
    return vscode.window.activeTextEditor!.document;
  }

  it('a conflict fails the save, keeps the buffer dirty, overwrites nothing, and offers Compare', async () => {
    const { emulator, prompter } = session;
    const document = await openCode();
    const mine = `${original.hog as string}\n// my change\n`;
    await replaceText(document, mine);
    const theirs = await emulator.touch('hog_function', node.summary.id);
    prompter.answer = (m) => (m.actions.includes('Compare') ? 'Compare' : undefined);
    await emulator.clearRequests();

    assert.equal(await document.save(), false);
    assert.equal(document.isDirty, true);
    assert.equal(document.getText(), mine);
    const patches = only(await emulator.requests(), 'PATCH', /hog_functions/);
    assert.equal(patches.length, 1);
    const server = await serverObject(session, node);
    assert.equal(server.hog, original.hog, 'nothing overwritten');
    assert.equal(server.updated_at, theirs.updated_at);

    const message = await prompter.waitFor((m) => m.kind === 'error');
    assert.deepEqual(message.actions, ['Compare', 'Merge', 'Overwrite']);
    assert.match(message.message, /changed it on PostHog/);
    await waitUntil(() => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff, 'the diff editor opens');
    const diff = vscode.window.tabGroups.activeTabGroup.activeTab!.input as vscode.TabInputTextDiff;
    assert.equal(diff.original.scheme, 'posthog-server');
    assert.equal(diff.modified.toString(), document.uri.toString());
    const serverSide = await vscode.workspace.openTextDocument(diff.original);
    assert.equal(serverSide.getText(), server.hog);
  });

  it('Overwrite asks first, then saves with the server version as base', async () => {
    const { emulator, prompter } = session;
    const document = await openCode();
    const mine = `${original.hog as string}\n// mine wins`;
    await replaceText(document, mine);
    const theirs = await emulator.touch('hog_function', node.summary.id);

    // Declining the confirmation sends nothing more: the request log of both attempts together
    // holds exactly one PATCH for the declined one, so nothing can slip in unseen after it.
    prompter.answer = (m) => (m.kind === 'confirm' ? false : m.actions.includes('Overwrite') ? 'Overwrite' : undefined);
    await emulator.clearRequests();
    assert.equal(await document.save(), false);
    await prompter.waitFor((m) => m.kind === 'confirm');
    assert.equal(document.isDirty, true);

    prompter.clear();
    prompter.answer = (m) => (m.kind === 'confirm' ? true : m.actions.includes('Overwrite') ? 'Overwrite' : undefined);
    assert.equal(await document.save(), false);
    await waitUntil(() => !document.isDirty, 'the overwrite save succeeds');
    const requests = (await emulator.requests()).filter((r) => r.path.includes(node.summary.id));
    assert.deepEqual(requests.map((r) => r.method), ['PATCH', 'PATCH', 'GET', 'PATCH']);
    assert.equal((requests[3]!.body as Record<string, unknown>).base_updated_at, theirs.updated_at);
    assert.equal((await serverObject(session, node)).hog, mine);
  });

  it('invalid JSON is never sent: a diagnostic marks the error instead', async () => {
    const { emulator } = session;
    const document = await openConfig();
    const broken = document.getText().replace(/"enabled": (true|false)/, '"enabled": tru');
    const brokenAt = broken.indexOf('"enabled": tru') + '"enabled": '.length;
    assert.ok(brokenAt > 20);
    await replaceText(document, broken);
    await emulator.clearRequests();

    assert.equal(await document.save(), false);
    assert.equal(document.isDirty, true);
    assert.deepEqual(await emulator.requests(), [], 'no request at all');
    const diagnostics = ours(document.uri);
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(diagnostics[0]!.range.start, document.positionAt(brokenAt));
    assert.match(diagnostics[0]!.message, /Invalid JSON/);
  });

  it('a value the schema refuses is marked while typing and never sent', async () => {
    const { emulator } = session;
    const document = await openConfig();
    const wrong = document.getText().replace(/"enabled": (true|false)/, '"enabled": "yes"');
    const at = document.positionAt(wrong.indexOf('"enabled": "yes"'));
    await replaceText(document, wrong);
    // VS Code's JSON language features validate the buffer against the contributed schema.
    const fromSchema = (): vscode.Diagnostic[] =>
      vscode.languages.getDiagnostics(document.uri).filter((d) => d.source !== 'PostHog' && d.range.start.line === at.line);
    await waitUntil(() => fromSchema().length > 0, 'the JSON schema marks "enabled"');
    await emulator.clearRequests();

    assert.equal(await document.save(), false);
    assert.equal(document.isDirty, true);
    assert.deepEqual(await emulator.requests(), [], 'no request at all');
    const diagnostics = ours(document.uri);
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(diagnostics[0]!.range.start, at);
    assert.equal(diagnostics[0]!.message, 'enabled: must be a boolean, not string "yes".');
  });

  it('a 503 fails the save with Retry; Retry saves with one PATCH', async () => {
    const { emulator, prompter } = session;
    const document = await openCode();
    const mine = `${original.hog as string}\n// retried`;
    await replaceText(document, mine);
    await emulator.addFault({
      match: { method: 'PATCH', path: `hog_functions/${node.summary.id}/` },
      response: { status: 503, headers: { 'retry-after': '0' }, body: { type: 'server_error', code: 'error', detail: 'Queries are a little too busy right now.', attr: null } },
      times: 1000,
    });
    prompter.answer = async (m) => {
      if (!m.actions.includes('Retry')) return undefined;
      await emulator.clearFaults();
      await emulator.clearRequests();
      return 'Retry';
    };

    assert.equal(await document.save(), false);
    assert.equal(document.isDirty, true);
    const message = await prompter.waitFor((m) => m.actions.includes('Retry'));
    assert.match(message.message, /503/);
    await waitUntil(() => !document.isDirty, 'the retried save succeeds');
    const patches = only(await emulator.requests(), 'PATCH', /hog_functions/);
    assert.equal(patches.length, 1);
    assert.equal((await serverObject(session, node)).hog, mine);
  });

  it('Hog code that does not parse is never sent: the save fails and says where', async () => {
    const { emulator } = session;
    const document = await openCode();
    await replaceText(document, `${original.hog as string}\nlet broken := (\n`);
    await emulator.clearRequests();
    assert.equal(await document.save(), false);
    assert.equal(document.isDirty, true);
    assert.deepEqual(await emulator.requests(), [], 'no request at all');
    // The Hog language features mark the error where it is.
    await waitUntil(() => vscode.languages.getDiagnostics(document.uri).some((d) => d.source === 'hog'), 'a Hog syntax diagnostic');
    assert.equal((await serverObject(session, node)).hog, original.hog);
  });

  it('a 400 on hog (PostHog rejects code that parses) puts a diagnostic on the code and names the field', async () => {
    const { emulator, prompter } = session;
    const document = await openCode();
    await replaceText(document, "sendEmail({'to': 'a@example.com'})\n");
    await emulator.addFault({
      match: { method: 'PATCH', path: `hog_functions/${node.summary.id}/` },
      response: {
        status: 400,
        body: { type: 'validation_error', code: 'invalid_input', detail: "Reserved for PostHog's own use and not callable from a function's code: sendEmail", attr: 'hog' },
      },
      times: 1,
    });
    assert.equal(await document.save(), false);
    const message = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(message.message, /'hog'/);
    const diagnostics = ours(document.uri);
    assert.equal(diagnostics.length, 1, JSON.stringify(message));
    assert.equal(diagnostics[0]!.range.start.line, 0);
    assert.match(diagnostics[0]!.message, /Reserved/);
    assert.equal((await serverObject(session, node)).hog, original.hog);
  });

  it('a 400 on inputs__<key> puts a diagnostic on that key of the configuration', async () => {
    const { prompter } = session;
    const document = await openConfig();
    const config = JSON.parse(document.getText()) as { inputs: Record<string, { value?: unknown }>; inputs_schema: Array<{ key: string; required?: boolean; secret?: boolean; type: string }> };
    const required = config.inputs_schema.find((i) => i.required && !i.secret && i.type === 'string');
    assert.ok(required, 'the function has a required string input');
    config.inputs[required.key] = { value: '' };
    const text = JSON.stringify(config, null, 2) + '\n';
    await replaceText(document, text);
    assert.equal(await document.save(), false);
    const message = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(message.message, new RegExp(`inputs__${required.key}`));
    const diagnostics = ours(document.uri);
    assert.equal(diagnostics.length, 1, JSON.stringify(message));
    const keyAt = text.indexOf(`"${required.key}"`, text.indexOf('"inputs":'));
    assert.deepEqual(diagnostics[0]!.range.start, document.positionAt(keyAt));
  });

  it('a 401 offers to sign in again; a 403 names the missing scope', async () => {
    const { emulator, prompter } = session;
    const document = await openCode();
    await replaceText(document, `${original.hog as string}\n// auth\n`);
    const path = `hog_functions/${node.summary.id}/`;
    await emulator.addFault({
      match: { method: 'PATCH', path },
      response: { status: 401, body: { type: 'authentication_error', code: 'authentication_failed', detail: 'Personal API key found in request Authorization header is invalid.', attr: null } },
    });
    assert.equal(await document.save(), false);
    const unauthorized = await prompter.waitFor((m) => m.kind === 'error');
    assert.deepEqual(unauthorized.actions, ['Sign In Again']);

    prompter.clear();
    await emulator.addFault({
      match: { method: 'PATCH', path },
      response: { status: 403, body: { type: 'authentication_error', code: 'permission_denied', detail: "API key missing required scope 'hog_function:write'", attr: null } },
    });
    assert.equal(await document.save(), false);
    const forbidden = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(forbidden.message, /'hog_function:write'/);
    assert.equal(document.isDirty, true);
  });
});
