// Replacing a buffer's text as one undoable edit (Overwrite, Merge): nothing is saved.
import * as vscode from 'vscode';

export async function replaceBuffer(document: vscode.TextDocument, text: string): Promise<void> {
  if (document.getText() === text) return;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('The editor refused the change; nothing was sent.');
}
