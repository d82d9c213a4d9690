// Hog refactoring and navigation inside a real VS Code: rename, references, highlights, folding,
// selection ranges, semantic tokens, and each quick fix applied to an untitled hog document.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors } from './helpers/extension';
import { diagnosticWithCode } from './helpers/diagnostics';

const EXTENSION_ID = 'hogdev.posthog-hog';

async function openHog(content: string): Promise<vscode.TextDocument> {
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  const document = await vscode.workspace.openTextDocument({ language: 'hog', content });
  await vscode.window.showTextDocument(document);
  return document;
}

function at(document: vscode.TextDocument, needle: string, n = 0): vscode.Position {
  let offset = -1;
  for (let i = 0; i <= n; i++) offset = document.getText().indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `'${needle}' not in the document`);
  return document.positionAt(offset);
}

async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return actions;
}

async function applyFix(document: vscode.TextDocument, code: string, title: string): Promise<void> {
  const diagnostic = await diagnosticWithCode(document.uri, code);
  const actions = await quickFixes(document, diagnostic);
  const action = actions.find((a) => a.title === title);
  assert.ok(action?.edit, `no '${title}' among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

const NESTED = 'let x := 1\nfun outer(a) {\n    let x := a\n    return x\n}\nprint(outer(x), x)\n';

describe('Hog refactoring and navigation', () => {
  afterEach(closeAllEditors);

  it('renames a variable across nested scopes, leaving the shadowing one alone', async () => {
    const document = await openHog(NESTED);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, at(document, 'x'), 'base');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.getText(), 'let base := 1\nfun outer(a) {\n    let x := a\n    return x\n}\nprint(outer(base), base)\n');
  });

  it('refuses to rename to a standard-library name', async () => {
    const document = await openHog(NESTED);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', document.uri, at(document, 'x'), 'print')),
      /standard-library function/,
    );
  });

  it('finds references and highlights of the inner x only inside its function', async () => {
    const document = await openHog(NESTED);
    const inner = at(document, 'x', 1);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, inner);
    assert.deepEqual(locations.map((l) => `${l.range.start.line}:${l.range.start.character}`).sort(), ['2:8', '3:11']);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, inner);
    assert.deepEqual(highlights.map((h) => `${h.range.start.line}:${h.range.start.character}`).sort(), ['2:8', '3:11']);
  });

  it('folds the function body and selects outwards from a name', async () => {
    const document = await openHog(NESTED);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    assert.ok(folds.some((f) => f.start === 1 && f.end === 3), JSON.stringify(folds));
    const [selection] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', document.uri, [at(document, 'a\n')]);
    assert.equal(document.getText(selection!.range), 'a');
    assert.ok(selection!.parent, 'an enclosing range');
  });

  it('classifies globals, stdlib calls, user functions and parameters with semantic tokens', async () => {
    const document = await openHog('fun f(p) {\n    return p\n}\nprint(f(event.event))\n');
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, length, type] = [tokens.data[i]!, tokens.data[i + 1]!, tokens.data[i + 2]!, tokens.data[i + 3]!];
      line += dl;
      character = dl === 0 ? character + dc : dc;
      decoded.push(`${document.lineAt(line).text.slice(character, character + length)}:${legend.tokenTypes[type]}`);
    }
    assert.deepEqual(decoded, ['f:function', 'p:parameter', 'p:parameter', 'print:function', 'f:function', 'event:variable']);
  });

  it('quick fix: an unknown function becomes the nearest standard-library name', async () => {
    const document = await openHog('print(lenght([1]))\n');
    await applyFix(document, 'unknown-function', "Change to 'length'");
    assert.equal(document.getText(), 'print(length([1]))\n');
  });

  it('quick fix: an undeclared variable is declared', async () => {
    const document = await openHog('print(total)\n');
    await applyFix(document, 'undeclared-variable', "Declare 'total'");
    assert.equal(document.getText(), 'let total := null\nprint(total)\n');
  });

  it('quick fix: a wrong argument count puts the cursor in the call to show the signature', async () => {
    const document = await openHog('let n := 1\nprint(length(1, 2))\n');
    const diagnostic = await diagnosticWithCode(document.uri, 'wrong-arity');
    const action = (await quickFixes(document, diagnostic)).find((a) => a.title.startsWith('Show the signature: length('));
    assert.ok(action?.command, 'the show-signature fix');
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document, document);
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [1, 'print(length('.length]);
  });
});
