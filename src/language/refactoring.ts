// Rename, find all references and document highlights for Hog documents.
import * as vscode from 'vscode';
import { highlightsAt, prepareRenameAt, referencesAt, renameAt } from '../hog/analysis';
import { spanToRange, type HogDocuments } from './documents';

export function renameProvider(documents: HogDocuments): vscode.RenameProvider {
  return {
    prepareRename(document, position) {
      const found = prepareRenameAt(documents.analysis(document).analysis, document.offsetAt(position));
      if (!found.ok) throw new Error(found.reason);
      return { range: spanToRange(document, found.span), placeholder: found.name };
    },
    provideRenameEdits(document, position, newName) {
      const result = renameAt(documents.analysis(document).analysis, document.offsetAt(position), newName);
      if (!result.ok) throw new Error(result.reason);
      const edit = new vscode.WorkspaceEdit();
      for (const e of result.edits) edit.replace(document.uri, spanToRange(document, e), e.text);
      return edit;
    },
  };
}

export function referenceProvider(documents: HogDocuments): vscode.ReferenceProvider {
  return {
    provideReferences(document, position, context) {
      const spans = referencesAt(documents.analysis(document).analysis, document.offsetAt(position), context.includeDeclaration);
      return spans.map((s) => new vscode.Location(document.uri, spanToRange(document, s)));
    },
  };
}

export function documentHighlightProvider(documents: HogDocuments): vscode.DocumentHighlightProvider {
  return {
    provideDocumentHighlights(document, position) {
      return highlightsAt(documents.analysis(document).analysis, document.offsetAt(position)).map(
        (h) =>
          new vscode.DocumentHighlight(
            spanToRange(document, h.span),
            h.kind === 'write' ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read,
          ),
      );
    },
  };
}
