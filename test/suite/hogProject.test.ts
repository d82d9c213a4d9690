// The Hog language on a function bound to the demo project: event properties complete from the
// project's property definitions (one request per project), and the quick fix that adds a
// missing input edits the function's configuration document.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, replaceText } from './helpers/extension';
import { diagnosticWithCode } from './helpers/diagnostics';
import { findFunction, signedInSession } from './helpers/session';

async function openCode(session: ReturnType<typeof signedInSession>): Promise<vscode.TextDocument> {
  const { node } = await findFunction(session, 'Destinations', (fn) => (fn.inputs_schema as unknown[]).length > 0);
  await vscode.commands.executeCommand('posthog.openFunctionCode', node);
  const document = vscode.window.activeTextEditor?.document;
  assert.ok(document && document.uri.scheme === 'posthog');
  return document;
}

async function labels(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, '.');
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

describe('Hog language on the demo project', () => {
  const session = signedInSession();
  afterEach(closeAllEditors);

  it('completes a demo event property, with exactly one definitions request for the project', async () => {
    const document = await openCode(session);
    await replaceText(document, 'print(event.properties.)\nprint(event.properties.)\n');
    await session.emulator.clearRequests();
    const first = await labels(document, new vscode.Position(0, 'print(event.properties.'.length));
    assert.ok(first.includes('$browser') && first.includes('revenue'), first.join(', '));
    assert.ok(!first.includes('email'), 'person properties are not event properties');
    const second = await labels(document, new vscode.Position(1, 'print(event.properties.'.length));
    assert.ok(second.includes('$browser'));
    const requests = (await session.emulator.requests()).filter((r) => r.path.includes('_definitions/'));
    assert.deepEqual(requests.map((r) => `${r.method} ${r.path} type=${r.query.type}`), [
      `GET /api/projects/${document.uri.path.split('/')[2]}/property_definitions/ type=event`,
    ]);
  });

  it('hovers a demo event property with its type and example', async () => {
    const document = await openCode(session);
    await replaceText(document, 'print(event.properties.$browser)\n');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 25));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /event\.properties\.\$browser: String/);
    assert.match(text, /Example: `Chrome`/);
  });

  it('quick fix: an input missing from the schema is added to the configuration document', async () => {
    const document = await openCode(session);
    await replaceText(document, 'print(inputs.brand_new_input)\n');
    const diagnostic = await diagnosticWithCode(document.uri, 'unknown-input');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const action = actions.find((a) => a.title === "Add 'brand_new_input' to the inputs_schema");
    assert.ok(action?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    const configUri = document.uri.with({ path: document.uri.path.replace(/\.hog$/, '.json') });
    const config = await vscode.workspace.openTextDocument(configUri);
    const schema = JSON.parse(config.getText()).inputs_schema as { key: string; type: string }[];
    assert.deepEqual(schema[schema.length - 1], { type: 'string', key: 'brand_new_input', label: 'brand_new_input', required: false, secret: false });
    assert.equal(config.isDirty, true, 'the configuration is edited, not saved');
  });
});
