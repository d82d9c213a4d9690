// Hog language features inside a real VS Code: diagnostics on an untitled hog document, and the
// completion, hover, signature help, outline and definition providers through VS Code's commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, show } from './helpers/diagnostics';

const EXTENSION_ID = 'hogdev.posthog-hog';

async function openHog(content: string): Promise<vscode.TextDocument> {
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  const document = await vscode.workspace.openTextDocument({ language: 'hog', content });
  await vscode.window.showTextDocument(document);
  return document;
}

function positionAfter(document: vscode.TextDocument, needle: string): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `'${needle}' not in the document`);
  return document.positionAt(at + needle.length);
}

async function completionLabels(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

describe('Hog language features', () => {
  it('reports semantic problems with their ranges', async () => {
    const document = await openHog("let total := 1\nprnt(total)\nprint(request.body)\nlength(1, 2)\n");
    const found = await diagnosticsWhen(document.uri, (d) => d.length >= 3);
    assert.deepEqual(found.map(show), [
      "1:0-1:4 error Unknown function 'prnt'.",
      "2:6-2:13 warning 'request' is not available in destination functions (only in: source_webhook, warehouse_source_webhook).",
      "3:0-3:6 error 'length' takes 1 argument, got 2.",
    ]);
  });

  it("adds PostHog's compiler errors to a document's first diagnostics", async () => {
    const document = await openHog('prnt(1)\ntry {\n    print(1)\n} finally {\n    print(2)\n}\n');
    const found = await diagnosticsWhen(document.uri, (d) => d.length >= 2);
    assert.deepEqual(found.map(show), [
      "0:0-0:4 error Unknown function 'prnt'.",
      '3:2-3:9 error PostHog cannot compile this: finally blocks are not yet supported.',
    ]);
  });

  it('reports syntax errors and updates after an edit', async () => {
    const document = await openHog('let x := (1 + 2\nprint(x)\n');
    const broken = await diagnosticsWhen(document.uri, (d) => d.length > 0);
    assert.ok(broken.every((d) => d.severity === vscode.DiagnosticSeverity.Error && d.code === 'syntax'), JSON.stringify(broken.map(show)));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 15), ')');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepEqual(await diagnosticsWhen(document.uri, (d) => d.length === 0), []);
  });

  it('completes event fields, locals and stdlib functions', async () => {
    const document = await openHog('let total := 1\nprint(event.\n');
    const fields = await completionLabels(document, positionAfter(document, 'event.'));
    for (const name of ['properties', 'distinct_id', 'uuid']) assert.ok(fields.includes(name), `${name} missing`);
    const everything = await completionLabels(document, new vscode.Position(2, 0));
    for (const name of ['total', 'arrayMap', 'fetch', 'event', 'inputs']) assert.ok(everything.includes(name), `${name} missing`);
  });

  it('shows hover text for stdlib functions', async () => {
    const document = await openHog("let r := fetch('https://example.com')\n");
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 11));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /fetch\(url: string, \[options: dict\]\): dict/);
  });

  it('gives signature help with the active parameter', async () => {
    const document = await openHog("let s := substring('hello', 2, )\n");
    const help = await vscode.commands.executeCommand<vscode.SignatureHelp>(
      'vscode.executeSignatureHelpProvider',
      document.uri,
      positionAfter(document, '2, '),
    );
    assert.equal(help.signatures[0]?.label, 'substring(str: string, start: integer, [length: integer]): string');
    assert.equal(help.activeParameter, 2);
  });

  it('outlines functions and finds definitions', async () => {
    const document = await openHog('fun greet(name) {\n  return name\n}\nprint(greet(1))\n');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(symbols.map((s) => [s.name, s.kind]), [['greet', vscode.SymbolKind.Function]]);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      new vscode.Position(3, 8),
    );
    const target = locations[0];
    const range = target && 'targetRange' in target ? target.targetRange : target?.range;
    assert.deepEqual([range?.start.line, range?.start.character, range?.end.character], [0, 4, 9]);
  });
});
