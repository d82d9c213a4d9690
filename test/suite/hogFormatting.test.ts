// Hog formatting inside a real VS Code: Format Document, Format Selection, the editor's
// indentation options, a document with syntax errors, and format on save.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'hogdev.posthog-hog';
const MESSY = "let a:=1\nfun f(x){\n  if(x>a){print( x )}\n}\nlet b:=[1,2,]\n";

/** A new untitled hog document in the active editor (each test its own, left open). */
async function openHog(content: string): Promise<vscode.TextEditor> {
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  const document = await vscode.workspace.openTextDocument({ language: 'hog', content });
  const editor = await vscode.window.showTextDocument(document);
  assert.equal(vscode.window.activeTextEditor?.document, document, 'the new document is the active one');
  return editor;
}

function apply(editor: vscode.TextEditor, edits: vscode.TextEdit[]): Thenable<boolean> {
  return editor.edit((builder) => edits.forEach((edit) => builder.replace(edit.range, edit.newText)));
}

describe('Hog formatting', () => {
  it('Format Document formats the whole document in the house style', async () => {
    const editor = await openHog(MESSY);
    editor.options = { tabSize: 4, insertSpaces: true };
    await vscode.commands.executeCommand('editor.action.formatDocument');
    assert.equal(editor.document.getText(), 'let a := 1\nfun f(x) {\n    if (x > a) {\n        print(x)\n    }\n}\nlet b := [1, 2]\n');
  });

  it('Format Selection formats only the statements the selection touches', async () => {
    const source = MESSY.replaceAll('a', 'limit');
    const expected = source.replace('if(x>limit){print( x )}', 'if (x > limit) {\n      print(x)\n  }');
    const options = { tabSize: 4, insertSpaces: true };
    const editor = await openHog(source);
    const line = editor.document.lineAt(2).range;
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatRangeProvider', editor.document.uri, line, options);
    assert.ok(edits.length > 0 && edits.every((edit) => edit.range.start.line === 2 && edit.range.end.line === 2), 'edits on the selected statement only');
    editor.options = options;
    editor.selection = new vscode.Selection(line.start, line.end);
    await vscode.commands.executeCommand('editor.action.formatSelection');
    assert.equal(editor.document.getText(), expected);
  });

  it("follows the editor's tabSize and insertSpaces", async () => {
    const editor = await openHog(MESSY);
    const twoSpaces = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, { tabSize: 2, insertSpaces: true });
    assert.ok(twoSpaces.length > 0);
    assert.ok(await apply(editor, twoSpaces));
    assert.equal(editor.document.getText(), 'let a := 1\nfun f(x) {\n  if (x > a) {\n    print(x)\n  }\n}\nlet b := [1, 2]\n');
    const tabs = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, { tabSize: 4, insertSpaces: false });
    assert.ok(await apply(editor, tabs));
    assert.match(editor.document.getText(), /\n\tif \(x > a\) \{\n\t\tprint\(x\)\n/);
  });

  it('leaves a document with syntax errors unchanged', async () => {
    const editor = await openHog('let a = 1\nprint( a )\n');
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, { tabSize: 4, insertSpaces: true });
    assert.deepEqual(edits ?? [], []);
    await vscode.commands.executeCommand('editor.action.formatDocument');
    assert.equal(editor.document.getText(), 'let a = 1\nprint( a )\n');
  });

  it('formats on save when editor.formatOnSave is on for hog', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test run opens a workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, 'format-on-save.hog');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('print( 1 )\n'));
    const settings = vscode.workspace.getConfiguration('editor', { languageId: 'hog' });
    await settings.update('formatOnSave', true, vscode.ConfigurationTarget.Global, true);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(1, 0), 'let x:=1\n')));
      await vscode.commands.executeCommand('workbench.action.files.save');
      assert.equal(editor.document.isDirty, false);
      assert.equal(editor.document.getText(), 'print(1)\nlet x := 1\n');
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), 'print(1)\nlet x := 1\n');
    } finally {
      await settings.update('formatOnSave', undefined, vscode.ConfigurationTarget.Global, true);
      await vscode.workspace.fs.delete(uri);
    }
  });
});
