import * as vscode from 'vscode';
import { completionProvider, signatureHelpProvider } from './completion';
import { HogDiagnostics } from './diagnostics';
import { HogDocuments, type FunctionInfoLookup } from './documents';
import { formattingProvider } from './formatting';
import { definitionProvider, documentSymbolProvider, hoverProvider } from './navigation';

const HOG: vscode.DocumentSelector = { language: 'hog' };

/** What the language features expose to the rest of the extension. */
export interface HogLanguage {
  /** Re-checks a document now, e.g. after its PostHog function (type, inputs_schema) changed. */
  recheck(document: vscode.TextDocument): void;
}

/** Registers the Hog language features (diagnostics, completion, hover, formatting, ...). */
export function activateHogLanguage(context: vscode.ExtensionContext, lookup: FunctionInfoLookup): HogLanguage {
  const documents = new HogDocuments(lookup);
  const diagnostics = new HogDiagnostics(documents);
  const formatter = formattingProvider();
  context.subscriptions.push(
    documents,
    diagnostics,
    vscode.languages.registerCompletionItemProvider(HOG, completionProvider(documents), '.'),
    vscode.languages.registerSignatureHelpProvider(HOG, signatureHelpProvider(documents), '(', ','),
    vscode.languages.registerHoverProvider(HOG, hoverProvider(documents)),
    vscode.languages.registerDefinitionProvider(HOG, definitionProvider(documents)),
    vscode.languages.registerDocumentSymbolProvider(HOG, documentSymbolProvider(documents)),
    vscode.languages.registerDocumentFormattingEditProvider(HOG, formatter),
    vscode.languages.registerDocumentRangeFormattingEditProvider(HOG, formatter),
  );
  return { recheck: (document) => diagnostics.update(document) };
}
