// Code actions for Hog diagnostics: the edits and commands the analysis proposes
// (src/hog/analysis/quickFixes.ts), and the configuration edit that adds a missing input.
import * as vscode from 'vscode';
import { addInputToConfig, quickFixesFor, type DiagnosticCode, type HogQuickFix } from '../hog/analysis';
import { addressOf, uriOf } from '../fileSystem/uris';
import { spanToRange, type HogDocuments } from './documents';

/** Internal command of the "show the signature" fix: cursor into the call, then parameter hints. */
export const SHOW_SIGNATURE_COMMAND = 'hog.showSignatureAt';

export function codeActionProvider(documents: HogDocuments): vscode.CodeActionProvider {
  return {
    async provideCodeActions(document, _range, context) {
      const { analysis } = documents.analysis(document);
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== 'hog' || typeof diagnostic.code !== 'string') continue;
        const at = { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) };
        for (const fix of quickFixesFor(analysis, diagnostic.code as DiagnosticCode, at)) {
          const action = await toAction(document, fix);
          if (!action) continue;
          action.diagnostics = [diagnostic];
          actions.push(action);
        }
      }
      return actions;
    },
  };
}

export const CODE_ACTION_METADATA: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

async function toAction(document: vscode.TextDocument, fix: HogQuickFix): Promise<vscode.CodeAction | undefined> {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  switch (fix.kind) {
    case 'edit':
      action.edit = new vscode.WorkspaceEdit();
      for (const e of fix.edits) action.edit.replace(document.uri, spanToRange(document, e), e.text);
      action.isPreferred = fix.preferred;
      return action;
    case 'showSignature':
      action.command = { title: fix.title, command: SHOW_SIGNATURE_COMMAND, arguments: [document.uri, fix.offset] };
      return action;
    case 'addInput': {
      const edit = await configEdit(document.uri, fix.key);
      if (!edit) return undefined;
      action.edit = edit;
      return action;
    }
  }
}

/** The edit adding `key` to the configuration document of the function a code buffer belongs to. */
async function configEdit(codeUri: vscode.Uri, key: string): Promise<vscode.WorkspaceEdit | undefined> {
  const address = addressOf(codeUri);
  if (!address || address.kind !== 'functionCode') return undefined;
  const configUri = uriOf({ ...address, kind: 'functionConfig' });
  const config = await vscode.workspace.openTextDocument(configUri);
  const found = addInputToConfig(config.getText(), key);
  if (!found) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(configUri, spanToRange(config, found), found.text);
  return edit;
}

export function registerShowSignature(): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_SIGNATURE_COMMAND, async (uri: vscode.Uri, offset: number) => {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const position = document.positionAt(offset);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.triggerParameterHints');
  });
}
