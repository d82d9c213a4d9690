// Completion and signature help for Hog documents.
import * as vscode from 'vscode';
import { completionsAt, signatureAt, taxonomyNeedAt, type CompletionKind, type FunctionInfo, type HogCompletion } from '../hog/analysis';
import type { HogDocuments } from './documents';
import type { ProjectTaxonomies } from './projectTaxonomy';

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

export function completionProvider(documents: HogDocuments, taxonomies: ProjectTaxonomies): vscode.CompletionItemProvider {
  return {
    async provideCompletionItems(document, position) {
      const result = documents.analysis(document);
      // A tree with errors can miss declarations; then locals come from the text.
      const analysis = result.syntaxErrors.length === 0 ? result.analysis : null;
      const offset = document.offsetAt(position);
      const text = document.getText();
      const info = await withTaxonomy(documents, taxonomies, document, taxonomyNeedAt(text, offset));
      return completionsAt(text, offset, analysis, info).map(toItem);
    },
  };
}

/** The buffer's function info, with the project's list `kind` when one is needed and available. */
export async function withTaxonomy(
  documents: HogDocuments,
  taxonomies: ProjectTaxonomies,
  document: vscode.TextDocument,
  kind: Parameters<ProjectTaxonomies['load']>[1] | undefined,
): Promise<FunctionInfo | undefined> {
  const context = documents.functionContext(document);
  const taxonomy = kind ? await taxonomies.load(context, kind) : undefined;
  return context && taxonomy ? { ...context, taxonomy } : context;
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
