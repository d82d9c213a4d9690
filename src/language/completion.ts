// Completion and signature help for Hog documents.
import * as vscode from 'vscode';
import { completionsAt, signatureAt, type CompletionKind, type HogCompletion } from '../hog/analysis';
import type { HogDocuments } from './documents';

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  function: vscode.CompletionItemKind.Function,
  variable: vscode.CompletionItemKind.Variable,
  parameter: vscode.CompletionItemKind.Variable,
  global: vscode.CompletionItemKind.Module,
  field: vscode.CompletionItemKind.Field,
  input: vscode.CompletionItemKind.Property,
  keyword: vscode.CompletionItemKind.Keyword,
  value: vscode.CompletionItemKind.Value,
};

export function completionProvider(documents: HogDocuments): vscode.CompletionItemProvider {
  return {
    provideCompletionItems(document, position) {
      const result = documents.analysis(document);
      // A tree with errors can miss declarations; then locals come from the text.
      const analysis = result.syntaxErrors.length === 0 ? result.analysis : null;
      const offset = document.offsetAt(position);
      return completionsAt(document.getText(), offset, analysis, documents.functionInfo(document)).map(toItem);
    },
  };
}

function toItem(c: HogCompletion): vscode.CompletionItem {
  const item = new vscode.CompletionItem(c.label, KINDS[c.kind]);
  item.detail = c.detail;
  if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
  if (c.insertText) item.insertText = c.insertText;
  item.sortText = c.sortText;
  return item;
}

export function signatureHelpProvider(documents: HogDocuments): vscode.SignatureHelpProvider {
  return {
    provideSignatureHelp(document, position) {
      const result = documents.analysis(document);
      const analysis = result.syntaxErrors.length === 0 ? result.analysis : null;
      const found = signatureAt(document.getText(), document.offsetAt(position), analysis, documents.functionInfo(document));
      if (!found) return undefined;
      const signature = new vscode.SignatureInformation(found.label, found.documentation);
      signature.parameters = found.parameters.map((p) => new vscode.ParameterInformation(p));
      const help = new vscode.SignatureHelp();
      help.signatures = [signature];
      help.activeSignature = 0;
      help.activeParameter = found.activeParameter;
      return help;
    },
  };
}
