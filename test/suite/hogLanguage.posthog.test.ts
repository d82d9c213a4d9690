// The Hog language features on a buffer that belongs to a PostHog function: `inputs.*` is checked
// against and completed from that function's inputs_schema, and the globals follow its type.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { only } from './helpers/emulator';
import { closeAllEditors, replaceText } from './helpers/extension';
import { findFunction, signedInSession } from './helpers/session';

interface SchemaItem {
  key: string;
  label?: string;
}

function hogDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'hog');
}

async function diagnosticsMatching(uri: vscode.Uri, test: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const found = hogDiagnostics(uri);
    if (test(found)) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`diagnostics never matched: ${JSON.stringify(hogDiagnostics(uri).map((d) => d.message))}`);
}

async function openCode(session: ReturnType<typeof signedInSession>, group: string, test: (fn: Record<string, unknown>) => boolean) {
  const { node, fn } = await findFunction(session, group, test);
  await vscode.commands.executeCommand('posthog.openFunctionCode', node);
  const document = vscode.window.activeTextEditor?.document;
  assert.ok(document && document.uri.scheme === 'posthog');
  return { document, fn, schema: fn.inputs_schema as SchemaItem[] };
}

const hasInputs = (fn: Record<string, unknown>) => (fn.inputs_schema as SchemaItem[]).length > 0;

describe('Hog language on PostHog functions', () => {
  const session = signedInSession();
  afterEach(closeAllEditors);

  it('warns about an inputs key the function does not define, at its range, and not about defined ones', async () => {
    const { document, schema } = await openCode(session, 'Destinations', hasInputs);
    const defined = schema[0]!.key;
    const text = `print(inputs.${defined})\nprint(inputs.not_an_input)\n`;
    await replaceText(document, text);
    const found = await diagnosticsMatching(document.uri, (d) => d.some((x) => x.message.includes('not_an_input')));
    assert.deepEqual(
      found.map((d) => [d.range.start.line, d.range.start.character, d.severity === vscode.DiagnosticSeverity.Warning]),
      [[1, 13, true]],
      JSON.stringify(found.map((d) => d.message)),
    );
    assert.ok(!found.some((d) => d.message.includes(`'${defined}'`)));
  });

  it('re-checks an open code buffer when a saved configuration adds the input it uses', async () => {
    const { document, fn } = await openCode(session, 'Destinations', (f) => !(f.inputs_schema as SchemaItem[]).some((i) => i.key === 'added_input'));
    await replaceText(document, 'print(inputs.added_input)\n');
    assert.equal(await document.save(), true);
    await diagnosticsMatching(document.uri, (d) => d.some((x) => x.message.includes('added_input')));

    const { node } = await findFunction(session, 'Destinations', (f) => f.id === fn.id);
    await vscode.commands.executeCommand('posthog.openFunctionConfig', node);
    const configDocument = vscode.window.activeTextEditor!.document;
    assert.match(configDocument.uri.path, /\.json$/);
    const config = JSON.parse(configDocument.getText()) as { inputs_schema: SchemaItem[] };
    config.inputs_schema.push({ key: 'added_input', label: 'Added input', type: 'string', required: false } as SchemaItem);
    await replaceText(configDocument, JSON.stringify(config, null, 2) + '\n');
    const codeVersion = document.version;
    assert.equal(await configDocument.save(), true);

    await diagnosticsMatching(document.uri, (d) => !d.some((x) => x.message.includes('added_input')));
    assert.equal(document.version, codeVersion, 'the code buffer was not edited');
  });

  it('posthog.refreshDefinitions makes the next completion fetch the event definitions again', async () => {
    const { document } = await openCode(session, 'Destinations', () => true);
    const line = "if (event.event == '";
    await replaceText(document, `${line}\n`);
    const complete = () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, line.length), "'");
    const fetches = async () => only(await session.emulator.requests(), 'GET', /\/event_definitions\/$/).length;
    await complete();
    await session.emulator.clearRequests();
    await complete();
    assert.equal(await fetches(), 0, 'the definitions are cached');
    await vscode.commands.executeCommand('posthog.refreshDefinitions');
    await complete();
    assert.ok((await fetches()) >= 1, 'fetched again after the refresh');
  });

  it('completes inputs.* from the inputs_schema with each label as documentation', async () => {
    const { document, schema } = await openCode(session, 'Destinations', hasInputs);
    await replaceText(document, 'print(inputs.)\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(0, 'print(inputs.'.length),
      '.',
    );
    const byLabel = new Map(list.items.map((item) => [typeof item.label === 'string' ? item.label : item.label.label, item]));
    for (const input of schema) {
      const item = byLabel.get(input.key);
      assert.ok(item, `inputs.${input.key} not offered; got ${[...byLabel.keys()].join(', ')}`);
      const documentation = typeof item.documentation === 'string' ? item.documentation : item.documentation?.value ?? '';
      if (input.label) assert.ok(`${item.detail ?? ''} ${documentation}`.includes(input.label), `label of ${input.key} missing`);
    }
    assert.ok(!byLabel.has('arrayMap'), 'after inputs. only inputs are offered');
  });

  it("checks globals for the function's own type: request is fine in a webhook source", async () => {
    const { document } = await openCode(session, 'Sources', () => true);
    await replaceText(document, 'print(request.body)\nprint(event.properties)\n');
    const found = await diagnosticsMatching(document.uri, (d) => d.length > 0);
    assert.deepEqual(
      found.map((d) => d.message.split(' ')[0]),
      ["'event'"],
      JSON.stringify(found.map((d) => d.message)),
    );
  });
});
