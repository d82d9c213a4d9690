// Semantic highlighting: names the analysis can place (globals, inputs, standard library, user
// functions, parameters); the TextMate grammar colours everything else, and everything while the
// text does not parse.
import * as vscode from 'vscode';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, semanticTokens } from '../hog/analysis';
import type { HogDocuments } from './documents';

export const HOG_SEMANTIC_LEGEND = new vscode.SemanticTokensLegend([...SEMANTIC_TOKEN_TYPES], [...SEMANTIC_TOKEN_MODIFIERS]);

export function semanticTokensProvider(documents: HogDocuments): vscode.DocumentSemanticTokensProvider {
  return {
    provideDocumentSemanticTokens(document) {
      const builder = new vscode.SemanticTokensBuilder(HOG_SEMANTIC_LEGEND);
      const { syntaxErrors, analysis } = documents.analysis(document);
      if (syntaxErrors.length > 0) return builder.build();
      for (const token of semanticTokens(analysis)) {
        const start = document.positionAt(token.start);
        const end = document.positionAt(token.end);
        if (start.line !== end.line) continue;
        builder.push(new vscode.Range(start, end), token.type, [...token.modifiers]);
      }
      return builder.build();
    },
  };
}
