import * as vscode from 'vscode';
import { completionProvider, signatureHelpProvider } from './completion';
import { HogDiagnostics } from './diagnostics';
import { HogDocuments, type FunctionInfoLookup } from './documents';
import { formattingProvider } from './formatting';
import { definitionProvider, documentSymbolProvider, hoverProvider } from './navigation';
import { ProjectTaxonomies } from './projectTaxonomy';
import { CODE_ACTION_METADATA, codeActionProvider, registerShowSignature } from './quickFixes';
import { documentHighlightProvider, referenceProvider, renameProvider } from './refactoring';
import { HOG_SEMANTIC_LEGEND, semanticTokensProvider } from './semanticTokens';
import { foldingRangeProvider, selectionRangeProvider } from './structure';

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
  const taxonomies = new ProjectTaxonomies();
  context.subscriptions.push(
    documents,
    diagnostics,
    vscode.languages.registerCompletionItemProvider(HOG, completionProvider(documents, taxonomies), '.', "'"),
    vscode.languages.registerSignatureHelpProvider(HOG, signatureHelpProvider(documents), '(', ','),
    vscode.languages.registerHoverProvider(HOG, hoverProvider(documents, taxonomies)),
    vscode.languages.registerDefinitionProvider(HOG, definitionProvider(documents)),
    vscode.languages.registerDocumentSymbolProvider(HOG, documentSymbolProvider(documents)),
    vscode.languages.registerDocumentFormattingEditProvider(HOG, formatter),
    vscode.languages.registerDocumentRangeFormattingEditProvider(HOG, formatter),
    vscode.languages.registerRenameProvider(HOG, renameProvider(documents)),
    vscode.languages.registerReferenceProvider(HOG, referenceProvider(documents)),
    vscode.languages.registerDocumentHighlightProvider(HOG, documentHighlightProvider(documents)),
    vscode.languages.registerFoldingRangeProvider(HOG, foldingRangeProvider(documents)),
    vscode.languages.registerSelectionRangeProvider(HOG, selectionRangeProvider(documents)),
    vscode.languages.registerDocumentSemanticTokensProvider(HOG, semanticTokensProvider(documents), HOG_SEMANTIC_LEGEND),
    vscode.languages.registerCodeActionsProvider(HOG, codeActionProvider(documents), CODE_ACTION_METADATA),
    registerShowSignature(),
  );
  return { recheck: (document) => diagnostics.update(document) };
}
