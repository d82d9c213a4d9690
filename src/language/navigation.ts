// Hover, go to definition and the outline for Hog documents.
import * as vscode from 'vscode';
import { definitionAt, documentSymbols, hoverAt, type HogDocumentSymbol } from '../hog/analysis';
import { spanToRange, type HogDocuments } from './documents';

export function hoverProvider(documents: HogDocuments): vscode.HoverProvider {
  return {
    provideHover(document, position) {
      const { analysis } = documents.analysis(document);
      const found = hoverAt(analysis, document.offsetAt(position), documents.functionInfo(document));
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
