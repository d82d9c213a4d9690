// Hover, go to definition and the outline for Hog documents.
import * as vscode from 'vscode';
import { definitionAt, documentSymbols, hoverAt, propertiesKindAt, type HogDocumentSymbol } from '../hog/analysis';
import { withTaxonomy } from './completion';
import { spanToRange, type HogDocuments } from './documents';
import type { ProjectTaxonomies } from './projectTaxonomy';

export function hoverProvider(documents: HogDocuments, taxonomies: ProjectTaxonomies): vscode.HoverProvider {
  return {
    async provideHover(document, position) {
      const { analysis } = documents.analysis(document);
      const offset = document.offsetAt(position);
      const info = await withTaxonomy(documents, taxonomies, document, propertiesKindAt(analysis, offset));
      const found = hoverAt(analysis, offset, info);
      if (!found) return undefined;
      return new vscode.Hover(new vscode.MarkdownString(found.contents), spanToRange(document, found.span));
    },
  };
}

export function definitionProvider(documents: HogDocuments): vscode.DefinitionProvider {
  return {
    provideDefinition(document, position) {
      const { analysis } = documents.analysis(document);
      const target = definitionAt(analysis, document.offsetAt(position));
      return target ? new vscode.Location(document.uri, spanToRange(document, target)) : undefined;
    },
  };
}

export function documentSymbolProvider(documents: HogDocuments): vscode.DocumentSymbolProvider {
  return {
    provideDocumentSymbols(document) {
      const { program } = documents.analysis(document);
      if (!program) return [];
      const toSymbol = (s: HogDocumentSymbol): vscode.DocumentSymbol => {
        const kind = s.kind === 'function' ? vscode.SymbolKind.Function : vscode.SymbolKind.Variable;
        const symbol = new vscode.DocumentSymbol(s.name, s.detail, kind, spanToRange(document, s.span), spanToRange(document, s.nameSpan));
        symbol.children = s.children.map(toSymbol);
        return symbol;
      };
      return documentSymbols(document.getText(), program).map(toSymbol);
    },
  };
}
